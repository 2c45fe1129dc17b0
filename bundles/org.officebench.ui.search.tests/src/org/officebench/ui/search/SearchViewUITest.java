package org.officebench.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.officebench.ui.tests.support.UI;
import org.officebench.search.Facet;
import org.officebench.search.SearchResults;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.archive.catalogue.CataloguePage;

/** The 检索 view on the sample repository, driven through its widgets as a user would. */
@org.junit.jupiter.api.extension.ExtendWith(RunningWorkbench.class)
class SearchViewUITest {

	/** From the first seed text (filed in the samples as 营运部上半年工作总结), typed in traditional characters. */
	private static final String TRADITIONAL_PHRASE = "門店分級管理以及會員管理草案";
	private static final String SEED_TITLE = "营运部上半年工作总结";


	private static <T> T waitFor(String what, Callable<T> probe) {
		return UI.waitFor(what, 120_000, probe);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Types a query and presses Enter; waits until the view shows the results of exactly that query. */
	private static SearchResults type(SearchView view, String query) throws InterruptedException {
		UI.sync(() -> {
			view.queryBox().setText(query);
			view.queryBox().notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
		return waitFor("results of " + query.substring(0, Math.min(20, query.length())), () -> {
			SearchResults shown = view.results();
			return shown != null && shown.problem() != SearchResults.Problem.INDEX_MISSING && query.equals(shownQuery(view)) && counted(shown)
					? shown
					: null;
		});
	}

	/** The hits come first; the facets and the exact count follow them. */
	private static boolean counted(SearchResults shown) {
		return shown.hasProblem() || shown.hits().isEmpty() || !shown.facets().isEmpty();
	}

	private static String shownQuery(SearchView view) {
		try {
			java.lang.reflect.Field field = SearchView.class.getDeclaredField("shownQuery");
			field.setAccessible(true);
			return (String) field.get(view);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> column(Table table, int column) {
		List<String> cells = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			cells.add(item.getText(column));
		}
		return cells;
	}

	private static String message(SearchView view) {
		return UI.sync(() -> ((Link) find(view, "message")).getText());
	}

	private static Object find(SearchView view, String name) {
		return find(view.queryBox().getShell(), name);
	}

	private static Object find(org.eclipse.swt.widgets.Control control, String name) {
		if (name.equals(control.getData("name"))) {
			return control;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				Object found = find(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static SearchView openThroughMenu() throws InterruptedException {
		UI.chooseMenu("视图", "检索"); // contributed by this bundle's plugin.xml into the shell's 视图 menu
		SearchView view = waitFor("the view", () -> (SearchView) page().findView(SearchView.ID));
		waitFor("the index", () -> view.indexStatusText().matches("索引：\\d+ 项.*") ? true : null);
		return view;
	}

	@Test
	void aTraditionalPhraseFindsItsFileFirstFacetsNarrowThePreviewMarksAndDoubleClickOpensTheCatalogue() throws Exception {
		SearchView view = openThroughMenu();

		SearchResults found = type(view, TRADITIONAL_PHRASE);
		assertFalse(found.hits().isEmpty(), message(view));
		Table results = view.resultsTable();
		List<String> titles = UI.sync(() -> column(results, 1));
		assertEquals(SEED_TITLE, titles.get(0), titles.toString());
		String code = UI.sync(() -> results.getItem(0).getText(0));
		assertTrue(code.matches(".+-.+"), "an archival code: " + code);
		assertEquals(found.hits().get(0).archivalCode(), code);
		assertTrue(message(view).startsWith("找到 "), message(view));

		// The first result is selected: its whole text is shown, the phrase marked where it stands, in view.
		StyledText preview = view.previewText();
		StyleRange[] marks = waitFor("the preview", () -> preview.getText().isEmpty() ? null : preview.getStyleRanges());
		assertTrue(marks.length > 0, "matches marked");
		String marked = UI.sync(() -> preview.getText(marks[0].start, marks[0].start + marks[0].length - 1));
		assertTrue("门店分级管理以及会员管理草案".contains(marked), "a part of the phrase is marked: " + marked);
		assertEquals(SWT.BOLD, marks[0].fontStyle);
		assertTrue(UI.sync(() -> {
			int line = preview.getLineAtOffset(marks[0].start);
			return line >= preview.getTopIndex() && line <= preview.getTopIndex() + 40;
		}), "scrolled to the first match");

		// A broader query, then a facet value ticked: fewer results, each with that value; unticked: all again.
		SearchResults broad = type(view, "工作总结");
		assertTrue(broad.hits().size() >= 2, broad.hits().toString());
		Tree facets = (Tree) UI.sync(() -> find(view, "facets"));
		TreeItem narrowing = UI.sync(() -> {
			for (TreeItem head : facets.getItems()) {
				for (TreeItem value : head.getItems()) {
					if (value.getData() instanceof Facet.Count count && count.count() < broad.totalHits()) {
						return value;
					}
				}
			}
			return null;
		});
		assertNotNull(narrowing, "a facet value held by only some results");
		Facet facet = UI.sync(() -> (Facet) narrowing.getParentItem().getData());
		Facet.Count count = UI.sync(() -> (Facet.Count) narrowing.getData());
		assertTrue(UI.sync(() -> narrowing.getText()).endsWith("（" + count.count() + "）"), UI.sync(() -> narrowing.getText()));
		click(narrowing, true);
		SearchResults narrowed = waitFor("narrowed results",
				() -> view.results() != broad && view.results() != null && counted(view.results()) ? view.results() : null);
		assertEquals(count.count(), narrowed.totalHits());
		assertTrue(narrowed.totalHits() < broad.totalHits());
		assertEquals(narrowed.hits().size(), UI.sync(() -> results.getItemCount()));
		TreeItem ticked = UI.sync(() -> {
			for (TreeItem head : facets.getItems()) {
				if (head.getData() == facet) {
					for (TreeItem value : head.getItems()) {
						if (value.getChecked()) {
							return value;
						}
					}
				}
			}
			return null;
		});
		assertNotNull(ticked, "the value stays ticked");
		click(ticked, false);
		SearchResults widened = waitFor("all results again",
				() -> view.results() != narrowed && counted(view.results()) ? view.results() : null);
		assertEquals(broad.totalHits(), widened.totalHits());

		// Double-click on the first result: its catalogue opens on the catalogue table.
		SearchResults again = type(view, TRADITIONAL_PHRASE);
		String documentId = again.hits().get(0).documentId();
		UI.sync(() -> {
			results.setSelection(0);
			results.notifyListeners(SWT.Selection, new Event());
			results.notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
		IEditorPart editor = waitFor("the catalogue", () -> org.officebench.ui.DocumentEditors.find(page(), documentId));
		waitFor("the catalogue page", () -> editor instanceof FormEditor form && form.getActivePageInstance() instanceof CataloguePage);
	}

	private static void click(TreeItem item, boolean checked) {
		UI.sync(() -> {
			item.setChecked(checked);
			Event event = new Event();
			event.item = item;
			event.detail = SWT.CHECK;
			item.getParent().notifyListeners(SWT.Selection, event);
			return null;
		});
	}

	@Test
	void badQueriesGetTheMessageOfTheSearchNeverATrace() throws Exception {
		SearchView view = openThroughMenu();
		type(view, "   ");
		assertEquals(SearchResults.Problem.EMPTY_QUERY, view.results().problem());
		assertTrue(message(view).contains("输入"), message(view));
		type(view, "，。！？……");
		assertEquals(SearchResults.Problem.NO_WORDS, view.results().problem());
		assertFalse(message(view).isBlank());
		type(view, "\"门店分级");
		assertTrue(message(view).contains("引号"), message(view));
		SearchResults longOne = type(view, "门店".repeat(5000));
		assertFalse(longOne.hasProblem());
		assertFalse(longOne.notices().isEmpty());
		for (String text : List.of(message(view))) {
			assertFalse(text.contains("Exception") || text.contains("at org."), text);
		}
	}

	@Test
	void ctrlHShowsTheViewWithTheCursorInItsBox() throws Exception {
		String key = UI.sync(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor(FocusSearchHandler.COMMAND_ID));
		assertEquals("Ctrl+H", key);
		UI.sync(() -> {
			IWorkbenchPage page = page();
			SearchView open = (SearchView) page.findView(SearchView.ID);
			if (open != null) {
				page.hideView(open);
			}
			return null;
		});
		UI.sync(() -> PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(FocusSearchHandler.COMMAND_ID, null));
		SearchView view = waitFor("the view", () -> (SearchView) page().findView(SearchView.ID));
		assertEquals(view, UI.sync(() -> page().getActivePart()));
	}

	@Test
	void aSavedChangeIsFoundWithoutRebuildingTheIndex() throws Exception {
		SearchView view = openThroughMenu();
		org.officebench.core.Repository repository = org.officebench.ui.OfficeBenchUI.repository();
		String catalogueId = null;
		for (org.officebench.core.DocumentSummary summary : repository.documents()) {
			if (summary.kind() == org.officebench.core.DocumentKind.ARCHIVE && "营运部文书档案".equals(summary.title())) {
				catalogueId = summary.id();
			}
		}
		assertNotNull(catalogueId, "the sample archive");
		org.officebench.core.OfficeDocument document = repository.open(catalogueId);
		org.officebench.model.ArchiveItem item = ((org.officebench.model.ArchiveCatalogue) document.root()).getItems().get(0);
		String before = item.getTitle();
		String renamed = "巡店宝季度复盘报告";
		setTitle(document, item, renamed);
		try {
			long end = System.currentTimeMillis() + 60_000;
			SearchResults found = type(view, "巡店宝季度复盘");
			// The update runs in the background after the save: search again (the same words) until it is in.
			for (int i = 0; found.hits().isEmpty() && System.currentTimeMillis() < end; i++) {
				Thread.sleep(300);
				found = type(view, i % 2 == 0 ? "巡店宝季度复盘 " : "巡店宝季度复盘");
			}
			assertFalse(found.hits().isEmpty(), "the saved title is found: " + message(view));
			assertEquals(renamed, found.hits().get(0).title());
			assertEquals(item.getArchivalCode(), found.hits().get(0).archivalCode());
		} finally {
			setTitle(document, item, before);
		}
	}

	private static void setTitle(org.officebench.core.OfficeDocument document, org.officebench.model.ArchiveItem item, String title) {
		UI.sync(() -> {
			document.editingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(document.editingDomain(), item,
					org.officebench.model.OfficeBenchPackage.Literals.ARCHIVE_ITEM__TITLE, title));
			document.save();
			return null;
		});
	}

	@Test
	void theFilesWithoutTextAreListedWithTheirCodeAndWhy() {
		List<org.officebench.search.FileProblem> problems = List.of(new org.officebench.search.FileProblem("doc", "item", "Z109-WS·2024-Y-BGS-0003",
				"租赁合同", "租赁合同.docx", new org.officebench.search.extract.Extraction.Failure(
						org.officebench.search.extract.Extraction.Kind.ENCRYPTED, null)));
		List<List<String>> rows = UI.sync(() -> {
			ProblemsDialog dialog = new ProblemsDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), problems);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				Table table = (Table) find(dialog.getShell(), "problems");
				assertEquals("无法提取文字的文件", dialog.getShell().getText());
				List<List<String>> cells = new ArrayList<>();
				for (TableItem item : table.getItems()) {
					cells.add(List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3)));
				}
				return cells;
			} finally {
				dialog.close();
			}
		});
		assertEquals(1, rows.size());
		assertEquals(List.of("Z109-WS·2024-Y-BGS-0003", "租赁合同", "租赁合同.docx"), rows.get(0).subList(0, 3));
		assertEquals(problems.get(0).describe(), rows.get(0).get(3));
		assertFalse(rows.get(0).get(3).isBlank());
	}
}
