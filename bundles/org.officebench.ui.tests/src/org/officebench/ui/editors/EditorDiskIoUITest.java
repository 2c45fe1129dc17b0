package org.officebench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.DocumentKind;
import org.officebench.core.internal.FileAccessTrace;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;

/** Saving a small document and reverting it touch the disk off the UI thread, as saving a big catalogue does. */
@ExtendWith(RunningWorkbench.class)
class EditorDiskIoUITest {

	private record Access(FileAccessTrace.Access kind, Path file, Thread thread) {
	}

	private final List<Access> accesses = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopTracing() {
		FileAccessTrace.setListener(null);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	private static void execute(String command) {
		UI.run(() -> {
			try {
				PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class).executeCommand(command, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private List<Access> of(FileAccessTrace.Access kind, Path file) {
		return accesses.stream().filter(a -> a.kind() == kind && a.file().equals(file)).toList();
	}

	@Test
	void savingAndRevertingASmallPolicyReadAndWriteOffTheUIThread() {
		String title = "读写线程测试 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(),
				OfficeBenchUI.repository().create(DocumentKind.POLICY, title)));
		Thread uiThread = UI.sync(Thread::currentThread);
		Path file = UI.sync(() -> OfficeBenchUI.repository().root().resolve(editor.document().file()));
		FileAccessTrace.setListener((kind, path, thread) -> accesses.add(new Access(kind, path, thread)));
		try {
			// Save (Ctrl+S's command) writes the file on another thread, and leaves the editor clean.
			UI.run(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
					editor.document().root(), OfficeBenchPackage.Literals.DOCUMENT__TITLE, title + "（存）")));
			execute("org.eclipse.ui.file.save");
			assertFalse(UI.sync(editor::isDirty), "saved");
			List<Access> writes = of(FileAccessTrace.Access.WRITE, file);
			assertEquals(1, writes.size(), "one write of " + file + ": " + accesses);
			assertNotEquals(uiThread, writes.get(0).thread(), "the file is written off the UI thread");
			accesses.clear();

			// Revert reads the file on another thread and puts it in place on the UI thread.
			UI.run(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
					editor.document().root(), OfficeBenchPackage.Literals.DOCUMENT__TITLE, "不要的题名")));
			assertTrue(UI.sync(editor::isDirty));
			UI.async(editor::doRevert);
			Shell ask = UI.waitFor("the revert question", () -> UI.shell("还原"));
			Button revert = UI.sync(() -> UI.findOne(ask, Button.class, b -> b.getText().equals("还原")));
			UI.run(() -> UI.select(revert, null));
			UI.waitFor("the saved title back", () -> (title + "（存）").equals(editor.document().root().getTitle()));
			assertFalse(UI.sync(editor::isDirty));
			assertEquals((title + "（存）"), UI.sync(() -> editor.overviewPage().titleField().getText()));
			// (the search index reads the saved file too, on its own thread)
			List<Access> reads = of(FileAccessTrace.Access.READ, file);
			assertFalse(reads.isEmpty(), "Revert read " + file + ": " + accesses);
			for (Access read : reads) {
				assertNotEquals(uiThread, read.thread(), "Revert reads the file off the UI thread: " + reads);
			}
		} finally {
			FileAccessTrace.setListener(null);
			UI.run(() -> page().closeEditor(editor, false));
		}
	}
}
