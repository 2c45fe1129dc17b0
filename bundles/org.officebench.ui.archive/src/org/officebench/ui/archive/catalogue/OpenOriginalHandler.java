package org.officebench.ui.archive.catalogue;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.commands.DocumentCommands;

/**
 * 打开原文件 ({@link DocumentCommands#OPEN_ORIGINAL}): finds the 件 in its catalogue in the background and opens its
 * first stored file with the system's program (the copy is made in the background too).
 */
public final class OpenOriginalHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		String documentId = event.getParameter(DocumentCommands.DOCUMENT);
		String itemId = event.getParameter(DocumentCommands.ELEMENT);
		String archivalCode = event.getParameter(DocumentCommands.ELEMENT_LABEL);
		if (window == null || documentId == null || itemId == null) {
			return null;
		}
		Shell shell = window.getShell();
		Repository repository = OfficeBenchUI.repository();
		Display display = shell.getDisplay();
		Job job = Job.create(NLS.bind(Messages.Job_findItem, archivalCode), monitor -> {
			ArchiveItem found = null;
			try {
				OfficeDocument document = repository.open(documentId);
				if (document.root() instanceof ArchiveCatalogue catalogue) {
					for (ArchiveItem item : catalogue.getItems()) {
						if (item.getId().equals(itemId)) {
							found = item;
						}
					}
				}
			} catch (DocumentLoadException e) {
				display.asyncExec(() -> Dialogs.error(shell, Messages.Original_title, e.problem().describe()));
				return;
			}
			ArchiveItem item = found;
			display.asyncExec(() -> {
				if (item == null) {
					Dialogs.error(shell, Messages.Original_title, NLS.bind(Messages.Original_gone, archivalCode));
				} else {
					StoredFileOpener.open(shell, repository, item);
				}
			});
		});
		job.schedule();
		return null;
	}
}
