package org.officebench.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.table.CatalogueColumn;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.core.archive.table.CatalogueSnapshot;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.ui.archive.catalogue.CataloguePage;
import org.officebench.ui.archive.catalogue.CataloguePreviewEditor;
import org.officebench.ui.archive.ArchiveEditor;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.DocumentEditorInput;

/** A big catalogue's table shows from its file's columns while the document is read, then its editor takes over. */
@ExtendWith(RunningWorkbench.class)
class CataloguePreviewUITest {

	private static final int ITEMS = BigCatalogues.ITEMS;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Leaves the workbench as the other tests expect it: the navigator active. */
	@org.junit.jupiter.api.AfterEach
	void activateNavigator() {
		UI.run(() -> {
			var navigator = page().findView(OfficeBenchUI.NAVIGATOR_VIEW_ID);
			if (navigator != null) {
				page().activate(navigator);
			}
		});
	}

	@Test
	void thePreviewShowsTheTableReadOnlyAndTheEditorKeepsItsSortAndFilters() throws Exception {
		String id = bigCatalogue();
		try {
			CatalogueRows rows = new CatalogueRows(CatalogueSnapshot.read(OfficeBenchUI.repository(), id).orElseThrow());
			CataloguePreviewEditor preview = UI.sync(
					() -> (CataloguePreviewEditor) page().openEditor(DocumentEditorInput.preview(id, "大目录", org.officebench.core.DocumentKind.ARCHIVE, rows), CataloguePreviewEditor.ID));
			assertSame(preview, UI.sync(() -> DocumentEditors.find(page(), id)), "opening the document again finds the preview");
			NatTable table = preview.natTable();
			// Positions: column 0 is the row header, rows 0 and 1 are the column header and the filter row.
			assertEquals("Z109-WS·2025-D10-YYB-00001", UI.sync(() -> table.getDataValueByPosition(2, 2)));
			assertEquals("营运部第1号通知", UI.sync(() -> table.getDataValueByPosition(5, 2)));
			assertFalse(UI.sync(preview::isDirty));

			// The user sorts and filters the preview while the document is read.
			UI.run(() -> {
				rows.sort(CatalogueColumn.TITLE, true);
				rows.filter(CatalogueColumn.TITLE, "9号");
			});
			assertEquals(ITEMS / 10, UI.sync(rows::size));
			OfficeDocument document = OfficeBenchUI.repository().open(id);
			CataloguePreview fastOpen = new CataloguePreview();
			fastOpen.documentRead(rows, document); // off the UI thread, as the opening job does
			UI.run(() -> DocumentEditors.replace(page(), preview, fastOpen, document));

			ArchiveEditor editor = UI.waitFor("the editor", () -> DocumentEditors.find(page(), id) instanceof ArchiveEditor e ? e : null);
			assertTrue(UI.sync(() -> editor.getActivePageInstance() instanceof CataloguePage), "the table stays in front");
			CataloguePage catalogue = UI.sync(() -> (CataloguePage) editor.getActivePageInstance());
			assertSame(rows, catalogue.rows(), "the preview's rows, with their items now");
			assertTrue(rows.hasItems());
			assertEquals(CatalogueColumn.TITLE, rows.sortColumn());
			assertEquals(ITEMS / 10, UI.sync(rows::size), "still filtered");
			assertEquals("9号", UI.sync(() -> catalogue.natTable().getDataValueByPosition(CatalogueColumn.TITLE.ordinal() + 1, 1)),
					"the filter row shows the filter");
			assertEquals("营运部第9号通知", UI.sync(() -> rows.item(0).getTitle()), "descending by 题名 (号 comes after the digits)");
			assertFalse(UI.sync(editor::isDirty));
			UI.run(() -> page().closeEditor(editor, false));

			// The whole way, from a double-click: the editor comes, no preview is left.
			UI.run(() -> DocumentEditors.open(page(), id, "大目录"));
			ArchiveEditor reopened = UI.waitFor("the editor", () -> DocumentEditors.find(page(), id) instanceof ArchiveEditor e ? e : null);
			CataloguePage page = UI.sync(() -> (CataloguePage) reopened.setActivePage(CataloguePage.ID));
			assertEquals(ITEMS, UI.sync(() -> page.rows().totalSize()));
			assertTrue(UI.sync(() -> page.rows().hasItems()));
			UI.run(() -> page().closeEditor(reopened, false));
			assertNull(UI.sync(() -> DocumentEditors.find(page(), id)));
		} finally {
			// The other tests of this workbench check and search the whole repository: ten thousand bare 件 are not theirs.
			OfficeBenchUI.repository().delete(id);
		}
	}

	private static String bigCatalogue() throws Exception {
		OfficeDocument document = BigCatalogues.create("preview-");
		assertTrue(document.file().endsWith(".obin"), document.file());
		return document.id();
	}
}
