package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.Journal;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Article;
import org.officebench.model.Chapter;
import org.officebench.model.Flowchart;
import org.officebench.model.Link;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.PolicyDocument;
import org.officebench.model.Step;
import org.officebench.tests.support.TestRepositories;

/** The journal of unsaved changes: written beside the documents, listed after a crash, recovered as one command. */
class JournalTest {

	@TempDir
	Path temp;

	private static void set(OfficeDocument document, Object owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
		document.commandStack().execute(SetCommand.create(document.editingDomain(), owner, feature, value));
	}

	/** A policy saved with one chapter, then changed (title, a new article) without saving. */
	private static OfficeDocument editedPolicy(Repository repository) throws Exception {
		OfficeDocument document = repository.create(DocumentKind.POLICY, "车辆管理制度");
		Chapter chapter = OfficeBenchFactory.eINSTANCE.createChapter();
		chapter.setTitle("第一章 总则");
		document.commandStack().execute(AddCommand.create(document.editingDomain(), document.root(),
				OfficeBenchPackage.Literals.POLICY_DOCUMENT__CHAPTERS, chapter));
		document.save();
		set(document, document.root(), OfficeBenchPackage.Literals.DOCUMENT__TITLE, "车辆使用管理制度");
		Article article = OfficeBenchFactory.eINSTANCE.createArticle();
		article.setText("公务用车须登记。");
		document.commandStack().execute(AddCommand.create(document.editingDomain(), chapter,
				OfficeBenchPackage.Literals.CHAPTER__ARTICLES, article));
		return document;
	}

	@Test
	void aSnapshotGoesToTheJournalFolderAndLeavesTheDocumentsFileAlone() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			OfficeDocument document = editedPolicy(repository);
			Path saved = repository.root().resolve(document.file());
			byte[] before = Files.readAllBytes(saved);
			int listed = repository.documents().size();

			assertTrue(repository.journal().write(document));

