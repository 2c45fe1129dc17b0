package org.officebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Repository;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.editors.ModelFields;
import org.officebench.ui.internal.app.RepositoryStatus;
import org.officebench.ui.internal.navigator.RepositoryNavigator;
import org.officebench.ui.wizards.NewDocumentWizard;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;

/**
 * The workbench as a user meets it: started by our application on the test repository, a document created through
 * the New wizard, edited, undone, redone, saved, closed and opened again from the navigator.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1) // first of the classes (junit-platform.properties): it checks the workbench as it starts
@org.junit.jupiter.api.extension.ExtendWith(RunningWorkbench.class)
class WorkbenchShellUITest {

	private static final String NEW_WIZARD_COMMAND = "org.eclipse.ui.newWizard";

	private static IWorkbenchWindow window() {
		return UI.sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
	}

	private static IWorkbenchPage page() {
		return UI.sync(() -> window().getActivePage());
	}

	private static void execute(String commandId) {
		UI.run(() -> {
			try {
				window().getService(IHandlerService.class).executeCommand(commandId, null);
			} catch (Exception e) {
				throw new IllegalStateException(commandId, e);
			}
		});
	}

	/** The tab of an editor, as the user sees it (with its '*' when dirty). */
	private static String tabText(IEditorPart editor) {
		return UI.sync(() -> {
			Shell shell = window().getShell();
			for (CTabFolder folder : UI.find(shell, CTabFolder.class, f -> true)) {
				for (CTabItem item : folder.getItems()) {
					if (item.getText().replace("*", "").equals(editor.getTitle())) {
						return item.getText();
					}
				}
			}
			return null;
		});
	}

	@Test
	@Order(1)
	void windowShowsRepositoryAndStatus() {
		Repository repository = OfficeBenchUI.repository();
		String title = UI.sync(() -> window().getShell().getText());
		assertEquals("营运工作台 \u2014 " + repository.root(), title);
		DocumentCatalog.Snapshot snapshot = UI.waitFor("the first reading of the repository",
				() -> OfficeBenchUI.catalog().snapshot());
		assertFalse(snapshot.documents().isEmpty(), "a new repository gets sample documents");
		String count = UI.waitFor("the document count in the status line", () -> {
			var item = ((WorkbenchWindow) window()).getActionBars().getStatusLineManager()
					.find("org.officebench.ui.status.documents");
			String text = item instanceof RepositoryStatus.Item status ? status.getText() : null;
			return text != null && text.contains("份文档") ? text : null;
		});
		assertTrue(count.startsWith(OfficeBenchUI.catalog().snapshot().documents().size() + " 份文档"), count);
		// The navigator lists the kinds with their Chinese names.
		RepositoryNavigator navigator = UI.sync(() -> (RepositoryNavigator) page().findView(OfficeBenchUI.NAVIGATOR_VIEW_ID));
		assertNotNull(navigator);
		String roots = UI.waitFor("the navigator's groups", () -> {
			Tree tree = navigator.viewer().getTree();
			StringBuilder text = new StringBuilder();
			for (TreeItem item : tree.getItems()) {
				text.append(item.getText()).append('|');
			}
			return text.toString().contains("制度 (") ? text.toString() : null;
		});
		for (DocumentKind kind : DocumentKind.values()) {
			assertTrue(roots.contains(kind.label() + " ("), roots);
		}
		assertNotNull(UI.sync(() -> page().findEditor(org.officebench.ui.internal.app.StartPage.INPUT)),
				"the editor area starts with the 开始 page");
		assertTrue(UI.sync(() -> page().getActivePart() == navigator), "the navigator has the focus");
		UI.waitFor("the first document to be selected", () -> !navigator.viewer().getSelection().isEmpty());
		UI.screenshot("workbench-start");
	}

	@Test
	@Order(2)
	void standardKeysAreBound() {
		Map<String, String> expected = Map.of("org.eclipse.ui.file.save", "M1+S", "org.eclipse.ui.file.saveAll",
				"M1+M2+S", "org.eclipse.ui.edit.undo", "M1+Z", "org.eclipse.ui.edit.redo", "M1+Y",
				"org.eclipse.ui.file.close", "M1+W", "org.eclipse.ui.edit.delete", "DEL");
		UI.run(() -> {
			IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
			for (Map.Entry<String, String> entry : expected.entrySet()) {
				TriggerSequence[] active = bindings.getActiveBindingsFor(entry.getKey());
				KeySequence wanted;
				try {
					wanted = KeySequence.getInstance(entry.getValue());
				} catch (org.eclipse.jface.bindings.keys.ParseException e) {
					throw new IllegalStateException(e);
				}
				assertTrue(Arrays.asList(active).contains(wanted),
						entry.getKey() + " should be bound to " + entry.getValue() + " but has " + Arrays.toString(active));
			}
		});
	}

	@Test
	@Order(3)
	void newWizardsAreRegistered() {
		UI.run(() -> {
			for (DocumentKind kind : DocumentKind.values()) {
				IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
						.findWizard("org.officebench.ui.wizards.new." + kind.key());
				assertNotNull(descriptor, kind.key());
				assertEquals(kind.label(), descriptor.getLabel());
				try {
					NewDocumentWizard wizard = (NewDocumentWizard) descriptor.createWizard();
					assertEquals("新建" + kind.label(), wizard.getWindowTitle());
				} catch (org.eclipse.core.runtime.CoreException e) {
					throw new IllegalStateException(e);
				}
			}
		});
	}

	@Test
	@Order(10)
	void createEditUndoRedoSaveAndReopen() throws Exception {
		String title = "安全生产责任制度 " + System.nanoTime();
		String edited = title + "（修订）";

		// 新建 through Ctrl+N's command, as the File menu and the tool bar do, then like a user in the wizard.
		UI.async(() -> {
			try {
				ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
				Command command = commands.getCommand(NEW_WIZARD_COMMAND);
				ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(command,
						Map.of("newWizardId", "org.officebench.ui.wizards.new.policy"));
				window().getService(IHandlerService.class).executeCommand(parameterized, null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Shell wizard = UI.waitFor("the 新建制度 wizard", () -> UI.shell("新建制度"));
		Text titleText = UI.sync(() -> UI.findOne(wizard, Text.class, t -> "title".equals(t.getData(ModelFields.FEATURE_KEY))));
		Button finish = UI.sync(() -> UI.findOne(wizard, Button.class, b -> b.getText().startsWith("完成")));
		assertNotNull(titleText, "the wizard has a title field");
		assertNotNull(finish, "the wizard has a 完成 button");
		assertFalse(UI.sync(finish::isEnabled), "Finish is disabled while the title is empty");
		assertTrue(UI.sync(() -> UI.find(wizard, org.eclipse.swt.widgets.Control.class, c -> true).stream()
				.anyMatch(c -> c instanceof org.eclipse.swt.widgets.Label l && l.getText().contains("请填写题名")
						|| c instanceof Text t && t.getText().contains("请填写题名"))),
				"the wizard says that the title is required");
		UI.run(() -> {
			titleText.setText("x");
			titleText.setText("");
		});
		assertFalse(UI.sync(finish::isEnabled));
		UI.run(() -> titleText.setText(title));
		assertTrue(UI.sync(finish::isEnabled), "Finish is enabled once there is a title");
		UI.screenshot("new-wizard");
		UI.run(() -> UI.select(finish, null));
		UI.waitFor("the wizard to close", () -> wizard.isDisposed());

		// The editor opened on the new document.
		DocumentFormEditor editor = UI.waitFor("the editor of the new document",
				() -> page().getActiveEditor() instanceof DocumentFormEditor e && title.equals(e.getTitle()) ? e : null);
		String id = editor.document().id();
		assertEquals(DocumentKind.POLICY, editor.document().kind());
		assertTrue(Files.exists(OfficeBenchUI.repository().root().resolve(editor.document().file())), "created on disk");
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		assertEquals(title, UI.sync(field::getText));
		assertFalse(UI.sync(editor::isDirty));
		assertEquals(title, tabText(editor));

		// Type into the title field, in two goes, then Enter: one command, one Undo.
		UI.run(() -> {
			field.setFocus();
			field.setSelection(field.getText().length());
			field.insert("（修订");
			field.insert("）");
		});
		assertTrue(UI.sync(editor::isDirty), "dirty as soon as the text differs");
		UI.run(() -> field.notifyListeners(SWT.DefaultSelection, new Event()));
		assertEquals(edited, UI.sync(() -> editor.document().root().getTitle()), "Enter commits the field to the model");
		assertTrue(UI.sync(editor::isDirty));
		UI.waitFor("the dirty marker", () -> ("*" + edited).equals(tabText(editor)));
		IAction undoHandler = UI.sync(() -> editor.getEditorSite().getActionBars()
				.getGlobalActionHandler(ActionFactory.UNDO.getId()));
		assertTrue(UI.sync(undoHandler::getText).contains("修改题名"), UI.sync(undoHandler::getText));

		// Undo through the workbench's Undo command (what Ctrl+Z and 编辑 › 撤销 run).
		execute("org.eclipse.ui.edit.undo");
		assertEquals(title, UI.sync(field::getText), "Undo puts the old title back into the field");
		assertEquals(title, UI.sync(() -> editor.document().root().getTitle()));
		assertFalse(UI.sync(editor::isDirty));
		UI.waitFor("the dirty marker to go", () -> title.equals(tabText(editor)));

		// Redo through its command.
		execute("org.eclipse.ui.edit.redo");
		assertEquals(edited, UI.sync(field::getText), "Redo brings the edit back");
		assertTrue(UI.sync(editor::isDirty));

		// Save through the command Ctrl+S runs.
		execute("org.eclipse.ui.file.save");
		assertFalse(UI.sync(editor::isDirty), "saved");
		UI.waitFor("the dirty marker to go after saving", () -> edited.equals(tabText(editor)));
		Path file = OfficeBenchUI.repository().root().resolve(UI.sync(() -> editor.document().file()));
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains(edited), "the new title is in the file");

		// Close it, then open it again from the navigator with a double click.
		execute("org.eclipse.ui.file.close");
		UI.waitFor("the editor to close", () -> DocumentEditors.find(page(), id) == null);
		RepositoryNavigator navigator = UI.sync(() -> (RepositoryNavigator) page().showView(OfficeBenchUI.NAVIGATOR_VIEW_ID));
		TreeItem item = UI.waitFor("the document in the navigator under its new title", () -> {
			Tree tree = navigator.viewer().getTree();
			navigator.viewer().expandAll();
			for (TreeItem group : tree.getItems()) {
				for (TreeItem child : group.getItems()) {
					if (child.getData() instanceof DocumentSummary summary && summary.id().equals(id)
							&& child.getText().equals(edited)) {
						return child;
					}
				}
			}
			return null;
		});
		UI.run(() -> {
			Tree tree = navigator.viewer().getTree();
			tree.setSelection(item);
			UI.select(tree, item);
			UI.defaultSelect(tree, item);
		});
		DocumentFormEditor reopened = UI.waitFor("the editor to open again",
				() -> DocumentEditors.find(page(), id) instanceof DocumentFormEditor e ? e : null);
		assertEquals(edited, UI.sync(() -> reopened.overviewPage().titleField().getText()), "the title read back from disk");
		assertFalse(UI.sync(reopened::isDirty));
		UI.screenshot("workbench-editor");
	}

	@Test
	@Order(20)
	void keyboardUndoAndSave() {
		String title = "键盘测试 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> {
			var document = OfficeBenchUI.repository().create(DocumentKind.MINUTES, title);
			return (DocumentFormEditor) DocumentEditors.show(page(), document);
		});
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		UI.run(() -> {
			window().getShell().forceActive();
			field.setFocus();
			field.setSelection(field.getText().length());
			field.insert("X");
		});
		assertTrue(UI.sync(editor::isDirty));
		UI.pointAt(field);
		UI.run(() -> field.setFocus());
		UI.key(org.eclipse.swt.SWT.MOD1, 'z');
		UI.waitFor("Ctrl+Z to undo", () -> title.equals(field.getText()));
		UI.key(org.eclipse.swt.SWT.MOD1, 'y');
		UI.waitFor("Ctrl+Y to redo", () -> (title + "X").equals(field.getText()));
		UI.key(org.eclipse.swt.SWT.MOD1, 's');
		UI.waitFor("Ctrl+S to save", () -> !editor.isDirty());
		UI.run(() -> page().closeEditor(editor, false));
	}

	@Test
	@Order(25)
	void revertReadsTheSavedDocumentAgain() {
		String title = "还原测试 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> {
			var document = OfficeBenchUI.repository().create(DocumentKind.POLICY, title);
			return (DocumentFormEditor) DocumentEditors.show(page(), document);
		});
		var before = UI.sync(() -> editor.document().root());
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		UI.run(() -> field.setText("改过的题名"));
		assertTrue(UI.sync(editor::isDirty));
		UI.async(() -> execute("org.eclipse.ui.file.revert"));
		Shell ask = UI.waitFor("the revert question", () -> UI.shell("还原"));
		Button revert = UI.sync(() -> UI.findOne(ask, Button.class, b -> b.getText().equals("还原")));
		UI.run(() -> UI.select(revert, null));
		UI.waitFor("the saved title back in the field", () -> title.equals(field.getText()));
		assertFalse(UI.sync(editor::isDirty));
		assertTrue(UI.sync(() -> editor.document().root() != before), "the document was read again");
		// The fields now edit the document read again.
		UI.run(() -> field.setText(title + "!"));
		UI.waitFor("the pause to commit the field", () -> (title + "!").equals(editor.document().root().getTitle()));
		execute("org.eclipse.ui.edit.undo");
		assertEquals(title, UI.sync(field::getText));
		UI.run(() -> page().closeEditor(editor, false));
	}

	@Test
	@Order(27)
	void deleteFromTheNavigatorAsksAndMovesToTrash() throws Exception {
		String title = "删除测试 " + System.nanoTime();
		var document = UI.sync(() -> OfficeBenchUI.repository().create(DocumentKind.MINUTES, title));
		Path file = OfficeBenchUI.repository().root().resolve(document.file());
		RepositoryNavigator navigator = UI.sync(() -> (RepositoryNavigator) page().showView(OfficeBenchUI.NAVIGATOR_VIEW_ID));
		UI.waitFor("the new document in the navigator", () -> {
			navigator.viewer().refresh();
			var summary = OfficeBenchUI.catalog().snapshot().find(document.id());
			if (summary == null) {
				return null;
			}
			navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(summary), true);
			return !navigator.viewer().getSelection().isEmpty();
		});
		UI.async(() -> execute("org.eclipse.ui.edit.delete")); // what the Delete key and 编辑 › 删除 run
		Shell ask = UI.waitFor("the delete question", () -> UI.shell("删除文档"));
		String question = UI.sync(() -> UI.find(ask, org.eclipse.swt.widgets.Label.class, l -> true).stream()
				.map(org.eclipse.swt.widgets.Label::getText).reduce("", String::concat));
		assertTrue(question.contains(title), question);
		Button delete = UI.sync(() -> UI.findOne(ask, Button.class, b -> b.getText().equals("删除")));
		UI.run(() -> UI.select(delete, null));
		UI.waitFor("the file to go", () -> !Files.exists(file));
		UI.waitFor("the document to leave the navigator", () -> OfficeBenchUI.catalog().snapshot().find(document.id()) == null
				&& Arrays.stream(navigator.viewer().getTree().getItems()).flatMap(g -> Arrays.stream(g.getItems()))
						.noneMatch(i -> i.getText().startsWith(title)));
		try (var trash = Files.list(OfficeBenchUI.repository().root().resolve("trash"))) {
			assertTrue(trash.anyMatch(p -> p.getFileName().toString().contains(document.id())), "kept in trash/");
		}
	}

	@Test
	@Order(30)
	void unreadableDocumentOpensNoEditorAndIsLeftAlone() throws Exception {
		Path root = OfficeBenchUI.repository().root();
		// Well-formed, so it is listed, but written by a newer OfficeBench: opening it fails.
		String id = "newer-" + System.nanoTime();
		Path broken = root.resolve("documents/policies/" + id + ".xmi");
		String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<ob:PolicyDocument xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:ob=\"http://officebench.org/model/1.0\" id=\"" + id + "\" title=\"损坏的制度\" "
				+ "modelVersion=\"99\">\n  <chapters title=\"第一章\"/>\n</ob:PolicyDocument>\n";
		Files.writeString(broken, content, StandardCharsets.UTF_8);
		// Not XML at all: listed among the files that cannot be read.
		Path garbage = root.resolve("documents/minutes/garbage-" + System.nanoTime() + ".xmi");
		Files.writeString(garbage, "这不是 XML", StandardCharsets.UTF_8);
		try {
			UI.run(() -> OfficeBenchUI.catalog().refresh());
			DocumentCatalog.Snapshot snapshot = UI.waitFor("the broken files to be read",
					() -> OfficeBenchUI.catalog().snapshot() != null
							&& OfficeBenchUI.catalog().snapshot().problems().stream()
									.anyMatch(p -> garbage.endsWith(Path.of(p.file())))
							&& OfficeBenchUI.catalog().snapshot().find(id) != null ? OfficeBenchUI.catalog().snapshot()
									: null);
			assertNotNull(snapshot.find(id));
			RepositoryNavigator navigator = UI
					.sync(() -> (RepositoryNavigator) page().findView(OfficeBenchUI.NAVIGATOR_VIEW_ID));
			UI.waitFor("the group of unreadable files", () -> Arrays.stream(navigator.viewer().getTree().getItems())
					.anyMatch(i -> i.getText().startsWith("无法读取的文件")));

			UI.run(() -> DocumentEditors.open(page(), id, "损坏的制度"));
			Shell error = UI.waitFor("the error dialog", () -> UI.shell("无法打开文档"));
			String message = UI.sync(() -> UI.find(error, org.eclipse.swt.widgets.Label.class, l -> true).stream()
					.map(org.eclipse.swt.widgets.Label::getText).reduce("", String::concat));
			assertTrue(message.contains(id + ".xmi"), message);
			Button ok = UI.sync(() -> UI.findOne(error, Button.class, b -> b.getText().equals("确定")));
			UI.run(() -> UI.select(ok, null));
			UI.waitFor("the dialog to close", () -> error.isDisposed());
			assertNull(UI.sync(() -> DocumentEditors.find(page(), id)), "no editor for a document that cannot be read");
			assertEquals(content, Files.readString(broken, StandardCharsets.UTF_8), "the file is left as it was");
		} finally {
			Files.deleteIfExists(broken);
			Files.deleteIfExists(garbage);
			UI.run(() -> OfficeBenchUI.catalog().refresh());
		}
	}

	@Test
	@Order(40)
	void closingWithUnsavedChangesAsks() {
		String title = "未保存 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> {
			var document = OfficeBenchUI.repository().create(DocumentKind.ARCHIVE, title);
			return (DocumentFormEditor) DocumentEditors.show(page(), document);
		});
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		UI.run(() -> field.setText(title + "!"));
		assertTrue(UI.sync(editor::isDirty));

		// Closing the editor asks; 取消 keeps it open.
		UI.async(() -> page().closeEditor(editor, true));
		Shell ask = UI.waitFor("the save question", () -> UI.shell("保存修改"));
		Button cancel = UI.sync(() -> UI.findOne(ask, Button.class, b -> b.getText().equals("取消")));
		UI.run(() -> UI.select(cancel, null));
		UI.waitFor("the question to close", () -> ask.isDisposed());
		assertNotNull(UI.sync(() -> DocumentEditors.find(page(), editor.document().id())), "still open after 取消");

		// Closing the workbench asks too; 取消 keeps it running.
		UI.async(() -> PlatformUI.getWorkbench().close());
		Shell askAll = UI.waitFor("the save question on exit", () -> UI.shell("保存修改"));
		String text = UI.sync(() -> UI.find(askAll, org.eclipse.swt.widgets.Label.class, l -> true).stream()
				.map(org.eclipse.swt.widgets.Label::getText).reduce("", String::concat));
		assertTrue(text.contains(title + "!"), text);
		Button stay = UI.sync(() -> UI.findOne(askAll, Button.class, b -> b.getText().equals("取消")));
		UI.run(() -> UI.select(stay, null));
		UI.waitFor("the question to close", () -> askAll.isDisposed());
		assertTrue(UI.sync(() -> !window().getShell().isDisposed() && !PlatformUI.getWorkbench().isClosing()),
				"the workbench keeps running");

		// 不保存 on closing the editor throws the change away.
		UI.async(() -> page().closeEditor(editor, true));
		Shell again = UI.waitFor("the save question", () -> UI.shell("保存修改"));
		Button discard = UI.sync(() -> UI.findOne(again, Button.class, b -> b.getText().equals("不保存")));
		UI.run(() -> UI.select(discard, null));
		UI.waitFor("the editor to close", () -> DocumentEditors.find(page(), editor.document().id()) == null);
		assertEquals(title, UI.waitFor("the catalogue", () -> OfficeBenchUI.catalog().snapshot()
				.find(editor.document().id())).title(), "the file keeps the saved title");
	}
}
