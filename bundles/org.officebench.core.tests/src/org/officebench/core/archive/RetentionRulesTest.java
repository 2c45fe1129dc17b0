package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.archive.RetentionSchedule.Row;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.RetentionRule;
import org.officebench.tests.support.TestRepositories;

/** A 全宗's own 保管期限表: where it comes from, its edits as commands (execute, undo, redo), and its proposals. */
class RetentionRulesTest {

	private static final RetentionSchedule DEFAULT = RetentionSchedule.loadDefault();

	@TempDir
	Path temp;

	private ArchiveFixture fixture;
	private ArchiveCatalogue catalogue;
	private EditingDomain domain;

	@BeforeEach
	void open() throws Exception {
		fixture = new ArchiveFixture(temp.resolve("repo"));
		catalogue = fixture.catalogue;
		domain = fixture.document.editingDomain();
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	/** As a catalogue written before the table was editable: no rules of its own. */
	private void withoutRules() {
		catalogue.getRetentionRules().clear();
	}

	private int indexOfKind(String kindPart) {
		List<RetentionRules.Entry> entries = RetentionRules.entries(catalogue);
		return entries.stream().filter(e -> e.kind().contains(kindPart)).findFirst().orElseThrow().index();
	}

	/** Executes, undoes and redoes a command, checking the catalogue before and after each way. */
	private ArchiveCatalogue executeUndoRedo(Command command) {
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);
		assertTrue(command.canExecute(), command.getLabel());
		fixture.execute(command);
		ArchiveCatalogue after = EcoreUtil.copy(catalogue);
		assertFalse(EcoreUtil.equals(before, after), "the command changed something: " + command.getLabel());
		assertTrue(fixture.document.isDirty());
		assertEquals(command.getLabel(), fixture.document.commandStack().getUndoCommand().getLabel(), "one command to undo");

		fixture.undo();
		assertTrue(EcoreUtil.equals(before, catalogue), "undo gives back exactly the prior state: " + command.getLabel());
		assertFalse(fixture.document.isDirty());
		assertFalse(fixture.document.commandStack().canUndo(), "one undo was enough");

		fixture.redo();
		assertTrue(EcoreUtil.equals(after, catalogue), "redo: " + command.getLabel());
		return after;
	}

	@Test
	void aCatalogueWithoutRulesUsesTheShippedDefaultAndOneWithRulesItsOwn() {
		ArchiveCatalogue bare = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		assertEquals(DEFAULT, RetentionSchedule.of(bare));
		assertTrue(RetentionRules.entries(bare).stream().allMatch(RetentionRules.Entry::shippedDefault));
		assertEquals(DEFAULT.rows().size(), RetentionRules.entries(bare).size());

		RetentionRule contracts = OfficeBenchFactory.eINSTANCE.createRetentionRule();
		contracts.setKind("合同");
		contracts.setKeywords("合同, 协议");
		contracts.setRetention(RetentionPeriod.PERMANENT);
		bare.getRetentionRules().add(contracts);
		RetentionSchedule own = RetentionSchedule.of(bare);
		assertEquals(List.of(new Row("合同", List.of("合同", "协议"), RetentionPeriod.PERMANENT)), own.rows());
		assertEquals(RetentionPeriod.PERMANENT, own.propose("门店租赁合同").orElseThrow().retention());
		assertTrue(own.propose("关于国庆节放假安排的通知").isEmpty(), "only its own rows propose");

		// A rule no edit could make (a file edited by hand) is shown with its problem and proposes nothing.
		RetentionRule broken = OfficeBenchFactory.eINSTANCE.createRetentionRule();
		broken.setKind("通知");
		broken.setKeywords("、");
		bare.getRetentionRules().add(broken);
		assertEquals(1, RetentionSchedule.of(bare).rows().size());
		RetentionRules.Entry shown = RetentionRules.entries(bare).get(1);
		assertEquals("、", shown.keywords());
		assertTrue(shown.problem().contains(noKeywordsReason()), shown.problem());
		assertTrue(RetentionSchedule.of(bare).propose("通知").isEmpty());
	}

	@Test
	void newCataloguesAndTheSampleOneHoldTheDefaultRowsAsTheirOwn() throws Exception {
		assertTrue(EcoreUtil.equals(RetentionRules.defaultRules(), catalogue.getRetentionRules()), "created by the repository");
		assertEquals(DEFAULT, RetentionSchedule.of(catalogue));
		assertFalse(RetentionRules.entries(catalogue).get(0).shippedDefault());
		try (var samples = TestRepositories.open(temp.resolve("samples"), true)) {
			for (DocumentSummary summary : samples.documents()) {
				if (summary.kind() == DocumentKind.ARCHIVE) {
					ArchiveCatalogue sample = (ArchiveCatalogue) samples.open(summary.id()).root();
					assertTrue(EcoreUtil.equals(RetentionRules.defaultRules(), sample.getRetentionRules()), summary.title());
				}
			}
		}
	}

