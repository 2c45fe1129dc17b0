package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.tests.support.TestRepositories;

/** A save in steps (what the workbench does for a big catalogue): an edit made meanwhile is never marked saved. */
class StagedSaveTest {

	@TempDir
	Path temp;

	private static void setTitle(OfficeDocument document, String title) {
		document.commandStack().execute(SetCommand.create(document.editingDomain(), document.root(), Literals.DOCUMENT__TITLE, title));
	}

	@Test
	void anEditAfterTheFileWasWrittenStaysUnsavedAndTheFileKeepsWhatWasWritten() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "第一版");
			id = document.id();
			setTitle(document, "第二版");
			OfficeDocument.Save save = document.prepareSave();
			save.write();
			setTitle(document, "第三版"); // done while the workbench was still finishing the save
			save.complete();
			assertTrue(document.isDirty(), "the third title was not written, so it is not saved");
			assertFalse(save.isLarge(), "a policy is written on the spot");
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			assertEquals("第二版", repository.open(id).root().getTitle(), "the file holds what was written");
		}
	}

	@Test
	void anEditBeforeTheFileWasWrittenIsOnDiskButStillCountsAsUnsaved() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "第一版");
			OfficeDocument.Save save = document.prepareSave();
			setTitle(document, "第二版");
			save.write();
			save.complete();
			assertTrue(document.isDirty(), "saving again is harmless; calling it saved could lose it");
			document.save();
			assertFalse(document.isDirty());
			document.commandStack().undo();
			assertTrue(document.isDirty(), "undo past the save point is a change");
		}
	}
}
