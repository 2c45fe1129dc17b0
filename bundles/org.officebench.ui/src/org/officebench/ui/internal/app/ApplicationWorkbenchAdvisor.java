package org.officebench.ui.internal.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.officebench.core.Repository;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.internal.Messages;

/** The workbench of 营运工作台: one perspective, no restored editors, and one question about unsaved documents. */
public class ApplicationWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// Documents are opened from the repository each time; a restored layout would only restore stale tabs.
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return OfficeBenchUI.PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ApplicationWorkbenchWindowAdvisor(configurer);
	}

	/** A clean exit: every editor is closed (saved or its changes thrown away), so no kept changes are left. */
	@Override
	public void postShutdown() {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (repository != null && !repository.isReadOnly()) {
			try {
				repository.journal().discardAll();
			} catch (IOException e) {
				OfficeBenchUI.log("Cannot empty the journal", e); //$NON-NLS-1$
			}
		}
		super.postShutdown();
	}

	/**
	 * Asks once about all unsaved documents (in the workbench's language) before the workbench would ask in its
	 * own: save them all, throw the changes away, or stay.
	 */
	@Override
	public boolean preShutdown() {
		List<IEditorPart> dirty = new ArrayList<>();
		List<IWorkbenchPage> pages = new ArrayList<>();
		Shell shell = null;
		for (IWorkbenchWindow window : getWorkbenchConfigurer().getWorkbench().getWorkbenchWindows()) {
			shell = shell == null ? window.getShell() : shell;
			for (IWorkbenchPage page : window.getPages()) {
				pages.add(page);
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof DocumentFormEditor editor) {
						editor.commitPendingEdits(); // the question names documents by the titles just typed
					}
				}
				for (IEditorPart editor : page.getDirtyEditors()) {
					dirty.add(editor);
				}
			}
		}
		if (dirty.isEmpty()) {
			return true;
		}
		StringBuilder names = new StringBuilder();
		for (IEditorPart editor : dirty) {
			names.append("\n  \u00b7 ").append(editor.getTitle()); //$NON-NLS-1$
		}
		int answer = Dialogs.askSave(shell, Messages.Shutdown_title, NLS.bind(Messages.Shutdown_question, names));
		if (answer == Dialogs.CANCEL) {
			return false;
		}
		for (IWorkbenchPage page : pages) {
			List<IEditorReference> discard = new ArrayList<>();
			for (IEditorReference reference : page.getEditorReferences()) {
				IEditorPart editor = reference.getEditor(false);
				if (editor == null || !dirty.contains(editor)) {
					continue;
				}
				if (answer == Dialogs.SAVE) {
					// Returns when the file is written (the editor writes it on another thread meanwhile).
					page.saveEditor(editor, false);
					if (editor.isDirty()) {
						return false; // saving failed and was reported: stay open
					}
				} else {
					discard.add(reference);
				}
			}
			if (!discard.isEmpty()) {
				page.closeEditors(discard.toArray(IEditorReference[]::new), false);
			}
		}
		return true;
	}
}