	@Test
	void theFirstEditOfACatalogueWithoutRulesCopiesTheDefaultInWithinTheSameCommand() throws Exception {
		withoutRules();
		int contracts = indexOfKind("合同");
		assertEquals(RetentionPeriod.YEARS_30, DEFAULT.propose("门店租赁合同").orElseThrow().retention());

		Command command = RetentionRules.setRetention(domain, catalogue, contracts, RetentionPeriod.PERMANENT);
		ArchiveCatalogue after = executeUndoRedo(command);

		assertEquals(DEFAULT.rows().size(), after.getRetentionRules().size(), "all default rows copied in");
		for (int i = 0; i < DEFAULT.rows().size(); i++) {
			Row expected = DEFAULT.rows().get(i);
			if (i == contracts) {
				expected = new Row(expected.kind(), expected.keywords(), RetentionPeriod.PERMANENT);
			}
			assertEquals(expected, Row.of(catalogue.getRetentionRules().get(i)), "row " + (i + 1));
		}
		assertEquals(RetentionPeriod.PERMANENT, RetentionSchedule.of(catalogue).propose("门店租赁合同").orElseThrow().retention(),
				"the proposal follows the edited row");

		fixture.undo();
		assertTrue(catalogue.getRetentionRules().isEmpty(), "back to a catalogue without rules");
		assertEquals(DEFAULT, RetentionSchedule.of(catalogue));
	}

	@Test
	void everyFirstEditKindCopiesTheDefaultIn() throws Exception {
		withoutRules();
		int size = DEFAULT.rows().size();
		ArchiveCatalogue added = executeUndoRedo(RetentionRules.add(domain, catalogue, 0, "项目立项文件", "立项、可行性+研究", RetentionPeriod.PERMANENT));
		assertEquals(size + 1, added.getRetentionRules().size());
		assertEquals("项目立项文件", added.getRetentionRules().get(0).getKind());
		fixture.undo();
		fixture.document.commandStack().flush();

		ArchiveCatalogue removed = executeUndoRedo(RetentionRules.remove(domain, catalogue, 0));
		assertEquals(size - 1, removed.getRetentionRules().size());
		assertEquals(DEFAULT.rows().get(1), Row.of(removed.getRetentionRules().get(0)));
		fixture.undo();
		fixture.document.commandStack().flush();

		ArchiveCatalogue moved = executeUndoRedo(RetentionRules.move(domain, catalogue, 0, 2));
		assertEquals(DEFAULT.rows().get(0), Row.of(moved.getRetentionRules().get(2)));
		assertEquals(DEFAULT.rows().get(1), Row.of(moved.getRetentionRules().get(0)));
		fixture.undo();
		fixture.document.commandStack().flush();

		ArchiveCatalogue renamed = executeUndoRedo(RetentionRules.setKind(domain, catalogue, 1, "股东会、董事会文件"));
		assertEquals("股东会、董事会文件", renamed.getRetentionRules().get(1).getKind());
		assertEquals(DEFAULT.rows().get(1).keywordText(), renamed.getRetentionRules().get(1).getKeywords());
	}

	@Test
	void editsOfTheCataloguesOwnRulesExecuteUndoAndRedo() throws Exception {
		int contracts = indexOfKind("合同");
		ArchiveCatalogue edited = executeUndoRedo(RetentionRules.setKeywords(domain, catalogue, contracts, " 合同 ,协议，租赁 "));
		assertEquals("合同、协议、租赁", edited.getRetentionRules().get(contracts).getKeywords(), "kept as written, joined by 、");
		fixture.document.commandStack().flush();

		executeUndoRedo(RetentionRules.setKind(domain, catalogue, contracts, "合同、协议、租赁"));
		fixture.document.commandStack().flush();
		ArchiveCatalogue permanent = executeUndoRedo(RetentionRules.setRetention(domain, catalogue, contracts, RetentionPeriod.PERMANENT));
		assertEquals(RetentionPeriod.PERMANENT, permanent.getRetentionRules().get(contracts).getRetention());
		fixture.document.commandStack().flush();

		int size = catalogue.getRetentionRules().size();
		ArchiveCatalogue added = executeUndoRedo(RetentionRules.add(domain, catalogue, size, "值班记录", "值班", RetentionPeriod.YEARS_10));
		assertEquals("值班记录", added.getRetentionRules().get(size).getKind());
		fixture.document.commandStack().flush();

		ArchiveCatalogue moved = executeUndoRedo(RetentionRules.move(domain, catalogue, size, 0));
		assertEquals("值班记录", moved.getRetentionRules().get(0).getKind());
		fixture.document.commandStack().flush();

		ArchiveCatalogue removed = executeUndoRedo(RetentionRules.remove(domain, catalogue, 0));
		assertFalse(removed.getRetentionRules().stream().anyMatch(r -> r.getKind().equals("值班记录")));
		fixture.document.commandStack().flush();

		assertNotEquals(DEFAULT, RetentionSchedule.of(catalogue));
		ArchiveCatalogue restored = executeUndoRedo(RetentionRules.restoreDefault(domain, catalogue));
		assertTrue(EcoreUtil.equals(RetentionRules.defaultRules(), restored.getRetentionRules()));
		assertEquals(DEFAULT, RetentionSchedule.of(catalogue));
	}

