package org.officebench.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.officebench.ui.OfficeBenchUI;

/**
 * 资料库 on the left, the documents in the middle, their properties below them once one is open. Below the documents
 * is the folder {@value #WORK_FOLDER}, where the kinds place their views (检索, 四性检测, …) through
 * {@code org.eclipse.ui.perspectiveExtensions}: large enough for a results table beside its facets and preview.
 */
public class Perspective implements IPerspectiveFactory {

	/** The folder under the editor area that kinds stack their views into ({@code relative="work"}). */
	public static final String WORK_FOLDER = "work"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(OfficeBenchUI.NAVIGATOR_VIEW_ID, IPageLayout.LEFT, 0.26f, editorArea);
		IPlaceholderFolderLayout work = layout.createPlaceholderFolder(WORK_FOLDER, IPageLayout.BOTTOM, 0.45f, editorArea);
		work.addPlaceholder(WORK_FOLDER + ".placeholder"); // kept even before any kind stacks a view into it //$NON-NLS-1$
		// A placeholder: the view is made when the first document opens (see DocumentFormEditor), not at start-up.
		layout.addPlaceholder(OfficeBenchUI.PROPERTIES_VIEW_ID, IPageLayout.BOTTOM, 0.72f, editorArea);
		layout.addShowViewShortcut(OfficeBenchUI.NAVIGATOR_VIEW_ID);
		layout.addShowViewShortcut(OfficeBenchUI.PROPERTIES_VIEW_ID);
	}
}
