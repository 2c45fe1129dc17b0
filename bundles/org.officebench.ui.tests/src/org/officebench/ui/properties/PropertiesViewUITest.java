package org.officebench.ui.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.officebench.ui.tests.support.UI;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.editors.ModelFields;
import org.officebench.ui.tests.support.RunningWorkbench;

/** An edit made in the Properties view is a command on the document's stack: it marks dirty and can be undone. */
@org.junit.jupiter.api.extension.ExtendWith(org.officebench.ui.tests.support.RunningWorkbench.class)
class PropertiesViewUITest {



	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	@Test
	void propertyEditIsUndoable() throws Exception {
		String title = "属性视图测试 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> {
			OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.FLOWCHART, title);
			return (DocumentFormEditor) DocumentEditors.show(page(), document);
		});
		OfficeDocument document = editor.document();
		String oldDepartment = UI.sync(() -> document.root().getDepartment());
		String department = "审计部 " + System.nanoTime();

		PropertySheet view = UI.sync(() -> {
			PropertySheet sheet = (PropertySheet) page().showView(OfficeBenchUI.PROPERTIES_VIEW_ID);
			page().activate(editor);
			return sheet;
		});
		OfficePropertySheetPage sheetPage = UI.waitFor("the editor's properties",
				() -> view.getCurrentPage() instanceof OfficePropertySheetPage p ? p : null);
		String name = UI.sync(() -> {
			IItemPropertySource source = (IItemPropertySource) document.editingDomain().getAdapterFactory()
					.adapt(document.root(), IItemPropertySource.class);
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(document.root(),
					OfficeBenchPackage.Literals.DOCUMENT__DEPARTMENT);
			return descriptor.getDisplayName(document.root());
		});
		Tree tree = UI.sync(() -> (Tree) sheetPage.getControl());
		TreeItem row = UI.waitFor("the " + name + " row", () -> {
			sheetPage.refresh();
			for (TreeItem item : all(tree.getItems())) {
				if (item.getText(0).equals(name)) {
					return item;
				}
			}
			return null;
		});

		// Like a user: click into the value cell (it opens for editing), type, press Enter.
		UI.sync(() -> {
			page().activate(view);
			tree.setSelection(row);
			org.eclipse.swt.graphics.Rectangle cellBounds = row.getBounds(1);
			Event click = new Event();
			click.button = 1;
			click.x = cellBounds.x + 4;
			click.y = cellBounds.y + cellBounds.height / 2;
			tree.notifyListeners(SWT.MouseDown, click);
			return null;
		});
		Text cell;
		try {
			cell = UI.waitFor("the value cell editor", () -> {
				for (Control child : tree.getChildren()) {
					if (child instanceof Text text && text.isVisible()) {
						return text;
					}
				}
				return null;
			});
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; tree children: " + UI.sync(() -> java.util.Arrays.stream(tree.getChildren())
					.map(c -> c.getClass().getSimpleName() + (c.isVisible() ? "+" : "-")).toList()) + ", selection: "
					+ UI.sync(() -> java.util.Arrays.toString(tree.getSelection())) + ", row data: "
					+ UI.sync(() -> String.valueOf(row.getData())));
		}
		UI.sync(() -> {
			cell.setText(department);
			cell.notifyListeners(SWT.DefaultSelection, new Event());
			return null;
		});
		assertEquals(department, UI.sync(() -> document.root().getDepartment()), "the Properties view changed the model");
		assertTrue(UI.sync(editor::isDirty), "and made the document dirty");
		UI.screenshot("properties-edit");
		Text departmentField = UI.sync(() -> all(editor.overviewPage().titleField().getParent())
				.stream().filter(t -> "department".equals(t.getData(ModelFields.FEATURE_KEY))).findFirst().orElse(null));
		assertNotNull(departmentField);
		assertEquals(department, UI.sync(departmentField::getText), "the editor's field follows");

		// Undo while the Properties view is the active part (Ctrl+Z there runs the editor's Undo).
		assertInstanceOf(PropertySheet.class, UI.sync(() -> page().getActivePart()));
		UI.sync(() -> {
			PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class)
					.executeCommand("org.eclipse.ui.edit.undo", null);
			return null;
		});
		assertEquals(oldDepartment, UI.sync(() -> document.root().getDepartment()), "Undo restored the department");
		assertFalse(UI.sync(editor::isDirty), "back at the saved state");
		assertEquals(oldDepartment == null ? "" : oldDepartment, UI.sync(departmentField::getText));
		assertTrue(UI.waitFor("the view to show the old value", () -> {
			sheetPage.refresh();
			return row.isDisposed() || row.getText(1).equals(oldDepartment == null ? "" : oldDepartment);
		}));
		UI.sync(() -> page().closeEditor(editor, false));
	}

	/**
	 * Typing in the view's value cell is one command when the cell is applied (Enter), not one per keystroke: 20 keys
	 * typed for real, then Enter; one Undo restores the old value.
	 */
	@Test
	void typingInAValueCellIsOneCommand() throws Exception {
		String title = "属性键入测试 " + System.nanoTime();
		DocumentFormEditor editor = UI.sync(() -> {
			OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.POLICY, title);
			return (DocumentFormEditor) DocumentEditors.show(page(), document);
		});
		OfficeDocument document = editor.document();
		String oldDepartment = UI.sync(() -> document.root().getDepartment());
		String typed = "abcdefghijklmnopqrst";
		java.util.concurrent.atomic.AtomicInteger events = new java.util.concurrent.atomic.AtomicInteger();
		org.eclipse.emf.common.command.CommandStackListener counter = event -> events.incrementAndGet();
		UI.run(() -> document.commandStack().addCommandStackListener(counter));
		try {
			PropertySheet view = UI.sync(() -> {
				PropertySheet sheet = (PropertySheet) page().showView(OfficeBenchUI.PROPERTIES_VIEW_ID);
				page().activate(editor);
				return sheet;
			});
			OfficePropertySheetPage sheetPage = UI.waitFor("the editor's properties",
					() -> view.getCurrentPage() instanceof OfficePropertySheetPage p ? p : null);
			String name = UI.sync(() -> ((IItemPropertySource) document.editingDomain().getAdapterFactory()
					.adapt(document.root(), IItemPropertySource.class))
					.getPropertyDescriptor(document.root(), OfficeBenchPackage.Literals.DOCUMENT__DEPARTMENT)
					.getDisplayName(document.root()));
			Tree tree = UI.sync(() -> (Tree) sheetPage.getControl());
			TreeItem row = UI.waitFor("the " + name + " row", () -> {
				sheetPage.refresh();
				return all(tree.getItems()).stream().filter(item -> item.getText(0).equals(name)).findFirst().orElse(null);
			});
			UI.run(() -> page().activate(view));
			UI.focus(tree); // the window active and the pointer over the view: typed keys reach the cell
			UI.run(() -> {
				tree.setSelection(row);
				org.eclipse.swt.graphics.Rectangle cellBounds = row.getBounds(1);
				Event click = new Event();
				click.button = 1;
				click.x = cellBounds.x + 4;
				click.y = cellBounds.y + cellBounds.height / 2;
				tree.notifyListeners(SWT.MouseDown, click);
			});
			Text cell = UI.waitFor("the value cell editor", () -> {
				for (Control child : tree.getChildren()) {
					if (child instanceof Text text && text.isVisible()) {
						return text;
					}
				}
				return null;
			});
			UI.run(() -> {
				cell.setFocus();
				cell.setSelection(cell.getText().length());
			});
			UI.type(typed);
			String expected = (oldDepartment == null ? "" : oldDepartment) + typed;
			UI.waitFor("the typed keys in the cell", () -> cell.isDisposed() || cell.getText().equals(expected));
			assertEquals(0, events.get(), "nothing is executed while typing in the cell");
			UI.type("\r");
			UI.waitFor("Enter to apply the cell", () -> expected.equals(document.root().getDepartment()));
			assertTrue(events.get() >= 1 && events.get() <= 2, "one command: the stack changed " + events.get() + " times");

			UI.run(() -> {
				try {
					PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class)
							.executeCommand("org.eclipse.ui.edit.undo", null);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			assertEquals(oldDepartment, UI.sync(() -> document.root().getDepartment()), "one Undo restores the department");
			assertFalse(UI.sync(editor::isDirty));
		} finally {
			UI.run(() -> {
				document.commandStack().removeCommandStackListener(counter);
				page().closeEditor(editor, false);
			});
		}
	}

	private static java.util.List<TreeItem> all(TreeItem[] items) {
		java.util.List<TreeItem> list = new java.util.ArrayList<>();
		for (TreeItem item : items) {
			list.add(item);
			list.addAll(all(item.getItems()));
		}
		return list;
	}

	private static java.util.List<Text> all(org.eclipse.swt.widgets.Composite root) {
		java.util.List<Text> list = new java.util.ArrayList<>();
		for (Control child : root.getChildren()) {
			if (child instanceof Text text) {
				list.add(text);
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				list.addAll(all(composite));
			}
		}
		return list;
	}
}
