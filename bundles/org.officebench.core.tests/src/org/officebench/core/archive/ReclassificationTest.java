package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.officebench.core.archive.ArchiveFixture.day;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;
import org.officebench.tests.support.TestRepositories;

/**
 * 调整分类: a 件 whose 年度, 保管期限 or 机构 changes takes the next 件号 of its new class and a new 档号, in one command
 * that undo takes back exactly; the old 档号 is never issued again and its vacancy is not a 漏号.
 */
class ReclassificationTest {

	private static final ArchiveClass YYB_2025 = new ArchiveClass("Z109", 2025, RetentionPeriod.YEARS_10, "YYB");
	private static final ArchiveClass BGS_2025 = new ArchiveClass("Z109", 2025, RetentionPeriod.YEARS_10, "BGS");

	@TempDir
	Path temp;
	private ArchiveFixture archive;
	private EditingDomain domain;
	private ArchiveCatalogue catalogue;
	private ArchiveItem summary;
	private ArchiveItem report;
	private ArchiveItem plan;

	@BeforeEach
	void open() throws Exception {
		archive = new ArchiveFixture(temp.resolve("repo"));
		domain = archive.document.editingDomain();
		catalogue = archive.catalogue;
		organization("YYB", "营运部");
		organization("BGS", "办公室");
		summary = archive.item("营运部上半年工作总结", 2025, RetentionPeriod.YEARS_10, "YYB", 1);
		report = archive.item("门店巡检情况报告", 2025, RetentionPeriod.YEARS_10, "YYB", 2);
		plan = archive.item("下半年工作计划", 2025, RetentionPeriod.YEARS_10, "YYB", 3);
		archive.item("办公用品采购通知", 2025, RetentionPeriod.YEARS_10, "BGS", 1);
		archive.item("会议室使用规定", 2025, RetentionPeriod.YEARS_10, "BGS", 2);
		counter(YYB_2025.key(), 3);
		counter(BGS_2025.key(), 2);
	}

	@AfterEach
	void close() {
		archive.close();
	}

	private void organization(String code, String name) {
		Organization org = OfficeBenchFactory.eINSTANCE.createOrganization();
		org.setCode(code);
		org.setName(name);
		catalogue.getOrganizations().add(org);
	}

	private void counter(String key, int highest) {
		NumberCounter counter = OfficeBenchFactory.eINSTANCE.createNumberCounter();
		counter.setClassKey(key);
		counter.setHighest(highest);
		catalogue.getNumberCounters().add(counter);
	}

	private int mark(ArchiveClass archiveClass) {
		return ItemNumbering.of(catalogue).storedMark(archiveClass);
	}

	@Test
	void aMovedItemTakesTheNextNumberOfItsNewClassAndUndoRestoresEverythingExactly() throws Exception {
		report.setBoxNumber(1);
		report.setRemarks("附件两份");
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);

		Reclassification.Move move = Reclassification.plan(domain, catalogue, report, Literals.ARCHIVE_ITEM__ORGANIZATION_CODE, "BGS");
		assertEquals(YYB_2025, move.from());
		assertEquals(BGS_2025, move.to());
		assertEquals("Z109-WS·2025-D10-YYB-0002", move.oldCode());
		assertEquals("Z109-WS·2025-D10-BGS-0003", move.newCode());
		assertTrue(move.renumbers());
		assertTrue(EcoreUtil.equals(before, catalogue), "planning changes nothing");

