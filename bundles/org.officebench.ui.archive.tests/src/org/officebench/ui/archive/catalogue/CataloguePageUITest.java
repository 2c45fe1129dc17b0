package org.officebench.ui.archive.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.FolderWalk;
import org.officebench.ui.tests.support.UI;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.ItemNumbering;
import org.officebench.core.archive.table.CatalogueColumn;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.editors.DocumentFormEditor;

/** The 归档文件目录 page on the sample catalogue: rows, sort, filter, in-place edit and undo, filing from the page. */
@ExtendWith(RunningWorkbench.class)
class CataloguePageUITest {


	private static <T> T waitFor(String what, Callable<T> probe) {
		return UI.waitFor(what, 30_000, probe);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	private record Opened(DocumentFormEditor editor, CataloguePage page, OfficeDocument document) {
		ArchiveCatalogue catalogue() {
			return (ArchiveCatalogue) document.root();
		}
	}

	/** The title of the sample catalogue; other tests add empty catalogues to the same repository. */
	private static final String SAMPLE_TITLE = "营运部文书档案";

	/** Opens the sample catalogue (init --samples makes one) on its 归档文件目录 page. */
	private static Opened openSampleCatalogue() throws Exception {
		Opened opened = UI.sync(() -> {
			DocumentSummary summary = OfficeBenchUI.repository().documents().stream()
					.filter(s -> s.kind() == DocumentKind.ARCHIVE && SAMPLE_TITLE.equals(s.title())).findFirst().orElseThrow(() -> new AssertionError("no sample catalogue"));
			OfficeDocument document = OfficeBenchUI.repository().open(summary.id());
			DocumentFormEditor editor = (DocumentFormEditor) DocumentEditors.show(page(), document);
			editor.setActivePage(CataloguePage.ID);
			return new Opened(editor, (CataloguePage) editor.findPage(CataloguePage.ID), editor.document());
		});
		assertNotNull(opened.page(), "the archive editor has a 归档文件目录 page");
		waitFor("the table", () -> opened.page().natTable() != null && opened.page().natTable().isVisible());
		return opened;
	}

	/** The texts of a column as the table shows them, top to bottom (rows within the viewport). */
	private static List<String> column(NatTable table, CatalogueColumn column, int rows) {
		List<String> texts = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			// Column position 0 is the 序号 row header; rows 0 and 1 are the headers and the filter row.
			texts.add(String.valueOf(table.getDataValueByPosition(column.ordinal() + 1, row + 2)));
		}
		return texts;
	}

