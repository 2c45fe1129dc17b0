package org.officebench.ui.internal.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.officebench.ui.OfficeBenchUI;

/** 视图 › 资料库 / 属性: shows (or brings forward) one view. */
final class ShowViewAction extends Action {

	private final IWorkbenchWindow window;
	private final String viewId;

	ShowViewAction(IWorkbenchWindow window, String viewId, String text, ImageDescriptor image) {
		super(text, image);
		this.window = window;
		this.viewId = viewId;
		setId("org.officebench.ui.show." + viewId); //$NON-NLS-1$
	}

	@Override
	public void run() {
		if (window.getActivePage() == null) {
			return;
		}
		try {
			window.getActivePage().showView(viewId);
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot show view " + viewId, e); //$NON-NLS-1$
		}
	}
}