			Path journal = repository.root().resolve("journal").resolve(document.id() + ".xmi");
			assertTrue(Files.isRegularFile(journal), "journal/<id>.xmi");
			assertTrue(Files.readString(journal).contains("车辆使用管理制度"), "the unsaved title is in the snapshot");
			assertTrue(Files.readString(journal).contains("公务用车须登记。"));
			assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(saved)), "the document's file is untouched");
			assertTrue(document.isDirty(), "journaling does not save");
			assertEquals(listed, repository.documents().size(), "the listing does not take the snapshot for a document");
			assertTrue(repository.problems().isEmpty());

			List<Journal.Entry> pending = repository.journal().pending();
			assertEquals(1, pending.size());
			Journal.Entry entry = pending.get(0);
			assertEquals(document.id(), entry.documentId());
			assertEquals("车辆使用管理制度", entry.title());
			assertEquals(DocumentKind.POLICY, entry.kind());
			assertEquals("journal/" + document.id() + ".xmi", entry.file());
			assertNotNull(entry.journaled());
			assertEquals(Files.getLastModifiedTime(saved).toInstant(), entry.saved());
		}
	}

	@Test
	void afterACrashTheChangesComeBackAsOneUndoableCommand() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		byte[] savedBytes;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = editedPolicy(repository);
			id = document.id();
			savedBytes = Files.readAllBytes(repository.root().resolve(document.file()));
			repository.journal().write(document);
			// a crash: neither saved nor discarded
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			assertEquals(List.of(id), repository.journal().pending().stream().map(Journal.Entry::documentId).toList());
			OfficeDocument document = repository.open(id);
			PolicyDocument original = EcoreUtil.copy((PolicyDocument) document.root());
			assertFalse(document.isDirty());

			Journal.Recovery recovery = repository.journal().recover(document);
			assertFalse(recovery.isEmpty());
			String changes = String.join("\n", recovery.changes());
			assertTrue(changes.contains("车辆管理制度") && changes.contains("车辆使用管理制度"), changes);
			assertTrue(changes.contains("公务用车须登记"), "the new article is named: " + changes);
			assertEquals(2, recovery.changes().size(), changes);
			assertEquals("车辆管理制度", document.root().getTitle(), "working out the recovery changes nothing");

			int undoable = document.commandStack().getMostRecentCommand() == null ? 0 : 1;
			document.commandStack().execute(recovery.command());
			assertTrue(document.isDirty(), "the document opens dirty with the recovered changes");
			PolicyDocument recovered = (PolicyDocument) document.root();
			assertEquals("车辆使用管理制度", recovered.getTitle());
			assertEquals("公务用车须登记。", recovered.getChapters().get(0).getArticles().get(0).getText());
			assertTrue(document.commandStack().canUndo());
			assertEquals(0, undoable);

			document.commandStack().undo(); // one Undo takes the whole recovery back
			assertTrue(EcoreUtil.equals(original, document.root()), "back to the saved state");
			assertFalse(document.isDirty());
			assertFalse(document.commandStack().canUndo(), "the recovery was one command");
			document.commandStack().redo();
			assertEquals("车辆使用管理制度", document.root().getTitle());
			assertTrue(java.util.Arrays.equals(savedBytes, Files.readAllBytes(repository.root().resolve(document.file()))),
					"recovering does not write the document's file");

			document.save();
			assertFalse(repository.journal().contains(id), "saving removes the journal");
			assertTrue(repository.journal().pending().isEmpty());
		}
	}

	@Test
	void recoveredElementsReferToTheDocumentsOwnObjects() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.FLOWCHART, "收文流程");
			Step first = OfficeBenchFactory.eINSTANCE.createStep();
			first.setId("s1");
			first.setName("登记");
			document.commandStack().execute(AddCommand.create(document.editingDomain(), document.root(),
					OfficeBenchPackage.Literals.FLOWCHART__STEPS, first));
			document.save();
			Step second = OfficeBenchFactory.eINSTANCE.createStep();
			second.setId("s2");
			second.setName("拟办");
			Link link = OfficeBenchFactory.eINSTANCE.createLink();
			link.setSource(first);
			link.setTarget(second);
			document.commandStack().execute(AddCommand.create(document.editingDomain(), document.root(),
					OfficeBenchPackage.Literals.FLOWCHART__STEPS, second));
			document.commandStack().execute(AddCommand.create(document.editingDomain(), document.root(),
					OfficeBenchPackage.Literals.FLOWCHART__LINKS, link));
			id = document.id();
			repository.journal().write(document);
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.open(id);
			Flowchart flowchart = (Flowchart) document.root();
			Step first = flowchart.getSteps().get(0);
			document.commandStack().execute(repository.journal().recover(document).command());
			assertEquals(2, flowchart.getSteps().size());
			assertSame(first, flowchart.getSteps().get(0), "the step that was saved stays the same object");
			Link link = flowchart.getLinks().get(0);
			assertSame(first, link.getSource(), "the new link points at the document's step, not the journal's");
			assertSame(flowchart.getSteps().get(1), link.getTarget());
			assertSame(document.root().eResource(), link.getTarget().eResource());
			document.commandStack().undo();
			assertEquals(1, flowchart.getSteps().size());
			assertTrue(flowchart.getLinks().isEmpty());
		}
	}

	@Test
	void discardingSavingAndACleanExitRemoveTheJournal() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			Journal journal = repository.journal();
			OfficeDocument one = editedPolicy(repository);
			OfficeDocument two = editedPolicy(repository);
			journal.write(one);
			journal.write(two);
			assertEquals(2, journal.pending().size());

			journal.discard(one.id()); // closed without saving
			assertFalse(journal.contains(one.id()));
			assertTrue(journal.contains(two.id()));

			// A snapshot taken before a save and written after it must not bring the saved changes back as "unsaved".
			Journal.Snapshot late = journal.snapshot(two).orElseThrow();
			two.save();
			assertFalse(journal.contains(two.id()), "saving removes the journal");
			late.write();
			assertFalse(journal.contains(two.id()), "a snapshot older than the save is not written");

			set(two, two.root(), OfficeBenchPackage.Literals.DOCUMENT__TITLE, "又改了");
			journal.write(two);
			journal.write(one);
			assertEquals(2, journal.pending().size());
			journal.discardAll(); // a clean exit
			assertTrue(journal.pending().isEmpty());
			try (var left = Files.list(repository.root().resolve("journal"))) {
				assertEquals(0, left.count(), "nothing is left in journal/");
			}
		}
	}

	@Test
	void aBigCatalogueIsNotJournaled() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "大目录");
			List<ArchiveItem> items = new ArrayList<>();
			for (int i = 0; i < Journal.MAX_OBJECTS; i++) {
				ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
				item.setTitle("件 " + i);
				items.add(item);
			}
			document.commandStack().execute(AddCommand.create(document.editingDomain(), document.root(),
					OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__ITEMS, items));
			assertTrue(document.isDirty());
			assertTrue(repository.journal().snapshot(document).isEmpty(), "too big to write every 30 s");
			assertFalse(repository.journal().write(document));
			assertTrue(repository.journal().pending().isEmpty());
		}
	}
}