	@Test
	void theProposalUsesTheEditedRules() throws Exception {
		String title = "关于门店值班安排的通知";
		assertEquals(RetentionPeriod.YEARS_10, RetentionSchedule.of(catalogue).propose(title).orElseThrow().retention());
		fixture.execute(RetentionRules.add(domain, catalogue, 0, "门店值班安排", "值班+安排", RetentionPeriod.YEARS_30));
		RetentionSchedule.Proposal proposal = RetentionSchedule.of(catalogue).propose(title).orElseThrow();
		assertEquals(RetentionPeriod.YEARS_30, proposal.retention());
		assertEquals("门店值班安排", proposal.row().kind());
		fixture.undo();
		assertEquals(RetentionPeriod.YEARS_10, RetentionSchedule.of(catalogue).propose(title).orElseThrow().retention());
	}

	@Test
	void aBadRowIsRefusedWithItsReasonAndNothingChanges() throws Exception {
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);
		int contracts = indexOfKind("合同");
		String row = Integer.toString(contracts + 1);

		ArchiveRuleException e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.setKind(domain, catalogue, contracts, "  "));
		assertTrue(e.getMessage().contains(row) && e.getMessage().contains(Messages.Schedule_emptyKind), e.getMessage());
		e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.setKeywords(domain, catalogue, contracts, "、 ，"));
		assertTrue(e.getMessage().contains(noKeywordsReason()), e.getMessage());
		e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.setKind(domain, catalogue, contracts, "合同|协议"));
		assertTrue(e.getMessage().contains("合同|协议") && e.getMessage().contains(row), e.getMessage());
		e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.setKeywords(domain, catalogue, contracts, "合同、租赁|协议"));
		assertTrue(e.getMessage().contains("租赁|协议"), e.getMessage());
		e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.setKeywords(domain, catalogue, contracts, "高管++纪要"));
		assertTrue(e.getMessage().contains("高管++纪要"), e.getMessage());
		e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.add(domain, catalogue, 0, "新类目", "", RetentionPeriod.YEARS_10));
		assertTrue(e.getMessage().contains(noKeywordsReason()), e.getMessage());
		e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.setRetention(domain, catalogue, contracts, null));
		assertTrue(e.getMessage().contains(Messages.Schedule_noRetention), e.getMessage());
		for (String message : List.of(Messages.Schedule_emptyKind, Messages.Schedule_noKeywords, Messages.Schedule_badKind,
				Messages.Schedule_badKeywordCharacter, Messages.Schedule_noRetention, Messages.Rule_lastRow)) {
			assertFalse(message == null || message.startsWith("NLS missing"), message);
		}

		assertTrue(EcoreUtil.equals(before, catalogue), "nothing changed");
		assertFalse(fixture.document.commandStack().canUndo());
		assertFalse(fixture.document.isDirty());
	}

	@Test
	void editsThatChangeNothingAreNotExecutedAndTheLastRowStays() throws Exception {
		Row first = DEFAULT.rows().get(0);
		assertFalse(RetentionRules.setKind(domain, catalogue, 0, " " + first.kind() + " ").canExecute());
		assertFalse(RetentionRules.move(domain, catalogue, 3, 3).canExecute());
		assertFalse(RetentionRules.restoreDefault(domain, catalogue).canExecute(), "already the default");
		fixture.document.commandStack().execute(RetentionRules.setRetention(domain, catalogue, 0, first.retention()));
		assertFalse(fixture.document.isDirty(), "not run, so not dirty");
		withoutRules();
		assertFalse(RetentionRules.setKeywords(domain, catalogue, 0, first.keywordText()).canExecute());
		assertFalse(RetentionRules.restoreDefault(domain, catalogue).canExecute(), "without rules the default is used");

		while (catalogue.getRetentionRules().size() != 1) {
			fixture.execute(RetentionRules.remove(domain, catalogue, 0));
		}
		ArchiveRuleException e = assertThrows(ArchiveRuleException.class, () -> RetentionRules.remove(domain, catalogue, 0));
		assertEquals(Messages.Rule_lastRow, e.getMessage());
		assertEquals(1, RetentionSchedule.of(catalogue).rows().size(), "never silently back to the default table");
	}

	private static String noKeywordsReason() {
		return Messages.Schedule_noKeywords;
	}
}
