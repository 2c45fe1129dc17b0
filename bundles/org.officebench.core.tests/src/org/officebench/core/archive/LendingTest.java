package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.officebench.core.archive.ArchiveFixture.day;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Loan;
import org.officebench.model.RetentionPeriod;

/** 借阅: lend, refuse a second loan or a destroyed item, return, and 催还 longest overdue first. */
class LendingTest {

	@TempDir
	Path temp;
	private ArchiveFixture archive;
	private EditingDomain domain;
	private ArchiveItem summary;
	private ArchiveItem contract;
	private ArchiveItem minutes;

	@BeforeEach
	void open() throws Exception {
		archive = new ArchiveFixture(temp.resolve("repo"));
		domain = archive.document.editingDomain();
		summary = archive.item("营运部上半年工作总结", 2025, RetentionPeriod.YEARS_10, "YYB", 1);
		contract = archive.item("门店租赁合同", 2025, RetentionPeriod.YEARS_30, "BGS", 1);
		minutes = archive.item("高管例会纪要", 2025, RetentionPeriod.PERMANENT, "BGS", 1);
	}

	@AfterEach
	void close() {
		archive.close();
	}

	@Test
	void lendThenReturnAndUndo() throws Exception {
		archive.execute(Lending.lendCommand(domain, summary, " 财务部 王芳 ", "年度审计", day("2026-03-01"), day("2026-03-15")));
		Loan loan = Lending.openLoan(summary);
		assertEquals("财务部 王芳", loan.getBorrower());
		assertEquals("年度审计", loan.getPurpose());
		assertEquals(day("2026-03-01"), Lending.day(loan.getLentOn()));
		assertEquals(day("2026-03-15"), Lending.day(loan.getDueOn()));

		ArchiveRuleException again = assertThrows(ArchiveRuleException.class,
				() -> Lending.lendCommand(domain, summary, "李四", "查阅", day("2026-03-02"), day("2026-03-05")));
		assertTrue(again.getMessage().contains("财务部 王芳") && again.getMessage().contains("2026-03-15"), again.getMessage());

		archive.execute(Lending.returnCommand(domain, summary, day("2026-03-12")));
		assertNull(Lending.openLoan(summary));
		assertEquals(day("2026-03-12"), Lending.day(loan.getReturnedOn()));
		assertThrows(ArchiveRuleException.class, () -> Lending.returnCommand(domain, summary, day("2026-03-13")), "not out");
		archive.undo();
		assertEquals(loan, Lending.openLoan(summary), "undo of the return: out again");
		archive.undo();
		assertTrue(summary.getLoans().isEmpty(), "undo of the loan");

		// After the return it can be lent again; the history of loans stays.
		archive.redo();
		archive.redo();
		archive.execute(Lending.lendCommand(domain, summary, "李四", "查阅", day("2026-04-01"), day("2026-04-10")));
		assertEquals(2, summary.getLoans().size());
	}

	@Test
	void refusesDestroyedItemsMissingFieldsAndDueDaysBeforeTheLoan() {
		contract.setDestroyed(true);
		ArchiveRuleException destroyed = assertThrows(ArchiveRuleException.class,
				() -> Lending.lendCommand(domain, contract, "李四", "查阅", day("2026-03-01"), day("2026-03-15")));
		assertTrue(destroyed.getMessage().contains("已经销毁"), destroyed.getMessage());
		assertThrows(ArchiveRuleException.class,
				() -> Lending.lendCommand(domain, summary, " ", "查阅", day("2026-03-01"), day("2026-03-15")));
		assertThrows(ArchiveRuleException.class,
				() -> Lending.lendCommand(domain, summary, "李四", null, day("2026-03-01"), day("2026-03-15")));
		assertThrows(ArchiveRuleException.class,
				() -> Lending.lendCommand(domain, summary, "李四", "查阅", day("2026-03-01"), day("2026-02-28")));
		assertTrue(summary.getLoans().isEmpty());
	}

	@Test
	void overdueListsLoansPastTheirDueDayLongestFirst() throws Exception {
		archive.execute(Lending.lendCommand(domain, summary, "王芳", "审计", day("2026-03-01"), day("2026-03-20")));
		archive.execute(Lending.lendCommand(domain, contract, "李四", "续租谈判", day("2026-03-01"), day("2026-03-10")));
		archive.execute(Lending.lendCommand(domain, minutes, "赵六", "查阅", day("2026-03-01"), day("2026-03-31")));

		assertEquals(List.of(), Lending.overdue(archive.catalogue, day("2026-03-10")), "due today is not overdue");
		List<Lending.Overdue> overdue = Lending.overdue(archive.catalogue, day("2026-03-25"));
		assertEquals(List.of(contract, summary), overdue.stream().map(Lending.Overdue::item).toList());
		assertEquals(15, overdue.get(0).daysOverdue());
		assertEquals("李四", overdue.get(0).loan().getBorrower());
		assertEquals(5, overdue.get(1).daysOverdue());

		archive.execute(Lending.returnCommand(domain, contract, day("2026-03-25")));
		assertEquals(List.of(summary), Lending.overdue(archive.catalogue, day("2026-03-25")).stream().map(Lending.Overdue::item).toList());
		assertEquals(List.of(summary, minutes), Lending.outstanding(archive.catalogue).stream().map(Lending.Outstanding::item).toList(),
				"items out, soonest due first");
	}
}
