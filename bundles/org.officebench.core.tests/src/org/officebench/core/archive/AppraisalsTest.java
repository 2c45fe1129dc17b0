package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.officebench.core.archive.ArchiveFixture.day;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.model.Appraisal;
import org.officebench.model.AppraisalDecision;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;

/** 鉴定: when items fall due, 续存 taking them off the list, 销毁 marking them, all undoable. */
class AppraisalsTest {

	@TempDir
	Path temp;
	private ArchiveFixture archive;

	@BeforeEach
	void open() throws Exception {
		archive = new ArchiveFixture(temp.resolve("repo"));
	}

	@AfterEach
	void close() {
		archive.close();
	}

	private List<ArchiveItem> dueItems(String day) {
		return Appraisals.due(archive.catalogue, day(day)).stream().map(Appraisals.DueItem::item).toList();
	}

	@Test
	void tenAndThirtyYearItemsFallDueOnTheFirstDayAfterTheirLastYear() {
		ArchiveItem d10 = archive.item("2014年营运部工作总结", 2014, RetentionPeriod.YEARS_10, "YYB", 1);
		ArchiveItem d30 = archive.item("1994年房屋租赁合同", 1994, RetentionPeriod.YEARS_30, "BGS", 1);
		archive.item("公司章程", 1994, RetentionPeriod.PERMANENT, "BGS", 1);

		assertEquals(day("2025-01-01"), Appraisals.dueFrom(d10));
		assertEquals(day("2025-01-01"), Appraisals.dueFrom(d30));
		assertNull(Appraisals.dueFrom(2014, RetentionPeriod.PERMANENT), "永久 never expires");

		assertEquals(List.of(), dueItems("2024-12-31"), "kept through the whole of 2024");
		assertEquals(List.of(d30, d10), dueItems("2025-01-01"), "both due on the first day, by 档号; the permanent one never");
		assertEquals(2, dueItems("2099-12-31").size(), "永久 is still not listed a century later");
	}

	@Test
	void retainingTakesTheItemOffTheListUntilTheNewPeriodEndsAndIsUndoable() throws Exception {
		ArchiveItem item = archive.item("2014年营运部工作总结", 2014, RetentionPeriod.YEARS_10, "YYB", 3);
		String code = item.getArchivalCode();
		assertEquals(List.of(item), dueItems("2026-03-01"));

		archive.execute(Appraisals.retainCommand(archive.document.editingDomain(), List.of(item), RetentionPeriod.YEARS_30,
				List.of("张三", " 李四 ", "张三"), "仍有查考价值", day("2026-03-01")));

		assertEquals(List.of(), dueItems("2026-03-01"), "retained: off the list");
		assertEquals(RetentionPeriod.YEARS_30, Appraisals.effectiveRetention(item));
		assertEquals(day("2045-01-01"), Appraisals.dueFrom(item), "30 years from the end of 2014");
		assertEquals(List.of(item), dueItems("2045-01-01"), "due again when the new period is over");
		Appraisal appraisal = item.getAppraisals().get(0);
		assertEquals(AppraisalDecision.RETAIN, appraisal.getDecision());
		assertEquals(List.of("张三", "李四"), appraisal.getAppraisers(), "names trimmed, each once");
		assertEquals("仍有查考价值", appraisal.getReason());
		assertEquals(day("2026-03-01"), Lending.day(appraisal.getDate()));
		// Its class and 档号 stay: the 档号 is printed on the 归档章 and never changes.
		assertEquals(RetentionPeriod.YEARS_10, item.getRetention());
		assertEquals(code, item.getArchivalCode());
		assertTrue(archive.document.isDirty());

		archive.undo();
		assertTrue(item.getAppraisals().isEmpty());
		assertEquals(List.of(item), dueItems("2026-03-01"), "undo puts it back on the list");
		archive.redo();
		assertEquals(List.of(), dueItems("2026-03-01"));
	}

	@Test
	void retainingRefusesAPeriodAlreadyOverAndMissingAppraisersOrReason() {
		ArchiveItem item = archive.item("2014年营运部工作总结", 2014, RetentionPeriod.YEARS_10, "YYB", 1);
		ArchiveItem notDue = archive.item("2024年营运部工作总结", 2024, RetentionPeriod.YEARS_10, "YYB", 1);
		var domain = archive.document.editingDomain();
		ArchiveRuleException tooShort = assertThrows(ArchiveRuleException.class, () -> Appraisals.retainCommand(domain,
				List.of(item), RetentionPeriod.YEARS_10, List.of("张三"), "再保存", day("2026-03-01")));
		assertTrue(tooShort.getMessage().contains("更长的保管期限"), tooShort.getMessage());
		assertThrows(ArchiveRuleException.class, () -> Appraisals.retainCommand(domain, List.of(item), RetentionPeriod.YEARS_30,
				List.of(" "), "再保存", day("2026-03-01")));
		assertThrows(ArchiveRuleException.class, () -> Appraisals.retainCommand(domain, List.of(item), RetentionPeriod.YEARS_30,
				List.of("张三"), "", day("2026-03-01")));
		ArchiveRuleException early = assertThrows(ArchiveRuleException.class, () -> Appraisals.retainCommand(domain,
				List.of(notDue), RetentionPeriod.PERMANENT, List.of("张三"), "重要", day("2026-03-01")));
		assertTrue(early.getMessage().contains("2035-01-01"), early.getMessage());
		assertFalse(archive.document.commandStack().canUndo(), "nothing was changed");
	}

	@Test
	void aDestroyDecisionMarksTheItemButLeavesItOnTheListUntilARegisterDestroysIt() throws Exception {
		ArchiveItem item = archive.item("2014年营运部工作总结", 2014, RetentionPeriod.YEARS_10, "YYB", 1);
		archive.execute(Appraisals.destroyCommand(archive.document.editingDomain(), List.of(item), List.of("张三", "李四"),
				"已无保存价值", day("2026-03-01")));
		List<Appraisals.DueItem> due = Appraisals.due(archive.catalogue, day("2026-03-01"));
		assertEquals(1, due.size());
		assertTrue(due.get(0).markedForDestruction());
		assertEquals(List.of(item), Destruction.candidates(archive.catalogue));
		assertFalse(item.isDestroyed(), "a decision alone destroys nothing");
		archive.undo();
		assertEquals(List.of(), Destruction.candidates(archive.catalogue));
	}
}
