package org.officebench.ui.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.app.StartPage;
import org.officebench.ui.internal.navigator.RepositoryNavigator;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;

/**
 * A document kind plugs in without touching the shell: this test fragment contributes 测试便笺 through
 * org.officebench.ui.documentKinds (fragment.xml), as a kind bundle does, and it shows in the navigator, the 新建 menu
 * and the 开始 page; its New wizard opens. Broken contributions are left out, named in the log, and the others work.
 */
@ExtendWith(RunningWorkbench.class)
class DocumentKindsUITest {

	private static final String NAME = "测试便笺";

	private static IWorkbenchPage page() {
		return UI.sync(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage());
	}

	@Test
	void aContributedKindShowsInTheNavigatorTheNewMenuAndTheStartPage() {
		// 资料库: a group of its own, in its order (after the product's kinds).
		RepositoryNavigator navigator = UI.sync(() -> (RepositoryNavigator) page().findView(OfficeBenchUI.NAVIGATOR_VIEW_ID));
		List<String> groups = UI.waitFor("the navigator's groups with the contributed kind", () -> {
			List<String> texts = new ArrayList<>();
			Tree tree = navigator.viewer().getTree();
			for (TreeItem item : tree.getItems()) {
				texts.add(item.getText());
			}
			return texts.contains(NAME + " (0)") ? texts : null;
		});
		assertTrue(groups.indexOf(NAME + " (0)") > groups.indexOf("档案 (" + count("archive") + ")"), groups.toString());
		assertTrue(groups.stream().noneMatch(g -> g.startsWith("坏类型")), "broken kinds are left out: " + groups);

		// 文件 › 新建 › 测试便笺… opens the kind's own wizard, initialised as the workbench's New wizards are.
		TestNoteWizard.last = null;
		UI.async(() -> {
			Shell shell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
			var file = UI.menuItem(shell.getMenuBar(), "文件").getMenu();
			file.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			var newMenu = UI.menuItem(file, "新建").getMenu();
			newMenu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			var item = UI.menuItem(newMenu, NAME);
			newMenu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
			file.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
			item.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		Shell wizard = UI.waitFor("the kind's New wizard", () -> UI.shell("新建测试便笺"));
		assertNotNull(TestNoteWizard.last);
		assertTrue(TestNoteWizard.last.initialised);
		UI.run(wizard::close);

		// 开始: the kind with its count and a 新建 link.
		StartPage start = UI.sync(() -> (StartPage) page().findEditor(StartPage.INPUT));
		assertNotNull(start, "the 开始 page is open");
		UI.run(() -> page().activate(start));
		UI.waitFor("the kind on the 开始 page", () -> {
			Shell shell = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
			boolean label = !UI.find(shell, Label.class, l -> NAME.equals(l.getText())).isEmpty();
			boolean link = !UI.find(shell, ImageHyperlink.class, l -> ("新建" + NAME + "\u2026").equals(l.getText())).isEmpty();
			return label && link ? true : null;
		});
	}

	@Test
	void brokenContributionsAreLeftOutAndNamedWhileTheOtherKindsWork() throws Exception {
		List<String> keys = DocumentKinds.all().stream().map(DocumentKindDescriptor::key).toList();
		assertTrue(keys.containsAll(List.of("policy", "flowchart", "minutes", "archive", "testnote", "brokenpreview")), keys.toString());
		assertFalse(keys.contains("brokennoeditor"), "a kind whose editor is not registered is left out");
		assertEquals(keys.stream().sorted((a, b) -> Integer.compare(DocumentKinds.forKey(a).order(), DocumentKinds.forKey(b).order()))
				.toList(), keys, "in their order");

		List<String> problems = DocumentKinds.problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("brokenKindNoEditor") && p.contains("no.such.editor")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("brokenKindNoKey") && p.contains("'key'")), problems.toString());
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		assertTrue(logged.contains("brokenKindNoEditor"), "the error log names the contribution");

		// A kind whose preview class is missing still lists, and opening a document of another kind works.
		assertNull(DocumentKinds.forKey("brokenpreview").preview());
		String policyId = UI.waitFor("a policy in the repository", () -> OfficeBenchUI.catalog().snapshot() == null ? null
				: OfficeBenchUI.catalog().snapshot().documents().stream().filter(d -> d.kind().key().equals("policy"))
						.map(d -> d.id()).findFirst().orElse(null));
		UI.run(() -> org.officebench.ui.DocumentEditors.open(page(), policyId, "policy"));
		IEditorPart editor = UI.waitFor("the policy's editor", () -> org.officebench.ui.DocumentEditors.find(page(), policyId));
		assertEquals("org.officebench.ui.editors.policy", UI.sync(() -> editor.getSite().getId()));
		UI.run(() -> page().closeEditor(editor, false));
	}

	private static long count(String key) {
		return OfficeBenchUI.catalog().snapshot().documents().stream().filter(d -> d.kind().key().equals(key)).count();
	}
}