	@Test
	void showsSortsFiltersAndEditsTheSampleCatalogue() throws Exception {
		Opened opened = openSampleCatalogue();
		CataloguePage catalogue = opened.page();
		NatTable table = UI.sync(catalogue::natTable);
		int count = UI.sync(() -> opened.catalogue().getItems().size());
		assertTrue(count >= 3, "the sample catalogue has items: " + count);
		List<String> titles = UI.sync(() -> opened.catalogue().getItems().stream().map(ArchiveItem::getTitle).toList());
		assertEquals(titles, UI.sync(() -> column(table, CatalogueColumn.TITLE, count)), "the table shows the items in catalogue order");
		assertEquals(count + 2, UI.sync(table::getRowCount), "column header, filter row and one row per item");
		assertTrue(UI.sync(catalogue::statusText).contains(String.valueOf(count)), UI.sync(catalogue::statusText));

		// A click on the 题名 header sorts ascending, a second click descending: the order reverses.
		UI.sync(() -> {
			catalogue.clickSort(CatalogueColumn.TITLE);
			return null;
		});
		List<String> ascending = waitFor("ascending order", () -> {
			List<String> shown = column(table, CatalogueColumn.TITLE, count);
			return shown.equals(titles.stream().sorted().toList()) ? shown : null;
		});
		UI.sync(() -> {
			catalogue.clickSort(CatalogueColumn.TITLE);
			return null;
		});
		List<String> descending = new ArrayList<>(ascending);
		java.util.Collections.reverse(descending);
		waitFor("descending order", () -> column(table, CatalogueColumn.TITLE, count).equals(descending));
		assertNotEquals(ascending, descending);

		// Typing into the filter row narrows the rows.
		String word = titles.get(0).substring(0, Math.min(2, titles.get(0).length()));
		long matching = titles.stream().filter(t -> t.contains(word)).count();
		assertTrue(matching < count, "the word " + word + " must not be in every title for this test");
		UI.sync(() -> {
			catalogue.typeFilter(CatalogueColumn.TITLE, word);
			return null;
		});
		waitFor("the filtered rows", () -> catalogue.rows().size() == matching && table.getRowCount() == matching + 2);
		assertTrue(column(table, CatalogueColumn.TITLE, (int) matching).stream().allMatch(t -> t.contains(word)));
		waitFor("the status line", () -> catalogue.statusText().contains("显示 " + matching + " 件"));
		UI.screenshot("catalogue-filtered");
		UI.sync(() -> {
			catalogue.typeFilter(CatalogueColumn.TITLE, "");
			catalogue.clickSort(CatalogueColumn.TITLE); // third click: back to the catalogue order
			return null;
		});
		waitFor("all rows again", () -> catalogue.rows().size() == count);

		// In-place edit of 题名 through the cell editor (F2, type, Enter), then Ctrl+Z's command restores it.
		ArchiveItem first = UI.sync(() -> catalogue.rows().item(0));
		String oldTitle = UI.sync(first::getTitle);
		String newTitle = "改过的题名 " + System.nanoTime();
		Text editor = editWithF2(table, CatalogueColumn.TITLE.ordinal() + 1, 2);
		assertEquals(oldTitle, UI.sync(editor::getText), "the editor starts from the cell's text");
		UI.sync(() -> {
			editor.setText(newTitle);
			Event enter = new Event();
			enter.keyCode = SWT.CR;
			enter.character = SWT.CR;
			editor.notifyListeners(SWT.KeyDown, enter);
			return null;
		});
		waitFor("the new title in the model", () -> newTitle.equals(first.getTitle()));
		assertTrue(UI.sync(opened.editor()::isDirty), "the edit is a command: the editor is dirty");
		waitFor("the new title in the table", () -> catalogue.rows().rowOf(first) >= 0
				&& newTitle.equals(table.getDataValueByPosition(CatalogueColumn.TITLE.ordinal() + 1, catalogue.rows().rowOf(first) + 2)));
		UI.sync(() -> {
			PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class)
					.executeCommand("org.eclipse.ui.edit.undo", null); // what Ctrl+Z runs
			return null;
		});
		assertEquals(oldTitle, UI.sync(first::getTitle), "Undo restored the title");
		waitFor("the old title in the table", () -> oldTitle.equals(
				table.getDataValueByPosition(CatalogueColumn.TITLE.ordinal() + 1, catalogue.rows().rowOf(first) + 2)));
		assertFalse(UI.sync(opened.editor()::isDirty), "back at the saved state");

		// 保管期限 through its combo's value (a label): the model gets the period, the status line warns about the 档号.
		UI.sync(() -> {
			catalogue.editCell(CatalogueColumn.RETENTION, catalogue.rows().rowOf(first),
					org.officebench.core.Labels.retention(org.officebench.model.RetentionPeriod.PERMANENT));
			return null;
		});
		assertEquals(org.officebench.model.RetentionPeriod.PERMANENT, UI.sync(first::getRetention));
		waitFor("the 档号 notice", () -> catalogue.statusText().contains(first.getArchivalCode()));
		UI.sync(() -> {
			opened.document().commandStack().undo();
			return null;
		});
		assertNotEquals(org.officebench.model.RetentionPeriod.PERMANENT, UI.sync(first::getRetention));

