package org.officebench.ui.archive.catalogue;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.HandlerUtil;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.commands.DocumentCommands;

/**
 * 在目录中打开 ({@link DocumentCommands#SHOW_IN_DOCUMENT}): opens the document and, for a 件 named by its 档号, shows its
 * row in the catalogue's 归档文件目录 once the editor is open.
 */
public final class ShowInCatalogueHandler extends AbstractHandler {

	private static final int WAIT_STEP_MS = 100;
	private static final int WAIT_STEPS = 300;

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		String documentId = event.getParameter(DocumentCommands.DOCUMENT);
		if (window == null || window.getActivePage() == null || documentId == null) {
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		DocumentEditors.open(page, documentId, event.getParameter(DocumentCommands.TITLE));
		String archivalCode = event.getParameter(DocumentCommands.ELEMENT_LABEL);
		if (archivalCode != null) {
			reveal(page, documentId, archivalCode, WAIT_STEPS);
		}
		return null;
	}

	/** The editor opens once the document is read in the background: waits for it without blocking the UI. */
	private static void reveal(IWorkbenchPage page, String documentId, String archivalCode, int triesLeft) {
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		IEditorPart editor = DocumentEditors.find(page, documentId);
		if (editor instanceof FormEditor form) {
			if (form.setActivePage(CataloguePage.ID) instanceof CataloguePage catalogue) {
				catalogue.revealCode(archivalCode);
			}
			return;
		}
		if (triesLeft > 0) {
			display.timerExec(WAIT_STEP_MS, () -> {
				if (!page.getWorkbenchWindow().getShell().isDisposed()) {
					reveal(page, documentId, archivalCode, triesLeft - 1);
				}
			});
		}
	}
}
