package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.officebench.core.archive.ArchiveFixture.day;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.AuditLog;
import org.officebench.core.ContentStore;
import org.officebench.core.OfficeDocument;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.DestructionRegister;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.StoredFile;

/** 销毁清册: two signatures or no destruction; destroyed items keep their rows, 档号 and files; undo restores them. */
class DestructionTest {

	private static final ArchiveClass YYB_2014_D10 = new ArchiveClass("Z109", 2014, RetentionPeriod.YEARS_10, "YYB");

	@TempDir
	Path temp;
	private ArchiveFixture archive;
	private EditingDomain domain;
	private ArchiveItem first;
	private ArchiveItem second;
	private ArchiveItem kept;

	@BeforeEach
	void open() throws Exception {
		archive = new ArchiveFixture(temp.resolve("repo"));
		domain = archive.document.editingDomain();
		first = archive.item("2014年一季度营运报表", 2014, RetentionPeriod.YEARS_10, "YYB", 1);
		second = archive.item("2014年二季度营运报表", 2014, RetentionPeriod.YEARS_10, "YYB", 2);
		kept = archive.item("2014年营运部工作总结", 2014, RetentionPeriod.YEARS_10, "YYB", 3);
		archive.execute(Appraisals.destroyCommand(domain, List.of(first, second), List.of("张三", "李四"), "已无保存价值",
				day("2026-03-01")));
	}

	@AfterEach
	void close() {
		archive.close();
	}

	private DestructionRegister register() throws ArchiveRuleException {
		archive.execute(Destruction.createCommand(domain, archive.catalogue, Destruction.candidates(archive.catalogue), null,
				day("2026-03-05"), "经鉴定小组鉴定"));
		return archive.catalogue.getDestructionRegisters().get(0);
	}

	@Test
	void aRegisterListsTheItemsDecidedForDestructionAndIsNumberedByYear() throws Exception {
		assertEquals(List.of(first, second), Destruction.candidates(archive.catalogue), "not the item never appraised");
		DestructionRegister register = register();
		assertEquals("XH-2026-001", register.getNumber());
		assertEquals(List.of(first, second), register.getItems());
		assertEquals("经鉴定小组鉴定", register.getRemarks());
		assertEquals(List.of(), Destruction.candidates(archive.catalogue), "on a register now");
		assertEquals("XH-2026-002", Destruction.nextNumber(archive.catalogue, 2026));
		assertEquals("XH-2027-001", Destruction.nextNumber(archive.catalogue, 2027));
		ArchiveRuleException notDecided = assertThrows(ArchiveRuleException.class, () -> Destruction.createCommand(domain,
				archive.catalogue, List.of(kept), null, day("2026-03-05"), null));
		assertTrue(notDecided.getMessage().contains(kept.getArchivalCode()), notDecided.getMessage());
		ArchiveRuleException twice = assertThrows(ArchiveRuleException.class, () -> Destruction.createCommand(domain,
				archive.catalogue, List.of(first), null, day("2026-03-05"), null));
		assertTrue(twice.getMessage().contains("XH-2026-001"), twice.getMessage());
	}

	@Test
	void oneSignatoryIsRefusedAndTwoDifferentPeopleExecuteTheRegister() throws Exception {
		DestructionRegister register = register();
		ArchiveRuleException one = assertThrows(ArchiveRuleException.class,
				() -> Destruction.executeCommand(domain, register, List.of("王五"), day("2026-03-10")));
		assertTrue(one.getMessage().contains("至少 2 个不同的人签字"), one.getMessage());
		assertThrows(ArchiveRuleException.class,
				() -> Destruction.executeCommand(domain, register, List.of("王五", " 王五 ", ""), day("2026-03-10")),
				"the same person twice is one signatory");
		assertFalse(first.isDestroyed());
		assertFalse(Destruction.isExecuted(register));

		archive.execute(Destruction.executeCommand(domain, register, List.of("王五", "赵六"), day("2026-03-10")));
		assertTrue(Destruction.isExecuted(register));
		assertEquals(List.of("王五", "赵六"), register.getSignatories());
		for (ArchiveItem item : List.of(first, second)) {
			assertTrue(item.isDestroyed());
			assertEquals(day("2026-03-10"), Lending.day(item.getDestroyedOn()));
		}
		assertFalse(kept.isDestroyed());
		assertThrows(ArchiveRuleException.class,
				() -> Destruction.executeCommand(domain, register, List.of("王五", "赵六"), day("2026-03-11")));
		ArchiveRuleException delete = assertThrows(ArchiveRuleException.class,
				() -> Destruction.deleteCommand(domain, archive.catalogue, register));
		assertTrue(delete.getMessage().contains("永久保存"), delete.getMessage());
		assertEquals(List.of(), Appraisals.due(archive.catalogue, day("2026-03-10")).stream()
				.filter(d -> d.item() != kept).toList(), "destroyed items are no longer due");
	}

