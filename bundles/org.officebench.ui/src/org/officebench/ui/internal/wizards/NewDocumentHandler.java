package org.officebench.ui.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.officebench.core.DocumentKind;

/**
 * Handles {@code org.eclipse.ui.newWizard} (Ctrl+N): our wizard, in our language, instead of the generic chooser.
 * The command's {@code newWizardId} parameter may name one of our wizards.
 */
public class NewDocumentHandler extends AbstractHandler {

	private static final String PREFIX = "org.officebench.ui.wizards.new."; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		String wizardId = event.getParameter("newWizardId"); //$NON-NLS-1$
		DocumentKind kind = wizardId != null && wizardId.startsWith(PREFIX)
				? DocumentKind.fromKey(wizardId.substring(PREFIX.length()))
				: null;
		NewDocumentAction.open(window, kind);
		return null;
	}
}
