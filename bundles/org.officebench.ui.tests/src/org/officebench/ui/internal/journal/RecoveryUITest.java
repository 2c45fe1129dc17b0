package org.officebench.ui.internal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.DocumentKind;
import org.officebench.core.Repository;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;

/**
 * Autosave and recovery through the real workbench: typing in a form field, the window losing the focus writes the
 * journal; after a "crash" the start's recovery offer lists the document with its change, 恢复 opens it dirty with the
 * change as one undoable command, and saving removes the journal.
 */
@ExtendWith(RunningWorkbench.class)
class RecoveryUITest {

	private static final long SLOW = 60_000; // the machine is loaded: generous waits

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static IWorkbenchPage page() {
		return window().getActivePage();
	}

	private static void runCommand(String id) {
		UI.run(() -> {
			try {
				window().getService(IHandlerService.class).executeCommand(id, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static void waitForJournalWrites() throws InterruptedException {
		Job.getJobManager().join(DocumentJournaling.FAMILY, null);
	}

	@Test
	void typedChangesAreJournaledOfferedAfterACrashAndRecoveredAsOneUndoableCommand() throws Exception {
		Repository repository = OfficeBenchUI.repository();
		org.eclipse.ui.IWorkbenchPart activeBefore = UI.sync(() -> page().getActivePart()); // put back at the end
		String title = "自动保存测试 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(),
				repository.create(DocumentKind.POLICY, title)));
		String id = editor.document().id();
		Path journal = repository.root().resolve("journal").resolve(id + ".xmi");
		Path saved = repository.root().resolve(editor.document().file());
		byte[] savedBytes = Files.readAllBytes(saved);

		// Type in the 标题 field and commit with Enter: one command, the editor dirty.
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		UI.focus(field);
		UI.run(() -> field.setSelection(field.getText().length()));
		UI.type(" abc\r");
		String typed = title + " abc";
		UI.waitFor("the typed title to be committed", SLOW, () -> typed.equals(editor.document().root().getTitle()));
		assertTrue(UI.sync(editor::isDirty));

		// The window loses the focus: the journal is written in the background, the document's file is not touched.
		UI.run(() -> window().getShell().notifyListeners(SWT.Deactivate, new Event()));
		waitForJournalWrites();
		UI.waitFor("the journal of the document", SLOW, () -> Files.isRegularFile(journal));
		assertTrue(Files.readString(journal).contains(typed), "the journal holds the unsaved title");
		assertTrue(java.util.Arrays.equals(savedBytes, Files.readAllBytes(saved)), "the saved file is untouched");

		// A crash leaves the journal; closing without saving removes it, so put back what a crash would leave.
		byte[] leftByCrash = Files.readAllBytes(journal);
		UI.run(() -> page().closeEditor(editor, false));
		assertFalse(Files.exists(journal), "closing without saving throws the kept changes away");
		Files.write(journal, leftByCrash);

		// The next start: the same offer postWindowOpen makes.
		UI.run(() -> RecoveryOffer.offer(window()));
		Shell dialog = UI.waitFor("the recovery dialog", SLOW, () -> UI.shell(Messages.Recovery_title));
		UI.screenshot("recovery-dialog");
		Table table = UI.sync(() -> UI.findOne(dialog, Table.class, t -> true));
		int row = UI.sync(() -> {
			TableItem[] items = table.getItems();
			for (int i = 0; i < items.length; i++) {
				if (typed.equals(items[i].getText(0))) {
					return i;
				}
			}
			return -1;
		});
		assertTrue(row >= 0, "the dialog lists the document by its unsaved title");
		assertEquals(DocumentKind.POLICY.label(), UI.sync(() -> table.getItem(row).getText(1)));
		assertFalse(UI.sync(() -> table.getItem(row).getText(2)).isBlank(), "when the changes were kept");
		UI.run(() -> {
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
		});
		String changes = UI.sync(() -> ((RecoveryDialog) dialog.getData()).shownChanges());
		assertTrue(changes.contains(title) && changes.contains(typed), "shows what the change is: " + changes);

		Button recover = UI.sync(() -> UI.findOne(dialog, Button.class, b -> Messages.Recovery_recover.equals(b.getText())));
		assertNotNull(recover);
		UI.run(() -> UI.select(recover, null));
		UI.waitFor("the recovered document's editor", SLOW,
				() -> DocumentEditors.find(page(), id) instanceof DocumentFormEditor);
		Shell stillOpen = UI.sync(() -> UI.shell(Messages.Recovery_title));
		if (stillOpen != null) { // other documents offered too: decide about them later
			UI.run(() -> UI.select(UI.findOne(stillOpen, Button.class, b -> Messages.Recovery_later.equals(b.getText())), null));
		}
		DocumentFormEditor recovered = UI.sync(() -> (DocumentFormEditor) DocumentEditors.find(page(), id));
		try {
			assertEquals(typed, UI.sync(() -> recovered.document().root().getTitle()));
			assertTrue(UI.sync(recovered::isDirty), "the recovered document opens dirty");
			UI.waitFor("the title field to show the recovered title", SLOW,
					() -> typed.equals(recovered.overviewPage().titleField().getText()));

			runCommand("org.eclipse.ui.edit.undo"); // Ctrl+Z takes the recovery back, in one step
			assertEquals(title, UI.sync(() -> recovered.document().root().getTitle()));
			assertFalse(UI.sync(recovered::isDirty));
			assertFalse(UI.sync(() -> recovered.document().commandStack().canUndo()), "the recovery was one command");
			runCommand("org.eclipse.ui.edit.redo");
			assertEquals(typed, UI.sync(() -> recovered.document().root().getTitle()));

			UI.run(() -> page().saveEditor(recovered, false));
			UI.waitFor("the save", SLOW, () -> !recovered.isDirty());
			assertFalse(Files.exists(journal), "saving removes the journal");
			assertTrue(Files.readString(repository.root().resolve(recovered.document().file())).contains(typed));
		} finally {
			UI.run(() -> page().closeEditor(recovered, false));
			UI.run(() -> {
				if (activeBefore != null && page().getActivePart() != activeBefore) {
					page().activate(activeBefore); // the next tests find the workbench as this one found it
				}
			});
		}
	}
}
