package org.officebench.ui.properties;

import java.util.function.Consumer;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetSorter;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.officebench.ui.internal.Messages;

/**
 * The Properties view page of our parts: column headings in the workbench's language, no toolbar buttons with
 * untranslated labels, and (for editors) the editor's Undo and Redo also while the Properties view is active.
 */
public class OfficePropertySheetPage extends PropertySheetPage {

	private final Consumer<IActionBars> globalActions;

	/**
	 * @param provider      null to adapt selected objects to {@code IPropertySource}
	 * @param globalActions installs the owner's global action handlers (Undo, Redo) in the view; may be null
	 */
	public OfficePropertySheetPage(IPropertySourceProvider provider, Consumer<IActionBars> globalActions) {
		this.globalActions = globalActions;
		// Keep the order the properties come in (the model's order: 题名 before 文号 …), not the alphabet's.
		setSorter(new PropertySheetSorter() {
			@Override
			public int compare(IPropertySheetEntry a, IPropertySheetEntry b) {
				return 0;
			}

			@Override
			public int compareCategories(String a, String b) {
				return 0;
			}
		});
		if (provider != null) {
			setPropertySourceProvider(provider);
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		if (getControl() instanceof Tree tree) {
			TreeColumn[] columns = tree.getColumns();
			if (columns.length >= 2) {
				columns[0].setText(Messages.Properties_property);
				columns[1].setText(Messages.Properties_value);
			}
		}
	}

	@Override
	public void makeContributions(IMenuManager menuManager, IToolBarManager toolBarManager,
			IStatusLineManager statusLineManager) {
		// The standard buttons (categories, advanced, defaults) carry English labels; the pages need none of them.
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		if (globalActions != null) {
			globalActions.accept(actionBars);
		}
	}
}
