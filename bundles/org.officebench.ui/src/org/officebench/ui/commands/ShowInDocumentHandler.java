package org.officebench.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.officebench.ui.DocumentEditors;

/** The default of {@link DocumentCommands#SHOW_IN_DOCUMENT}: opens the document; a kind's handler also shows the element. */
public final class ShowInDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		String documentId = event.getParameter(DocumentCommands.DOCUMENT);
		if (window != null && window.getActivePage() != null && documentId != null) {
			DocumentEditors.open(window.getActivePage(), documentId, event.getParameter(DocumentCommands.TITLE));
		}
		return null;
	}
}
