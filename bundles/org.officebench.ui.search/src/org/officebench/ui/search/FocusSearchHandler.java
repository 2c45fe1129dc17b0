package org.officebench.ui.search;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** 检索 (Ctrl+H): shows the search view and puts the cursor in its box. */
public final class FocusSearchHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.officebench.ui.search.focus"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		SearchView.showAndFocus(HandlerUtil.getActiveWorkbenchWindow(event));
		return null;
	}
}