		archive.execute(move.command());
		assertEquals("BGS", report.getOrganizationCode());
		assertEquals(3, report.getItemNumber());
		assertEquals("Z109-WS·2025-D10-BGS-0003", report.getArchivalCode());
		assertEquals(0, report.getBoxNumber(), "a box holds one class");
		assertTrue(report.getRemarks().startsWith("附件两份\n"), report.getRemarks());
		assertTrue(report.getRemarks().contains("Z109-WS·2025-D10-YYB-0002"), "备注 keeps the old 档号: " + report.getRemarks());
		assertEquals(3, mark(BGS_2025), "the new class's counter rose");
		assertEquals(3, mark(YYB_2025), "the old class's counter stays");
		assertEquals(Map.of(YYB_2025, Set.of(2)), ItemNumbering.vacatedNumbers(catalogue));
		org.officebench.model.VacatedNumber record = catalogue.getVacatedNumbers().get(0);
		assertEquals("Z109-WS·2025-D10-YYB-0002", record.getArchivalCode(), "the record names the 档号 given up");
		assertEquals("Z109-WS·2025-D10-BGS-0003", record.getMovedTo(), "and the one the 件 has now");
		assertNotNull(record.getDate());
		assertEquals(List.of(), ItemNumbering.of(catalogue).check(catalogue), "YYB 0002 is vacated, not a 漏号");
		List<NumberingProblem> unrecorded = ItemNumbering.of(catalogue).check(catalogue, (c, n) -> false);
		assertEquals(1, unrecorded.size(), "without the record it would be one: " + unrecorded);
		assertEquals(NumberingProblem.Kind.GAP, unrecorded.get(0).kind());
		assertEquals(4, ItemNumbering.of(catalogue).nextNumber(catalogue, YYB_2025), "the old number is not given again");
		assertEquals(List.of(report), List.copyOf(archive.document.commandStack().getMostRecentCommand().getAffectedObjects()));

