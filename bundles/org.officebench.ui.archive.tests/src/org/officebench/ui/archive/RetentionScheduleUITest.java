package org.officebench.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.DocumentKind;
import org.officebench.core.Labels;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.RetentionSchedule;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.RetentionPeriod;
import org.officebench.ui.archive.settings.ArchiveSettingsPage;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.editors.ModelFields;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.DocumentEditors;

/** 全宗设置 › 保管期限表: edited in its cells, one command per edit, undone with Ctrl+Z; a bad value is explained. */
@ExtendWith(RunningWorkbench.class)
class RetentionScheduleUITest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** The editor's tab text as the user sees it, with its '*' when dirty. */
	private static String tabText(DocumentFormEditor editor) {
		return UI.sync(() -> {
			for (CTabFolder folder : UI.find(page().getWorkbenchWindow().getShell(), CTabFolder.class, f -> true)) {
				for (CTabItem item : folder.getItems()) {
					if (item.getText().replace("*", "").equals(editor.getTitle())) {
						return item.getText();
					}
				}
			}
			return null;
		});
	}

	/** What a double click on a cell sends to the table (UI thread). */
	private static void doubleClick(Table table, int row, int column) {
		TableItem item = table.getItem(row);
		table.showItem(item);
		Rectangle cell = item.getBounds(column);
		Event event = new Event();
		event.button = 1;
		event.count = 2;
		event.x = cell.x + cell.width / 2;
		event.y = cell.y + cell.height / 2;
		table.notifyListeners(SWT.MouseDown, event);
		table.notifyListeners(SWT.MouseDoubleClick, event);
	}

	private static String message(DocumentFormEditor editor) {
		return UI.sync(() -> editor.findPage(ArchiveSettingsPage.ID).getManagedForm().getForm().getMessage());
	}

	@Test
	void aRuleEditedInTheTableIsUndoneWithCtrlZ() throws IOException {
		OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.ARCHIVE, "保管期限表测试 " + System.nanoTime());
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		catalogue.setFondsCode("Z109");
		// As a catalogue written before the table was editable: it uses the shipped default.
		catalogue.getRetentionRules().clear();
		document.save();
		RetentionSchedule shipped = RetentionSchedule.loadDefault();
		int contracts = 0;
		while (!shipped.rows().get(contracts).kind().contains("合同")) {
			contracts++;
		}
		int row = contracts;

		DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(), document));
		Composite pageControl = UI.sync(() -> {
			editor.setActivePage(ArchiveSettingsPage.ID);
			IFormPage settings = editor.findPage(ArchiveSettingsPage.ID);
			return (Composite) settings.getPartControl();
		});
		Table table = UI.sync(() -> UI.findOne(pageControl, Table.class,
				t -> ArchiveSettingsPage.RETENTION_RULES_KEY.equals(t.getData(ModelFields.FEATURE_KEY))));
		assertNotNull(table, "the 保管期限表 table");
		Label note = UI.sync(() -> UI.findOne(pageControl, Label.class,
				l -> ArchiveSettingsPage.RETENTION_DEFAULT_NOTE_KEY.equals(l.getData(ModelFields.FEATURE_KEY))));
		assertEquals(shipped.rows().size(), UI.sync(table::getItemCount));
		assertEquals(shipped.rows().get(row).kind(), UI.sync(() -> table.getItem(row).getText(1)));
		assertEquals("定期30年", UI.sync(() -> table.getItem(row).getText(3)));
		assertTrue(UI.sync(note::getVisible), "the page says the shipped default is in use");
		assertFalse(UI.sync(editor::isDirty));
		Composite scheduleArea = UI.sync(() -> table.getParent().getParent());
		for (String action : new String[] { "删除", "上移", "下移", "恢复默认表" }) {
			Button button = UI.sync(() -> UI.findOne(scheduleArea, Button.class, b -> action.equals(b.getText())));
			assertFalse(UI.sync(button::isEnabled), action + " needs a selected row, or a table that is not the default");
		}

		// 保管期限 of 合同、协议 → 永久, chosen in the cell's combo.
		UI.run(() -> doubleClick(table, row, 3));
		CCombo combo = UI.waitFor("the retention cell editor", () -> UI.findOne(table, CCombo.class, CCombo::isVisible));
		UI.run(() -> {
			combo.select(0);
			combo.notifyListeners(SWT.Selection, new Event());
		});
		UI.waitFor("the table to show the new retention", () -> "永久".equals(table.getItem(row).getText(3)));
		assertEquals(shipped.rows().size(), UI.sync(() -> catalogue.getRetentionRules().size()), "the default rows copied in");
		assertEquals(RetentionPeriod.PERMANENT, UI.sync(() -> catalogue.getRetentionRules().get(row).getRetention()));
		assertEquals(RetentionPeriod.PERMANENT, RetentionSchedule.of(catalogue).propose("门店租赁合同").orElseThrow().retention());
		assertTrue(UI.sync(editor::isDirty));
		UI.waitFor("the dirty marker", () -> tabText(editor) != null && tabText(editor).startsWith("*"));
		UI.waitFor("the default note to go", () -> !note.getVisible());
		String undoLabel = UI.sync(() -> editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		assertTrue(undoLabel.contains(Integer.toString(row + 1)), undoLabel);

		// A keyword with | is refused with the reason, and nothing changes.
		String keywords = UI.sync(() -> table.getItem(row).getText(2));
		UI.run(() -> doubleClick(table, row, 2));
		Text cell = UI.waitFor("the keyword cell editor", () -> UI.findOne(table, Text.class, Text::isVisible));
		assertEquals(keywords, UI.sync(cell::getText));
		UI.run(() -> {
			cell.setText("合同|协议");
			UI.defaultSelect(cell, null);
		});
		String refused = UI.waitFor("the reason in the page's heading", () -> message(editor));
		assertTrue(refused.contains("合同|协议") && refused.contains(Integer.toString(row + 1)), refused);
		assertEquals(keywords, UI.sync(() -> catalogue.getRetentionRules().get(row).getKeywords()), "the model is unchanged");
		assertEquals(keywords, UI.sync(() -> table.getItem(row).getText(2)));
		assertEquals(undoLabel, UI.sync(() -> editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel()),
				"no command for the refused value");
		UI.screenshot("retention-schedule");

		// Ctrl+Z: back to the shipped default, exactly as before.
		UI.run(() -> page().getWorkbenchWindow().getShell().forceActive());
		UI.pointAt(table);
		UI.run(table::setFocus);
		UI.key(SWT.MOD1, 'z');
		UI.waitFor("Ctrl+Z to undo the edit", () -> catalogue.getRetentionRules().isEmpty() ? true : null);
		UI.waitFor("the table to show the old retention", () -> "定期30年".equals(table.getItem(row).getText(3)));
		assertFalse(UI.sync(editor::isDirty));
		UI.waitFor("the dirty marker to go", () -> editor.getTitle().equals(tabText(editor)));
		UI.waitFor("the default note to come back", () -> note.getVisible());

		// Ctrl+Y brings it back; the buttons are commands too.
		UI.key(SWT.MOD1, 'y');
		UI.waitFor("Ctrl+Y to redo", () -> Labels.retention(RetentionPeriod.PERMANENT).equals(table.getItem(row).getText(3)));
		Button up = UI.sync(() -> UI.findOne(scheduleArea, Button.class, b -> "上移".equals(b.getText())));
		Button restore = UI.sync(() -> UI.findOne(scheduleArea, Button.class, b -> "恢复默认表".equals(b.getText())));
		UI.run(() -> {
			table.setSelection(row);
			table.notifyListeners(SWT.Selection, new Event());
		});
		assertTrue(UI.sync(up::isEnabled));
		UI.run(() -> UI.select(up, null));
		UI.waitFor("the row one up", () -> table.getItem(row - 1).getText(1).equals(shipped.rows().get(row).kind()));
		assertEquals(shipped.rows().get(row).kind(), UI.sync(() -> catalogue.getRetentionRules().get(row - 1).getKind()));
		assertEquals(row - 1, UI.sync(table::getSelectionIndex), "the moved row stays selected");
		assertTrue(UI.sync(restore::isEnabled));
		UI.run(() -> UI.select(restore, null));
		UI.waitFor("the default rows back", () -> "定期30年".equals(table.getItem(row).getText(3)));
		assertEquals(RetentionPeriod.YEARS_30, UI.sync(() -> catalogue.getRetentionRules().get(row).getRetention()));
		assertEquals(shipped, RetentionSchedule.of(catalogue));
		UI.waitFor("恢复默认表 disabled once the table is the default", () -> !restore.isEnabled());
		UI.run(() -> page().closeEditor(editor, false));
	}
}
