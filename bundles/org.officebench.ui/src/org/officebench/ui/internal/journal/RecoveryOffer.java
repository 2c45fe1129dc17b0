package org.officebench.ui.internal.journal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.Journal;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.ui.Dialogs;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;

/**
 * At start, offers the unsaved changes an earlier session left in the journal (after a crash): a job reads each
 * document and works out what its journal would change, then {@link RecoveryDialog} lets the user recover (the
 * document opens with the changes applied as one undoable command, dirty), discard, or decide later.
 */
public final class RecoveryOffer {

	/** Job family of the job that reads the journal at start. */
	public static final Object FAMILY = new Object();

	/** One document's unsaved changes, read and compared; {@code problem} instead when that failed. */
	record Offer(Journal.Entry entry, OfficeDocument document, Journal.Recovery recovery, String problem) {
	}

	/** Documents whose kept changes are left for the next start (以后再说, or open when offered); UI thread. */
	private static final java.util.Set<String> POSTPONED = new java.util.HashSet<>();

	private RecoveryOffer() {
	}

	/** Whether the user left this document's kept changes for the next start: they must not be overwritten meanwhile. */
	public static boolean isPostponed(String documentId) {
		return POSTPONED.contains(documentId);
	}

	/** Looks for unsaved changes in the background and, if there are any, asks what to do with them (UI thread). */
	public static void offer(IWorkbenchWindow window) {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (repository == null || repository.isReadOnly()) {
			return;
		}
		Display display = window.getShell().getDisplay();
		Job job = new Job(Messages.Recovery_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Offer> offers = new ArrayList<>();
				for (Journal.Entry entry : repository.journal().pending()) {
					offers.add(read(repository, entry));
				}
				offers.removeIf(offer -> offer.recovery() != null && offer.recovery().isEmpty() && discarded(repository, offer));
				if (!offers.isEmpty()) {
					display.asyncExec(() -> ask(window, offers));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private static Offer read(Repository repository, Journal.Entry entry) {
		try {
			OfficeDocument document = repository.open(entry.documentId());
			return new Offer(entry, document, repository.journal().recover(document), null);
		} catch (DocumentLoadException e) {
			return new Offer(entry, null, null, e.problem().describe());
		} catch (RuntimeException e) {
			OfficeBenchUI.log("Cannot read the journal of " + entry.documentId(), e); //$NON-NLS-1$
			return new Offer(entry, null, null, String.valueOf(e.getMessage()));
		}
	}

	/** A journal that holds nothing the saved file lacks is not worth a question. */
	private static boolean discarded(Repository repository, Offer offer) {
		try {
			repository.journal().discard(offer.entry().documentId());
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static void ask(IWorkbenchWindow window, List<Offer> offers) {
		IWorkbenchPage page = window.getActivePage();
		if (window.getShell() == null || window.getShell().isDisposed() || page == null) {
			return;
		}
		// A document opened meanwhile is left alone: its journal stays for the next start.
		for (Offer offer : offers) {
			POSTPONED.add(offer.entry().documentId());
		}
		offers.removeIf(offer -> DocumentEditors.find(page, offer.entry().documentId()) != null);
		if (offers.isEmpty()) {
			return;
		}
		new RecoveryDialog(window.getShell(), offers, offer -> {
			POSTPONED.remove(offer.entry().documentId());
			recover(page, offer);
		}, offer -> {
			POSTPONED.remove(offer.entry().documentId());
			discard(window, offer);
		}).open();
	}

	/** Opens the document with the journaled changes applied: dirty, and one Undo takes them back. */
	static void recover(IWorkbenchPage page, Offer offer) {
		OfficeDocument document = offer.document();
		if (offer.recovery().command() != null) {
			document.commandStack().execute(offer.recovery().command());
		}
		DocumentEditors.show(page, document);
	}

	static void discard(IWorkbenchWindow window, Offer offer) {
		try {
			OfficeBenchUI.repository().journal().discard(offer.entry().documentId());
		} catch (IOException e) {
			OfficeBenchUI.log("Cannot remove the journal of " + offer.entry().documentId(), e); //$NON-NLS-1$
			Dialogs.error(window.getShell(), Messages.Recovery_title,
					NLS.bind(Messages.Recovery_discardFailed, offer.entry().file(), e.getMessage()));
		}
	}
}
