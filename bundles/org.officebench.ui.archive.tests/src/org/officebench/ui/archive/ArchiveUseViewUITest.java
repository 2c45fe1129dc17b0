package org.officebench.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.AuditLog;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.Destruction;
import org.officebench.core.archive.Lending;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.ui.archive.appraisal.ArchiveUseView;
import org.officebench.ui.archive.appraisal.Messages;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.DocumentEditors;

/**
 * The 鉴定与借阅 view driven through its widgets: appraise, retain, register, sign (one name refused, two accepted),
 * undo and redo from the workbench, lend; the editor is dirty throughout and saving writes the audit entry.
 */
@ExtendWith(RunningWorkbench.class)
class ArchiveUseViewUITest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	private static ArchiveItem item(ArchiveCatalogue catalogue, String title, int number) {
		ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
		item.setId(UUID.randomUUID().toString());
		item.setTitle(title);
		item.setYear(2014);
		item.setRetention(RetentionPeriod.YEARS_10);
		item.setOrganizationCode("YYB");
		item.setItemNumber(number);
		item.setArchivalCode(ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015)
				.format(new ArchiveClass("Z109", 2014, RetentionPeriod.YEARS_10, "YYB"), number));
		catalogue.getItems().add(item);
		return item;
	}

	private static Button button(Composite root, String text) {
		return UI.sync(() -> UI.findOne(root, Button.class, b -> text.equals(b.getText()) && b.isVisible()));
	}

	/** Clicks a button that opens a dialog, and waits for the dialog. */
	private static Shell openDialog(Composite root, String buttonText, String dialogTitle) {
		Button button = button(root, buttonText);
		assertNotNull(button, buttonText);
		UI.async(() -> UI.select(button, null));
		return UI.waitFor("the dialog " + dialogTitle, () -> UI.shell(dialogTitle));
	}

	private static void type(Shell dialog, int field, String text) {
		UI.run(() -> UI.find(dialog, Text.class, t -> t.isVisible() && t.getEditable() && (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0)
				.get(field).setText(text));
	}

	private static void ok(Shell dialog) {
		UI.run(() -> UI.select(UI.findOne(dialog, Button.class, b -> Messages.Button_ok.equals(b.getText())), null));
	}

	private static void execute(String commandId) {
		UI.run(() -> {
			try {
				PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class).executeCommand(commandId, null);
			} catch (Exception e) {
				throw new AssertionError(commandId, e);
			}
		});
	}

	/** Brings a tab forward, as clicking it does. */
	private static void showTab(Composite root, int index) {
		UI.run(() -> UI.findOne(root, CTabFolder.class, f -> true).setSelection(index));
	}

	private static List<String> column(Table table, int column) {
		return UI.sync(() -> java.util.Arrays.stream(table.getItems()).map(i -> i.getText(column)).toList());
	}

	/** Leaves the workbench as the other tests expect it: without this view, the navigator active. */
	@org.junit.jupiter.api.AfterEach
	void closeView() {
		UI.run(() -> {
			var view = page().findView(ArchiveUseView.ID);
			if (view != null) {
				page().hideView(view);
			}
			var navigator = page().findView(OfficeBenchUI.NAVIGATOR_VIEW_ID);
			if (navigator != null) {
				page().activate(navigator);
			}
		});
	}

	@Test
	void appraiseRegisterSignUndoAndLend() throws Exception {
		String title = "鉴定测试档案 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> {
			OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.ARCHIVE, title);
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			catalogue.setFondsCode("Z109");
			item(catalogue, "2014年一季度营运报表", 1);
			item(catalogue, "2014年二季度营运报表", 2);
			item(catalogue, "2014年营运部工作总结", 3);
			document.save();
			return (DocumentFormEditor) DocumentEditors.show(page(), document);
		});
		OfficeDocument document = editor.document();
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		// 视图 › 鉴定与借阅, as a user opens it.
		UI.chooseMenu("视图", "鉴定与借阅"); // contributed by this bundle's plugin.xml into the shell's 视图 menu
		ArchiveUseView view = UI.waitFor("the view", () -> (ArchiveUseView) page().findView(ArchiveUseView.ID));
		Composite root = UI.sync(() -> (Composite) UI.findOne(page().getWorkbenchWindow().getShell(), CTabFolder.class,
				f -> f.getItemCount() == 3 && f.getItem(0).getText().equals(Messages.Tab_due)).getParent());
		assertEquals(document, UI.sync(view::document), "follows the open catalogue");
		Table due = UI.sync(() -> UI.find(root, Table.class, t -> true).get(0));
		assertEquals(List.of("Z109-WS·2014-D10-YYB-0001", "Z109-WS·2014-D10-YYB-0002", "Z109-WS·2014-D10-YYB-0003"), column(due, 0));
		assertEquals(List.of("2025-01-01", "2025-01-01", "2025-01-01"), column(due, 4));

		// 销毁… for the first two.
		UI.run(() -> {
			due.getItem(0).setChecked(true);
			due.getItem(1).setChecked(true);
		});
		Shell destroy = openDialog(root, Messages.Button_destroy, Messages.Destroy_title);
		type(destroy, 0, "张三\n李四");
		type(destroy, 1, "已无保存价值");
		ok(destroy);
		UI.waitFor("the decision", () -> Messages.Decision_destroy.equals(due.getItem(0).getText(5)));
		assertTrue(UI.sync(editor::isDirty), "the editor shows *");
		UI.run(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		UI.screenshot("archive-use-view-due");
		UI.run(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED));

		// 续存… for the third: it leaves the list.
		UI.run(() -> {
			for (TableItem row : due.getItems()) {
				row.setChecked(row.getText(0).endsWith("0003"));
			}
		});
		Shell retain = openDialog(root, Messages.Button_retain, Messages.Retain_title);
		type(retain, 0, "张三");
		type(retain, 1, "仍有查考价值");
		ok(retain);
		UI.waitFor("the retained item to leave the list", () -> due.getItemCount() == 2);

		// A register of the two, then signing: one name is refused in the dialog, two execute it.
		Table registers = UI.sync(() -> UI.find(root, Table.class, t -> true).get(1));
		showTab(root, 1);
		Shell register = openDialog(root, Messages.Button_newRegister, Messages.Register_title);
		ok(register);
		UI.waitFor("the register", () -> registers.getItemCount() == 1);
		assertEquals("XH-" + java.time.LocalDate.now().getYear() + "-001", column(registers, 0).get(0));
		UI.run(() -> {
			registers.setSelection(0);
			UI.select(registers, registers.getItem(0));
		});
		Shell sign = openDialog(root, Messages.Button_execute, Messages.Execute_title);
		type(sign, 0, "王五");
		ok(sign);
		String refusal = UI.sync(() -> ((TitleAreaDialog) sign.getData()).getErrorMessage());
		assertNotNull(refusal, "one signatory is refused");
		assertTrue(refusal.contains("至少 2 个不同的人签字"), refusal);
		assertFalse(UI.sync(sign::isDisposed), "the dialog stays open with what was typed");
		assertFalse(UI.sync(() -> catalogue.getItems().get(0).isDestroyed()));
		type(sign, 0, "王五\n赵六");
		ok(sign);
		UI.waitFor("the items destroyed", () -> catalogue.getItems().get(0).isDestroyed() && catalogue.getItems().get(1).isDestroyed());
		UI.waitFor("the register executed", () -> Messages.State_executed.equals(registers.getItem(0).getText(3)));
		assertEquals(3, UI.sync(() -> catalogue.getItems().size()), "destroyed items keep their rows");

		// Undo from the workbench while the view is active restores the items; redo destroys them again.
		UI.run(() -> page().activate(view));
		execute("org.eclipse.ui.edit.undo");
		UI.waitFor("undo", () -> !catalogue.getItems().get(0).isDestroyed());
		UI.waitFor("the register pending again", () -> Messages.State_pending.equals(registers.getItem(0).getText(3)));
		execute("org.eclipse.ui.edit.redo");
		UI.waitFor("redo", () -> catalogue.getItems().get(0).isDestroyed());

		// 借出… the retained item (the only one lendable).
		Table loans = UI.sync(() -> UI.find(root, Table.class, t -> true).get(3));
		showTab(root, 2);
		Shell lend = openDialog(root, Messages.Button_lend, Messages.Lend_title);
		type(lend, 0, "财务部 王芳");
		type(lend, 1, "年度审计");
		ok(lend);
		UI.waitFor("the loan", () -> loans.getItemCount() == 1);
		assertEquals("财务部 王芳", column(loans, 2).get(0));
		assertEquals("财务部 王芳", UI.sync(() -> Lending.openLoan(catalogue.getItems().get(2)).getBorrower()));
		// Looking ahead past the due day: the loan is overdue, in red, with its days.
		java.time.LocalDate later = java.time.LocalDate.now().plusDays(14 + 10);
		UI.run(() -> {
			org.eclipse.swt.widgets.DateTime asOf = UI.findOne(root, org.eclipse.swt.widgets.DateTime.class, d -> true);
			asOf.setDate(later.getYear(), later.getMonthValue() - 1, later.getDayOfMonth());
			asOf.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		});
		UI.waitFor("the overdue days", () -> "10 天".equals(loans.getItem(0).getText(6)));
		assertEquals(UI.sync(() -> loans.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_RED)),
				UI.sync(() -> loans.getItem(0).getForeground(0)), "overdue in red");
		UI.run(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED));
		UI.screenshot("archive-use-view-loans");
		showTab(root, 1);
		UI.run(() -> registers.setSelection(0));
		UI.run(() -> UI.select(registers, registers.getItem(0)));
		UI.screenshot("archive-use-view-registers");
		UI.run(() -> page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED));

		// Saving (as Ctrl+S does) records the executed register in the audit log.
		UI.run(() -> page().activate(editor));
		execute("org.eclipse.ui.file.save");
		UI.waitFor("saved", () -> !editor.isDirty());
		List<AuditLog.Entry> entries = OfficeBenchUI.repository().auditLog().read().stream()
				.filter(e -> Destruction.AUDIT_ACTION.equals(e.action()) && document.id().equals(e.documentId())).toList();
		assertEquals(1, entries.size());
		assertTrue(entries.get(0).detail().contains("王五, 赵六"), entries.get(0).detail());
		UI.run(() -> page().closeEditor(editor, false));
	}
}
