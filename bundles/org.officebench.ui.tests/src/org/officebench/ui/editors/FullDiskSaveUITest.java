package org.officebench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.internal.FileRepository;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;
import org.officebench.tests.support.SmallVolume;

/**
 * Saving from the editor on a full disk: the user reads, in Chinese, that the disk is full, which file, and what to
 * do; the document stays dirty and the old file intact; after freeing space, Save works. The document lives in a
 * repository on a real 2 MB tmpfs (mounted as root, as on CI; skipped with the reason where that is impossible).
 */
@ExtendWith(RunningWorkbench.class)
class FullDiskSaveUITest {

	private static final long SLOW = 60_000;

	@TempDir
	Path temp;
	private SmallVolume small;
	private Path volume;

	@BeforeEach
	void mountSmallVolume() throws Exception {
		small = SmallVolume.mount(temp.resolve("small-volume"), "2m");
		volume = small.path();
	}

	@AfterEach
	void unmount() throws Exception {
		if (small != null) {
			small.close();
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	@Test
	void aFullDiskIsReportedTheDocumentStaysDirtyAndSavesOnceThereIsRoom() throws Exception {
		try (FileRepository repository = FileRepository.open(volume.resolve("repo"), "tester", List::of)) {
			String title = "满盘保存测试";
			OfficeDocument document = repository.create(DocumentKind.POLICY, title);
			org.eclipse.ui.IWorkbenchPart activeBefore = UI.sync(() -> page().getActivePart()); // put back at the end
			Path file = repository.root().resolve(document.file());
			byte[] before = Files.readAllBytes(file);
			DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(), document));
			try {
				UI.run(() -> document.commandStack().execute(SetCommand.create(document.editingDomain(), document.root(),
						OfficeBenchPackage.Literals.DOCUMENT__DOCUMENT_NUMBER, "营运〔2026〕1号" + "，附件".repeat(100))));
				Path filler = repository.root().resolve("filler.bin");
				try (OutputStream out = Files.newOutputStream(filler)) {
					byte[] block = new byte[64 * 1024];
					while (true) {
						out.write(block);
					}
				} catch (IOException full) {
					// the volume is full
				}

				UI.async(() -> page().saveEditor(editor, false)); // Ctrl+S; the report is a modal dialog
				Shell report = UI.waitFor("the report of the failed save", SLOW, () -> UI.shell(Messages.Save_failedTitle));
				UI.screenshot("full-disk-save");
				String message = UI.sync(() -> {
					StringBuilder text = new StringBuilder();
					for (Label label : UI.find(report, Label.class, l -> true)) {
						text.append(label.getText()).append('\n');
					}
					return text.toString();
				});
				assertTrue(message.contains("磁盘已满"), "says why: " + message);
				assertTrue(message.contains(title), "names the document: " + message);
				assertTrue(message.contains(file.toString()), "names the file: " + message);
				assertTrue(message.contains("腾出"), "says what to do: " + message);
				Button ok = UI.sync(() -> UI.findOne(report, Button.class, b -> true));
				assertNotNull(ok);
				UI.run(() -> UI.select(ok, null));
				UI.waitFor("the report to close", SLOW, () -> UI.shell(Messages.Save_failedTitle) == null);

				assertTrue(UI.sync(editor::isDirty), "nothing was lost: the editor still holds the unsaved changes");
				assertArrayEquals(before, Files.readAllBytes(file), "the old file is intact");

				Files.delete(filler);
				UI.run(() -> page().saveEditor(editor, false));
				UI.waitFor("the save once there is room", SLOW, () -> !editor.isDirty());
				assertTrue(Files.readString(file).contains("营运〔2026〕1号"));
			} finally {
				// A failing check must not leave the modal report in the way of the next tests.
				UI.run(() -> {
					Shell report = UI.shell(Messages.Save_failedTitle);
					if (report != null) {
						report.close();
					}
				});
				UI.run(() -> page().closeEditor(editor, false));
				UI.run(() -> {
					if (activeBefore != null && page().getActivePart() != activeBefore) {
						page().activate(activeBefore); // the next tests find the workbench as this one found it
					}
				});
			}
			assertFalse(UI.sync(() -> DocumentEditors.find(page(), document.id()) != null));
		}
	}
}
