package org.officebench.ui.search;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.editor.FormEditor;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.search.Hit;
import org.officebench.ui.Dialogs;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.archive.catalogue.CataloguePage;
import org.officebench.ui.archive.catalogue.StoredFileOpener;

/** Opens what a result stands for: its catalogue with the 件 shown, its document, or the 件's stored file. */
final class Opening {

	private static final int WAIT_STEP_MS = 100;
	private static final int WAIT_STEPS = 300;

	private Opening() {
	}

	/** Opens the catalogue (or document) of the hit; for a 件, its row is selected in the catalogue table. */
	static void openInCatalogue(IWorkbenchPage page, Hit hit) {
		DocumentEditors.open(page, hit.documentId(), hit.title());
		if (hit.archivalCode() != null) {
			reveal(page, hit.documentId(), hit.archivalCode(), WAIT_STEPS);
		}
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

	/** Opens the 件's first stored file with the system's program (the copy is made in the background). */
	static void openFile(IWorkbenchPage page, Hit hit) {
		Shell shell = page.getWorkbenchWindow().getShell();
		Repository repository = OfficeBenchUI.repository();
		Display display = shell.getDisplay();
		Job job = Job.create(NLS.bind(Messages.Job_findItem, hit.archivalCode()), monitor -> {
			ArchiveItem found = null;
			try {
				OfficeDocument document = repository.open(hit.documentId());
				if (document.root() instanceof ArchiveCatalogue catalogue) {
					for (ArchiveItem item : catalogue.getItems()) {
						if (item.getId().equals(hit.itemId())) {
							found = item;
						}
					}
				}
			} catch (DocumentLoadException e) {
				display.asyncExec(() -> Dialogs.error(shell, Messages.Open_title, e.problem().describe()));
				return;
			}
			ArchiveItem item = found;
			display.asyncExec(() -> {
				if (item == null) {
					Dialogs.error(shell, Messages.Open_title, NLS.bind(Messages.Open_gone, hit.archivalCode()));
				} else {
					StoredFileOpener.open(shell, repository, item);
				}
			});
		});
		job.schedule();
	}
}