		archive.undo();
		assertTrue(EcoreUtil.equals(before, catalogue), "undo restores class, 件号, 档号, 备注, 盒号 and counters exactly");
		assertEquals("Z109-WS·2025-D10-YYB-0002", report.getArchivalCode());
		archive.redo();
		assertEquals("Z109-WS·2025-D10-BGS-0003", report.getArchivalCode());
		assertEquals(Map.of(YYB_2025, Set.of(2)), ItemNumbering.vacatedNumbers(catalogue));
	}

	@Test
	void theVacancyIsKeptOnDiskAndAnOldCodeIsNeverIssuedAgain() throws Exception {
		// Year and retention move the 件 as the organization does; moving it back gives a third 档号, not the first.
		archive.execute(Reclassification.plan(domain, catalogue, plan, Literals.ARCHIVE_ITEM__YEAR, 2024).command());
		assertEquals("Z109-WS·2024-D10-YYB-0001", plan.getArchivalCode());
		archive.execute(Reclassification.plan(domain, catalogue, plan, Literals.ARCHIVE_ITEM__RETENTION, RetentionPeriod.PERMANENT).command());
		assertEquals("Z109-WS·2024-Y-YYB-0001", plan.getArchivalCode());
		archive.execute(Reclassification.plan(domain, catalogue, plan, 2025, RetentionPeriod.YEARS_10, "YYB").command());
		assertEquals("Z109-WS·2025-D10-YYB-0004", plan.getArchivalCode(), "back in its first class with a new number");
		assertTrue(plan.getRemarks().contains("Z109-WS·2025-D10-YYB-0003") && plan.getRemarks().contains("Z109-WS·2024-D10-YYB-0001")
				&& plan.getRemarks().contains("Z109-WS·2024-Y-YYB-0001"), plan.getRemarks());
		assertEquals(List.of(), ItemNumbering.of(catalogue).check(catalogue), "every vacated number is accounted for");

		archive.document.save();
		String id = archive.document.id();
		archive.repository.close();
		try (Repository reopened = TestRepositories.open(temp.resolve("repo"), false)) {
			OfficeDocument document = reopened.open(id);
			ArchiveCatalogue saved = (ArchiveCatalogue) document.root();
			assertEquals(List.of(), ItemNumbering.of(saved).check(saved), "the vacancies were saved with the catalogue");
			assertEquals(2, ItemNumbering.of(saved).nextNumber(saved, new ArchiveClass("Z109", 2024, RetentionPeriod.YEARS_10, "YYB")));
			assertEquals(Set.of(3), ItemNumbering.vacatedNumbers(saved).get(YYB_2025));
		}
	}

	@Test
	void aClassWithoutACounterGetsOneSoThatTheMovedNumberStaysIssued() throws Exception {
		catalogue.getNumberCounters().clear();
		archive.execute(Reclassification.plan(domain, catalogue, plan, Literals.ARCHIVE_ITEM__ORGANIZATION_CODE, "BGS").command());
		assertEquals(3, mark(YYB_2025), "the counter records 0003, though no 件 holds it now");
		assertEquals(3, mark(BGS_2025));
		assertEquals(4, ItemNumbering.of(catalogue).nextNumber(catalogue, YYB_2025));
		assertEquals(List.of(), ItemNumbering.of(catalogue).check(catalogue));
	}

	@Test
	void refusesWhatCannotMoveAndChangesNothing() throws Exception {
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);
		ArchiveRuleException unknown = assertThrows(ArchiveRuleException.class,
				() -> Reclassification.plan(domain, catalogue, report, Literals.ARCHIVE_ITEM__ORGANIZATION_CODE, "CWB"));
		assertTrue(unknown.getMessage().contains("CWB") && unknown.getMessage().contains("YYB、BGS"), unknown.getMessage());
		ArchiveRuleException badYear = assertThrows(ArchiveRuleException.class,
				() -> Reclassification.plan(domain, catalogue, report, Literals.ARCHIVE_ITEM__YEAR, 25));
		assertTrue(badYear.getMessage().contains("25"), badYear.getMessage());
		ArchiveRuleException same = assertThrows(ArchiveRuleException.class,
				() -> Reclassification.plan(domain, catalogue, report, 2025, RetentionPeriod.YEARS_10, "YYB"));
		assertTrue(same.getMessage().contains("Z109-WS·2025-D10-YYB-0002"), same.getMessage());
		assertTrue(EcoreUtil.equals(before, catalogue));

		archive.execute(Lending.lendCommand(domain, summary, "财务部 王芳", "年度审计", day("2026-03-01"), day("2026-03-15")));
		ArchiveRuleException lent = assertThrows(ArchiveRuleException.class,
				() -> Reclassification.plan(domain, catalogue, summary, Literals.ARCHIVE_ITEM__YEAR, 2024));
		assertTrue(lent.getMessage().contains("财务部 王芳") && lent.getMessage().contains("2026-03-15"), lent.getMessage());
		archive.execute(Lending.returnCommand(domain, summary, day("2026-03-10")));
		Reclassification.plan(domain, catalogue, summary, Literals.ARCHIVE_ITEM__YEAR, 2024); // back in: allowed

		plan.setDestroyed(true);
		ArchiveRuleException destroyed = assertThrows(ArchiveRuleException.class,
				() -> Reclassification.plan(domain, catalogue, plan, Literals.ARCHIVE_ITEM__RETENTION, RetentionPeriod.PERMANENT));
		assertTrue(destroyed.getMessage().contains("Z109-WS·2025-D10-YYB-0003"), destroyed.getMessage());
		assertEquals("Z109-WS·2025-D10-YYB-0003", plan.getArchivalCode());
	}

	@Test
	void aPendingItemTakesTheClassWithoutANumber() throws Exception {
		ArchiveItem pending = OfficeBenchFactory.eINSTANCE.createArchiveItem();
		pending.setId("pending");
		pending.setTitle("待编号的通知");
		pending.setYear(2025);
		pending.setItemNumber(7); // provisional, of the class it leaves
		catalogue.getItems().add(pending);
		int counters = catalogue.getNumberCounters().size();

		Reclassification.Move move = Reclassification.plan(domain, catalogue, pending, Literals.ARCHIVE_ITEM__YEAR, 2024);
		assertFalse(move.renumbers());
		archive.execute(move.command());
		assertEquals(2024, pending.getYear());
		assertEquals(0, pending.getItemNumber());
		assertNull(pending.getArchivalCode());
		assertEquals(counters, catalogue.getNumberCounters().size(), "no number issued");
		assertTrue(catalogue.getVacatedNumbers().isEmpty(), "none vacated");
		archive.undo();
		assertEquals(2025, pending.getYear());
		assertEquals(7, pending.getItemNumber());
	}

	@Test
	void theCodeFollowsTheCataloguesTemplate() throws Exception {
		catalogue.setArchivalCodePattern(ArchivalCodeTemplate.DA_T_13_2022);
		catalogue.setCategoryCode("WS");
		Reclassification.Move move = Reclassification.plan(domain, catalogue, summary, Literals.ARCHIVE_ITEM__RETENTION,
				RetentionPeriod.YEARS_30);
		assertEquals("Z109-WS·2025·D30·YYB-0001", move.newCode());
		assertNotEquals(move.oldCode(), move.newCode());
	}
}
