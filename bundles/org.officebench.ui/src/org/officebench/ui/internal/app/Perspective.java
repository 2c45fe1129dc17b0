package org.officebench.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.officebench.core.DocumentKind;
import org.officebench.ui.OfficeBenchUI;

/** 资料库 on the left, the documents in the middle, their properties below them once one is open. */
public class Perspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(OfficeBenchUI.NAVIGATOR_VIEW_ID, IPageLayout.LEFT, 0.26f, editorArea);
		// A placeholder: the view is made when the first document opens (see DocumentFormEditor), not at start-up.
		layout.addPlaceholder(OfficeBenchUI.PROPERTIES_VIEW_ID, IPageLayout.BOTTOM, 0.72f, editorArea);
		layout.addShowViewShortcut(OfficeBenchUI.NAVIGATOR_VIEW_ID);
		layout.addShowViewShortcut(OfficeBenchUI.PROPERTIES_VIEW_ID);
		for (DocumentKind kind : DocumentKind.values()) {
			layout.addNewWizardShortcut("org.officebench.ui.wizards.new." + kind.key()); //$NON-NLS-1$
		}
	}
}
