package org.officebench.ui.internal.wizards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.kinds.DocumentKinds;

/**
 * Handles {@code org.eclipse.ui.newWizard} (Ctrl+N): our wizard, in our language, instead of the generic chooser.
 * The command's {@code newWizardId} parameter may name one of our wizards.
 */
public class NewDocumentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		String wizardId = event.getParameter("newWizardId"); //$NON-NLS-1$
		DocumentKindDescriptor kind = null;
		for (DocumentKindDescriptor candidate : DocumentKinds.all()) {
			if (wizardId != null && wizardId.equals(candidate.newWizardId())) {
				kind = candidate;
			}
		}
		NewDocumentAction.open(window, kind);
		return null;
	}
}