		// 档号 is not editable in place: F2 on it opens no editor.
		UI.sync(() -> {
			table.doCommand(new SelectCellCommand(table, CatalogueColumn.ARCHIVAL_CODE.ordinal() + 1, 2, false, false));
			Event f2 = new Event();
			f2.keyCode = SWT.F2;
			table.notifyListeners(SWT.KeyDown, f2);
			return null;
		});
		Thread.sleep(300);
		assertFalse(UI.sync(() -> Arrays.stream(table.getChildren()).anyMatch(c -> c instanceof Text t && t.isVisible())),
				"no cell editor on 档号");
		UI.sync(() -> page().closeEditor(opened.editor(), false));
	}

	@Test
	void filesAGoodFileAndReportsTheEmptyOne(@TempDir Path folder) throws Exception {
		Path good = folder.resolve("门店巡检情况报告.txt");
		Files.writeString(good, "2025年11月门店巡检情况报告\n\n一、巡检范围：全部门店。\n二、发现问题：消防通道堆放杂物。\n",
				StandardCharsets.UTF_8);
		Path empty = Files.createFile(folder.resolve("空文件.txt"));
		Opened opened = openSampleCatalogue();
		CataloguePage catalogue = opened.page();
		int before = UI.sync(() -> opened.catalogue().getItems().size());

		// The path the 归档文件… button takes after its two dialogs.
		Job job = UI.sync(() -> catalogue.file(List.of(good, empty), new FilingDefaults(2025, null, "BGS")));
		assertNotNull(job);
		job.join();
		Shell report = waitFor("the filing report", () -> UI.shell(Messages.Report_title));
		UI.screenshot("filing-report");
		String summary = UI.sync(() -> allLabels(report).stream().map(Label::getText).filter(t -> t.contains("已归档")).findFirst().orElse(""));
		assertTrue(summary.contains("已归档 1 件") && summary.contains("未归档 1 个文件"), summary);
		Table refused = UI.sync(() -> findTable(report));
		assertNotNull(refused, "the files not filed are listed");
		assertEquals(1, UI.sync(refused::getItemCount));
		assertEquals("空文件.txt", UI.sync(() -> refused.getItem(0).getText(0)));
		assertFalse(UI.sync(() -> refused.getItem(0).getText(1)).isBlank(), "with the reason");
		UI.sync(() -> {
			report.close();
			return null;
		});

		assertEquals(before + 1, UI.sync(() -> opened.catalogue().getItems().size()), "one item filed");
		ArchiveItem filed = UI.sync(() -> opened.catalogue().getItems().get(before));
		assertEquals("门店巡检情况报告", UI.sync(filed::getTitle));
		assertEquals("BGS", UI.sync(filed::getOrganizationCode));
		waitFor("the new row in the table", () -> catalogue.rows().totalSize() == before + 1 && catalogue.rows().rowOf(filed) >= 0);
		assertTrue(UI.sync(opened.editor()::isDirty));

		// Grouped by class: the new BGS item is a class of its own; the class combo offers both.
		NatTable table = UI.sync(catalogue::natTable);
		UI.sync(() -> {
			Button group = findButton(table.getParent(), Messages.Check_group);
			group.setSelection(true);
			group.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		waitFor("grouping", () -> catalogue.rows().isGrouped());
		org.eclipse.swt.widgets.Combo classes = UI.sync(() -> findCombo(table.getParent()));
		waitFor("two classes in the combo", () -> classes.getItemCount() == 3);
		assertTrue(UI.sync(() -> classes.getItem(1)).contains("BGS") || UI.sync(() -> classes.getItem(2)).contains("BGS"),
				UI.sync(() -> Arrays.toString(classes.getItems())));
		UI.sync(() -> {
			table.redraw();
			table.update();
			return null;
		});
		Thread.sleep(300);
		UI.screenshot("catalogue-grouped");
		// One undo takes the filing back.
		UI.sync(() -> {
			opened.document().commandStack().undo();
			return null;
		});
		waitFor("the row gone", () -> catalogue.rows().totalSize() == before);
		UI.sync(() -> page().closeEditor(opened.editor(), false));
	}

	/** F2 on a cell, as a user starts editing it from the keyboard; the cell editor that opens. */
	private static Text editWithF2(NatTable table, int column, int row) {
		UI.sync(() -> {
			table.setFocus();
			table.doCommand(new SelectCellCommand(table, column, row, false, false));
			Event f2 = new Event();
			f2.keyCode = SWT.F2;
			f2.widget = table;
			table.notifyListeners(SWT.KeyDown, f2);
			return null;
		});
		return cellEditor(table, "the cell editor");
	}

	/** The text editor the table shows over a cell being edited. */
	private static Text cellEditor(NatTable table, String what) {
		return waitFor(what, () -> Arrays.stream(table.getChildren())
				.filter(c -> c instanceof Text t && t.isVisible()).map(Text.class::cast).findFirst().orElse(null));
	}

	/** Where a column is shown in the table, which must have scrolled it into view. */
	private static int columnPosition(NatTable table, CatalogueColumn column) {
		return UI.sync(() -> {
			for (int position = 1; position < table.getColumnCount(); position++) {
				if (table.getColumnIndexByPosition(position) == column.ordinal()) {
					return position;
				}
			}
			throw new AssertionError("the column " + column + " is not in view");
		});
	}

	@Test
	void aDoubleClickOnATitleEditsItAsTheHintSays() throws Exception {
		Opened opened = openSampleCatalogue();
		CataloguePage catalogue = opened.page();
		NatTable table = UI.sync(catalogue::natTable);
		ArchiveItem item = UI.sync(() -> catalogue.rows().item(0));
		String title = UI.sync(item::getTitle);
		int titleColumn = columnPosition(table, CatalogueColumn.TITLE);
		// A double click as the mouse gives it: down, up, down, double click, up, in the middle of the 题名 cell.
		UI.sync(() -> {
			table.setFocus();
			org.eclipse.swt.graphics.Rectangle cell = table.getBoundsByPosition(titleColumn, catalogue.rows().rowOf(item) + 2);
			for (int type : new int[] { SWT.MouseDown, SWT.MouseUp, SWT.MouseDown, SWT.MouseDoubleClick, SWT.MouseUp }) {
				Event mouse = new Event();
				mouse.x = cell.x + cell.width / 2;
				mouse.y = cell.y + cell.height / 2;
				mouse.button = 1;
				mouse.count = type == SWT.MouseDoubleClick || type == SWT.MouseDown ? 2 : 1;
				mouse.widget = table;
				table.notifyListeners(type, mouse);
			}
			return null;
		});
		Text editor = cellEditor(table, "the cell editor on 题名");
		assertEquals(title, UI.sync(editor::getText), "the cell's own text to edit");
		assertTrue(UI.sync(catalogue::statusText).contains("双击单元格修改"), "the hint says what a double click does");
		UI.sync(() -> {
			Event escape = new Event();
			escape.keyCode = SWT.ESC;
			escape.character = SWT.ESC;
			editor.notifyListeners(SWT.KeyDown, escape);
			return null;
		});
		assertEquals(title, UI.sync(item::getTitle), "Esc leaves the title as it was");
	}

	@Test
	void editingTheYearInPlaceGivesANewCodeAndUndoRestoresIt() throws Exception {
		Opened opened = openSampleCatalogue();
		CataloguePage catalogue = opened.page();
		NatTable table = UI.sync(catalogue::natTable);
		ArchiveItem item = UI.sync(() -> catalogue.rows().item(0));
		ArchiveCatalogue before = UI.sync(() -> EcoreUtil.copy(opened.catalogue()));
		String oldCode = UI.sync(item::getArchivalCode);
		int oldYear = UI.sync(item::getYear);
		int newYear = oldYear - 1;
		ArchiveClass target = UI.sync(() -> new ArchiveClass(opened.catalogue().getFondsCode(), newYear, item.getRetention(), item.getOrganizationCode()));
		String expected = UI.sync(() -> ArchivalCodeTemplate.of(opened.catalogue())
				.format(target, ItemNumbering.of(opened.catalogue()).nextNumber(opened.catalogue(), target)));

		// 年度 through the cell editor, as a user types it: F2, the year, Enter. The column is the last: scroll to it.
		UI.sync(() -> {
			table.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand(
					CatalogueColumn.YEAR.ordinal()));
			table.redraw();
			table.update();
			return null;
		});
		int yearColumn = columnPosition(table, CatalogueColumn.YEAR);
		Text editor = editWithF2(table, yearColumn, catalogue.rows().rowOf(item) + 2);
		UI.sync(() -> {
			editor.setText(Integer.toString(newYear));
			Event enter = new Event();
			enter.keyCode = SWT.CR;
			enter.character = SWT.CR;
			editor.notifyListeners(SWT.KeyDown, enter);
			return null;
		});
		waitFor("the new year in the model", () -> item.getYear() == newYear);
		assertEquals(expected, UI.sync(item::getArchivalCode), "the next 件号 of the new class and its 档号");
		assertNotEquals(oldCode, expected);
		assertTrue(UI.sync(item::getRemarks).contains(oldCode), "备注 keeps the old 档号");
		waitFor("the new 档号 in the table", () -> expected.equals(shown(table, CatalogueColumn.ARCHIVAL_CODE, catalogue.rows().rowOf(item))));
		String notice = waitFor("the status line", () -> catalogue.statusText().contains(expected) ? catalogue.statusText() : null);
		assertTrue(notice.contains(oldCode), notice);
		assertEquals(List.of(), UI.sync(() -> ItemNumbering.of(opened.catalogue()).check(opened.catalogue())),
				"the old number is vacated, not a 漏号");
		UI.screenshot("catalogue-year-changed");

		// Ctrl+Z's command takes the whole move back: class, 件号, 档号, 备注 and counters.
		UI.sync(() -> {
			PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
			return null;
		});
		assertTrue(UI.sync(() -> EcoreUtil.equals(before, opened.catalogue())), "undo restores the catalogue exactly");
		assertEquals(oldCode, UI.sync(item::getArchivalCode));
		waitFor("the old 档号 in the table", () -> oldCode.equals(shown(table, CatalogueColumn.ARCHIVAL_CODE, catalogue.rows().rowOf(item))));
		assertFalse(UI.sync(opened.editor()::isDirty));

		// An organization code the 全宗 does not have is refused with the reason; nothing changes.
		UI.sync(() -> {
			catalogue.editCell(CatalogueColumn.ORGANIZATION, catalogue.rows().rowOf(item), "XYZ");
			return null;
		});
		waitFor("the refusal", () -> catalogue.statusText().contains("XYZ"));
		assertTrue(UI.sync(() -> EcoreUtil.equals(before, opened.catalogue())));
		assertFalse(UI.sync(opened.editor()::isDirty));
		UI.sync(() -> page().closeEditor(opened.editor(), false));
	}

	@Test
	void printsStampsSpinesAndNotesOfTheRowsShownAsPdf(@TempDir Path folder) throws Exception {
		Opened opened = openSampleCatalogue();
		CataloguePage catalogue = opened.page();
		NatTable table = UI.sync(catalogue::natTable);
		// 打印… sits beside 导出目录… and offers the three printouts.
		Button print = UI.sync(() -> findButton(table.getParent(), Messages.Button_print));
		assertNotNull(print, "the 打印… button");
		assertEquals("打印…", UI.sync(print::getText));
		assertNotNull(UI.sync(() -> findButton(table.getParent(), Messages.Button_export)));
		assertEquals(List.of("归档章标签…", "盒脊…", "备考表…"),
				UI.sync(() -> Arrays.stream(catalogue.printMenu().getItems()).map(MenuItem::getText).toList()));

		// Only the rows shown are printed: filter on a word of one title.
		List<ArchiveItem> all = UI.sync(() -> List.copyOf(opened.catalogue().getItems()));
		String title = UI.sync(() -> all.get(0).getTitle());
		String word = title.substring(0, Math.min(4, title.length()));
		UI.sync(() -> {
			catalogue.typeFilter(CatalogueColumn.TITLE, word);
			return null;
		});
		List<ArchiveItem> shown = waitFor("the filtered rows", () -> {
			List<ArchiveItem> rows = new ArrayList<>();
			for (int r = 0; r < catalogue.rows().size(); r++) {
				rows.add(catalogue.rows().item(r));
			}
			return catalogue.rows().size() < all.size() && rows.stream().allMatch(i -> i.getTitle().contains(word)) ? rows : null;
		});

		Path stamps = folder.resolve("归档章.pdf");
		String stampText = printAndRead(catalogue, CataloguePage.Printout.LABELS, stamps);
		assertEquals(shown.size(), count(stampText, UI.sync(() -> opened.catalogue().getFondsCode())), "one 归档章 per row shown: " + stampText);
		for (ArchiveItem item : shown) {
			assertTrue(stampText.contains(String.format("%04d", item.getItemNumber())), stampText);
		}

		Path spines = folder.resolve("盒脊.pdf");
		String spineText = printAndRead(catalogue, CataloguePage.Printout.SPINES, spines);
		List<Integer> numbers = shown.stream().map(ArchiveItem::getItemNumber).sorted().toList();
		String range = numbers.size() == 1 ? String.format("%04d", numbers.get(0))
				: String.format("%04d—%04d", numbers.get(0), numbers.get(numbers.size() - 1));
		assertTrue(spineText.replaceAll("\\s", "").contains(range), "the box's first and last 件号 " + range + ": " + spineText);

		Path notes = folder.resolve("备考表.pdf");
		String notesText = printAndRead(catalogue, CataloguePage.Printout.NOTES, notes);
		assertTrue(notesText.contains("备考表") && notesText.contains("整理人"), notesText);
		assertTrue(notesText.contains("本盒共 " + shown.size() + " 件"), notesText);
		try (PDDocument pdf = Loader.loadPDF(notes.toFile())) {
			assertEquals(1, pdf.getNumberOfPages(), "one 备考表 per box: the rows shown are one class without box numbers");
		}
		UI.sync(() -> {
			catalogue.typeFilter(CatalogueColumn.TITLE, "");
			return null;
		});
		UI.sync(() -> page().closeEditor(opened.editor(), false));
	}

	/** What the table shows in a column of a row, the column scrolled into view first (UI thread). */
	private static Object shown(NatTable table, CatalogueColumn column, int row) {
		table.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand(column.ordinal()));
		for (int position = 1; position < table.getColumnCount(); position++) {
			if (table.getColumnIndexByPosition(position) == column.ordinal()) {
				return table.getDataValueByPosition(position, row + 2);
			}
		}
		return null;
	}

	/** Prints through the page, closes the offer to open the file, and returns the PDF's text. */
	private static String printAndRead(CataloguePage catalogue, CataloguePage.Printout printout, Path file) throws Exception {
		Job job = UI.sync(() -> catalogue.print(printout, file));
		assertNotNull(job);
		job.join();
		Shell offer = waitFor("the offer to open " + file.getFileName(), () -> UI.shell(Messages.Print_title));
		assertTrue(UI.sync(() -> allLabels(offer).stream().anyMatch(l -> l.getText().contains(file.toString()))), "it names the file");
		UI.sync(() -> {
			Button close = findButton(offer, Messages.Print_close);
			assertNotNull(close, "a 关闭 button beside 打开");
			assertNotNull(findButton(offer, Messages.Print_open));
			close.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		waitFor("the offer closed", () -> offer.isDisposed() || !offer.isVisible());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertTrue(pdf.getNumberOfPages() >= 1);
			return new PDFTextStripper().getText(pdf);
		}
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void aStoredFileIsCopiedOutInTheBackgroundThenHandedToTheSystem() throws Exception {
		Opened opened = openSampleCatalogue();
		ArchiveItem item = UI.sync(() -> opened.catalogue().getItems().get(0));
		AtomicReference<String> launched = new AtomicReference<>();
		java.util.function.Predicate<String> system = StoredFileOpener.launcher;
		StoredFileOpener.launcher = path -> {
			launched.set(path);
			assertNotNull(Display.getCurrent(), "handed over on the UI thread");
			return true;
		};
		try {
			Job job = UI.sync(() -> StoredFileOpener.open(opened.editor().getSite().getShell(), OfficeBenchUI.repository(), item));
			assertNotNull(job, "the copy runs as a job");
			job.join();
			String path = waitFor("the copy handed to the system", launched::get);
			Path copy = Path.of(path);
			String sha256 = UI.sync(() -> item.getFiles().get(0).getSha256());
			byte[] original;
			try (java.io.InputStream in = OfficeBenchUI.repository().contentStore().open(sha256)) {
				original = in.readAllBytes();
			}
			assertTrue(Arrays.equals(original, Files.readAllBytes(copy)), "the copy is the stored file");
			assertFalse(Files.getPosixFilePermissions(copy).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
					"read-only: the original is not edited through it");
			assertEquals(UI.sync(() -> item.getFiles().get(0).getFileName()), copy.getFileName().toString());
		} finally {
			StoredFileOpener.launcher = system;
		}
		UI.sync(() -> page().closeEditor(opened.editor(), false));
	}

	@Test
	void aDroppedFolderIsWalkedInTheBackgroundBeforeTheDefaultsAreAsked(@TempDir Path folder) throws Exception {
		Path dropped = Files.createDirectories(folder.resolve("二〇二五年资料"));
		Files.writeString(Files.createDirectories(dropped.resolve("十一月")).resolve("巡检记录.txt"), "十一月门店巡检记录：消防通道畅通。\n", StandardCharsets.UTF_8);
		Files.writeString(dropped.resolve("晨会纪要.txt"), "晨会纪要：布置当日重点工作。\n", StandardCharsets.UTF_8);
		Files.writeString(dropped.resolve(".隐藏.txt"), "不归档\n", StandardCharsets.UTF_8);
		Files.writeString(Files.createDirectories(dropped.resolve(".git")).resolve("config"), "x\n", StandardCharsets.UTF_8);

		// The walk on its own: hidden files and folders left out; a canceled monitor stops it.
		FolderWalk.Result walk = FolderWalk.walk(List.of(dropped), new NullProgressMonitor());
		assertEquals(List.of(dropped.resolve("十一月/巡检记录.txt"), dropped.resolve("晨会纪要.txt")), walk.files());
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertTrue(FolderWalk.walk(List.of(dropped), canceled).canceled());

		Opened opened = openSampleCatalogue();
		CataloguePage catalogue = opened.page();
		int before = UI.sync(() -> opened.catalogue().getItems().size());
		// What a drop does: the walk runs as a job, then the defaults dialog counts the files it found.
		Job job = UI.sync(() -> catalogue.file(List.of(dropped)));
		assertNotNull(job);
		job.join();
		Shell defaults = waitFor("the filing defaults", () -> UI.shell(Messages.Defaults_title));
		assertTrue(UI.sync(() -> allLabels(defaults).stream().anyMatch(l -> l.getText().contains("2 个文件"))
				|| allTexts(defaults).stream().anyMatch(t -> t.contains("2 个文件"))), "the dialog counts the files found");
		UI.sync(() -> {
			findButton(defaults, Messages.Button_cancel).notifyListeners(SWT.Selection, new Event());
			return null;
		});
		waitFor("the dialog closed", () -> defaults.isDisposed());
		Thread.sleep(300);
		assertEquals(before, UI.sync(() -> opened.catalogue().getItems().size()), "canceled: nothing filed");

		// With the defaults given, the folder is walked and filed in one job.
		Job filing = UI.sync(() -> catalogue.file(List.of(dropped), new FilingDefaults(2025, null, "BGS")));
		filing.join();
		Shell report = waitFor("the filing report", () -> UI.shell(Messages.Report_title));
		waitFor("two items filed", () -> opened.catalogue().getItems().size() == before + 2);
		UI.sync(() -> {
			report.close();
			opened.document().commandStack().undo();
			opened.document().commandStack().undo();
			return null;
		});
		UI.sync(() -> page().closeEditor(opened.editor(), false));
	}

	private static List<String> allTexts(org.eclipse.swt.widgets.Composite root) {
		List<String> texts = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (child instanceof Text text) {
				texts.add(text.getText());
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				texts.addAll(allTexts(composite));
			}
		}
		return texts;
	}

	private static Button findButton(org.eclipse.swt.widgets.Composite root, String text) {
		for (Control child : root.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Button found = findButton(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Combo findCombo(org.eclipse.swt.widgets.Composite root) {
		for (Control child : root.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Combo combo) {
				return combo;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Combo found = findCombo(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Table findTable(org.eclipse.swt.widgets.Composite root) {
		for (Control child : root.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Table found = findTable(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<Label> allLabels(org.eclipse.swt.widgets.Composite root) {
		List<Label> labels = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (child instanceof Label label) {
				labels.add(label);
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				labels.addAll(allLabels(composite));
			}
		}
		return labels;
	}
}
