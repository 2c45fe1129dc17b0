package org.officebench.ui.search;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

/** The 检索 entry of the 视图 menu and the main tool bar: shows the view with the cursor in its box (as Ctrl+H). */
public final class OpenSearchAction extends Action {

	public static final String ID = "org.officebench.ui.show." + SearchView.ID; //$NON-NLS-1$

	private final IWorkbenchWindow window;

	public OpenSearchAction(IWorkbenchWindow window) {
		super(Messages.Menu_show);
		this.window = window;
		setId(ID);
		setActionDefinitionId(FocusSearchHandler.COMMAND_ID); // shows Ctrl+H beside it
		setToolTipText(Messages.Toolbar_tooltip);
	}

	@Override
	public void run() {
		SearchView.showAndFocus(window);
	}
}
