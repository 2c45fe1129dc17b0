package org.officebench.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.officebench.core.DocumentKind;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.archive.appraisal.ArchiveUseView;
import org.officebench.ui.archive.verify.VerifyView;
import org.officebench.ui.search.SearchView;

/**
 * 资料库 on the left, the documents in the middle, their properties below them once one is open; 检索, 四性检测 and 鉴定与借阅
 * open in one folder under the documents, large enough for a results table beside its facets and preview.
 */
public class Perspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(OfficeBenchUI.NAVIGATOR_VIEW_ID, IPageLayout.LEFT, 0.26f, editorArea);
		IPlaceholderFolderLayout work = layout.createPlaceholderFolder("work", IPageLayout.BOTTOM, 0.45f, editorArea); //$NON-NLS-1$
		work.addPlaceholder(SearchView.ID);
		work.addPlaceholder(VerifyView.ID);
		work.addPlaceholder(ArchiveUseView.ID);
		// A placeholder: the view is made when the first document opens (see DocumentFormEditor), not at start-up.
		layout.addPlaceholder(OfficeBenchUI.PROPERTIES_VIEW_ID, IPageLayout.BOTTOM, 0.72f, editorArea);
		layout.addShowViewShortcut(OfficeBenchUI.NAVIGATOR_VIEW_ID);
		layout.addShowViewShortcut(OfficeBenchUI.PROPERTIES_VIEW_ID);
		layout.addShowViewShortcut(SearchView.ID);
		layout.addShowViewShortcut(VerifyView.ID);
		layout.addShowViewShortcut(ArchiveUseView.ID);
		for (DocumentKind kind : DocumentKind.values()) {
			layout.addNewWizardShortcut("org.officebench.ui.wizards.new." + kind.key()); //$NON-NLS-1$
		}
	}
}