	@Test
	void undoOfAnExecutedRegisterRestoresTheItems() throws Exception {
		DestructionRegister register = register();
		archive.execute(Destruction.executeCommand(domain, register, List.of("王五", "赵六"), day("2026-03-10")));
		archive.undo();
		assertFalse(first.isDestroyed());
		assertFalse(second.isDestroyed());
		assertNull(first.getDestroyedOn());
		assertTrue(register.getSignatories().isEmpty());
		assertFalse(Destruction.isExecuted(register));
		assertEquals(List.of(first, second), register.getItems(), "the register is still there, not executed");
		archive.redo();
		assertTrue(first.isDestroyed() && second.isDestroyed());
		archive.undo();
		archive.undo(); // the register itself
		assertTrue(archive.catalogue.getDestructionRegisters().isEmpty());
		assertEquals(List.of(first, second), Destruction.candidates(archive.catalogue));
	}

	@Test
	void aDestroyedItemKeepsItsRowItsCodeAndItsFileAndItsNumberIsNeverIssuedAgain() throws Exception {
		ContentStore.Stored stored = archive.repository.contentStore()
				.put(new ByteArrayInputStream("二季度营运报表".getBytes(StandardCharsets.UTF_8)));
		StoredFile file = OfficeBenchFactory.eINSTANCE.createStoredFile();
		file.setFileName("二季度营运报表.txt");
		file.setSha256(stored.sha256());
		second.getFiles().add(file);
		NumberCounter counter = OfficeBenchFactory.eINSTANCE.createNumberCounter();
		counter.setClassKey(YYB_2014_D10.key());
		counter.setHighest(3);
		archive.catalogue.getNumberCounters().add(counter);
		String code = second.getArchivalCode();

		DestructionRegister register = register();
		archive.execute(Destruction.executeCommand(domain, register, List.of("王五", "赵六"), day("2026-03-10")));
		archive.document.save();

		// Read back from disk as anyone else would.
		OfficeDocument reread = archive.repository.open(archive.document.id());
		ArchiveCatalogue catalogue = (ArchiveCatalogue) reread.root();
		assertEquals(3, catalogue.getItems().size(), "no row removed");
		ArchiveItem destroyed = catalogue.getItems().get(1);
		assertTrue(destroyed.isDestroyed());
		assertEquals(code, destroyed.getArchivalCode());
		assertEquals(2, destroyed.getItemNumber());
		assertTrue(archive.repository.contentStore().contains(stored.sha256()), "the store keeps the file");
		assertEquals("XH-2026-001", catalogue.getDestructionRegisters().get(0).getNumber());

		// The next 件 filed in the class gets 4, as FilingService numbers it: stored marks plus the items present.
		Map<ArchiveClass, Integer> marks = new HashMap<>();
		for (NumberCounter c : catalogue.getNumberCounters()) {
			marks.merge(ArchiveClass.parseKey(c.getClassKey()), c.getHighest(), Math::max);
		}
		assertEquals(4, new ItemNumbering(marks).nextNumber(catalogue, YYB_2014_D10));
		// Even with no stored mark the destroyed rows still hold numbers 1 and 2, and 3 is still in use.
		assertEquals(4, new ItemNumbering().nextNumber(catalogue, YYB_2014_D10));
		assertEquals(List.of(), new ItemNumbering(marks).check(catalogue), "no 漏号: the destroyed rows keep their numbers");
	}

	@Test
	void savingAnExecutedRegisterWritesOneAuditEntry() throws Exception {
		DestructionRegister register = register();
		archive.execute(Destruction.executeCommand(domain, register, List.of("王五", "赵六"), day("2026-03-10")));
		archive.document.save();
		AuditLog log = archive.repository.auditLog();
		// Saving wrote it; recording again (another save, the view) adds nothing.
		assertEquals(0, Destruction.recordExecuted(log, archive.document.id(), archive.catalogue), "once only");
		archive.document.save();
		List<AuditLog.Entry> entries = log.read().stream().filter(e -> Destruction.AUDIT_ACTION.equals(e.action())).toList();
		assertEquals(1, entries.size());
		String detail = entries.get(0).detail();
		assertTrue(detail.startsWith("XH-2026-001 "), detail);
		assertTrue(detail.contains(first.getArchivalCode()) && detail.contains("王五, 赵六"), detail);
	}

	@Test
	void anItemLentOutIsNotDestroyed() throws Exception {
		DestructionRegister register = register();
		archive.execute(Lending.lendCommand(domain, first, "审计部 刘七", "专项审计", day("2026-03-02"), day("2026-03-20")));
		ArchiveRuleException lent = assertThrows(ArchiveRuleException.class,
				() -> Destruction.executeCommand(domain, register, List.of("王五", "赵六"), day("2026-03-10")));
		assertTrue(lent.getMessage().contains("审计部 刘七"), lent.getMessage());
		assertFalse(first.isDestroyed());
	}
}
