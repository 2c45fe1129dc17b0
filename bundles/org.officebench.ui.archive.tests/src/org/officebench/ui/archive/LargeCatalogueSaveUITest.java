package org.officebench.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.OfficeDocument;
import org.officebench.core.internal.FileAccessTrace;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.DocumentEditors;

/** A catalogue big enough for the compact format is written off the UI thread when saved from its editor. */
@ExtendWith(RunningWorkbench.class)
class LargeCatalogueSaveUITest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	@Test
	void ctrlSOnABigCatalogueWritesTheCompactFileAndLeavesTheEditorClean() throws Exception {
		OfficeDocument document = BigCatalogues.create("big-");
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		String id = document.id();
		try {
			assertTrue(document.file().endsWith(".obin"), document.file());
			DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(), document));
			ArchiveItem first = catalogue.getItems().get(0);
			UI.run(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), first,
					OfficeBenchPackage.Literals.ARCHIVE_ITEM__TITLE, "营运部第1号通知（改）")));
			assertTrue(UI.sync(editor::isDirty));

			Thread uiThread = UI.sync(Thread::currentThread);
			java.nio.file.Path file = OfficeBenchUI.repository().root().resolve(document.file());
			List<Thread> writers = new CopyOnWriteArrayList<>();
			FileAccessTrace.setListener((access, path, thread) -> {
				if (access == FileAccessTrace.Access.WRITE && path.equals(file)) {
					writers.add(thread);
				}
			});
			try {
				UI.run(() -> editor.doSave(new NullProgressMonitor()));
			} finally {
				FileAccessTrace.setListener(null);
			}
			assertFalse(UI.sync(editor::isDirty), "saved");
			assertEquals(1, writers.size(), "the compact file was written once: " + writers);
			assertNotEquals(uiThread, writers.get(0), "and not on the UI thread");
			UI.run(() -> page().closeEditor(editor, false));
			// Read back from the file, not from memory.
			ArchiveCatalogue reread = (ArchiveCatalogue) OfficeBenchUI.repository().open(id).root();
			assertEquals("营运部第1号通知（改）", reread.getItems().get(0).getTitle());
			assertEquals(BigCatalogues.ITEMS, reread.getItems().size());
		} finally {
			// The other tests of this workbench check and search the whole repository: ten thousand bare 件 are not theirs.
			OfficeBenchUI.repository().delete(id);
		}
	}
}
