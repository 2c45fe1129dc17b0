package org.officebench.ui.internal.journal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.officebench.core.Journal;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.internal.Messages;

/**
 * Keeps the unsaved changes of every open document editor in the repository's {@link Journal}: at most every
 * {@link #intervalMillis()} and whenever the window loses the focus, for each dirty {@link DocumentFormEditor} whose
 * command stack moved since its last snapshot. The snapshot is taken on the UI thread (the model serialised to bytes)
 * and written by a job. Closing an editor without saving removes its snapshot; a failure to write (a full disk) is
 * logged and never disturbs the editing. A document whose changes from an earlier session the user put off (以后再说)
 * is not journaled in this session, so that those changes stay as they were for the next start. Kind-neutral: any editor built on {@link DocumentFormEditor} gets it.
 */
public final class DocumentJournaling {

	/** System property: milliseconds between two rounds (default 30 000). */
	public static final String INTERVAL_PROPERTY = "officebench.journal.intervalMs"; //$NON-NLS-1$
	/** Job family of the jobs that write snapshots. */
	public static final Object FAMILY = new Object();

	private final IWorkbenchWindow window;
	/** Per open document, the command on top of its stack when it was last journaled. */
	private final Map<OfficeDocument, Command> journaledAt = new WeakHashMap<>();
	private final Runnable tick = this::tick;
	private final Listener deactivated = event -> journalNow();
	private final IPartListener2 closed = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference instanceof IEditorReference && reference.getPart(false) instanceof DocumentFormEditor editor
					&& editor.document() != null) {
				// Saved: its snapshot is gone already. Not saved: the user chose to throw the changes away.
				journaledAt.remove(editor.document());
				if (!RecoveryOffer.isPostponed(editor.document().id())) {
					discard(editor.document().id());
				}
			}
		}
	};
	private boolean disposed;

	private DocumentJournaling(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Starts journaling the editors of {@code window}, until it closes (UI thread). */
	public static DocumentJournaling install(IWorkbenchWindow window) {
		DocumentJournaling journaling = new DocumentJournaling(window);
		Shell shell = window.getShell();
		shell.addListener(SWT.Deactivate, journaling.deactivated);
		shell.addListener(SWT.Dispose, event -> journaling.dispose());
		window.getPartService().addPartListener(journaling.closed);
		shell.getDisplay().timerExec(intervalMillis(), journaling.tick);
		return journaling;
	}

	public static int intervalMillis() {
		return Integer.getInteger(INTERVAL_PROPERTY, 30_000);
	}

	private void tick() {
		if (disposed) {
			return;
		}
		journalNow();
		window.getShell().getDisplay().timerExec(intervalMillis(), tick);
	}

	/** One round: a snapshot of each dirty editor that changed since its last one, written in the background (UI thread). */
	public void journalNow() {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (disposed || repository == null || repository.isReadOnly()) {
			return;
		}
		Journal journal = repository.journal();
		for (IWorkbenchPage page : window.getPages()) {
			for (IEditorReference reference : page.getEditorReferences()) {
				if (reference.getEditor(false) instanceof DocumentFormEditor editor && editor.document() != null
						&& !editor.isBusy() && !RecoveryOffer.isPostponed(editor.document().id())) {
					journal(journal, editor.document());
				}
			}
		}
	}

	private void journal(Journal journal, OfficeDocument document) {
		Command top = document.commandStack().getUndoCommand();
		if (!document.isDirty()) {
			if (journaledAt.remove(document) != null) {
				discard(document.id()); // undone back to the saved state
			}
			return;
		}
		if (journaledAt.containsKey(document) && journaledAt.get(document) == top) {
			return; // nothing new since the last snapshot
		}
		Optional<Journal.Snapshot> snapshot;
		try {
			snapshot = journal.snapshot(document);
		} catch (RuntimeException e) {
			OfficeBenchUI.log("Cannot take a snapshot of " + document.file(), e); //$NON-NLS-1$
			return;
		}
		journaledAt.put(document, top);
		if (snapshot.isEmpty()) {
			return; // too big to journal every few seconds: saved as usual
		}
		Journal.Snapshot taken = snapshot.get();
		Job write = new Job(Messages.Journal_job) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				try {
					taken.write();
				} catch (IOException e) {
					// A full disk, a folder gone read-only: the editing goes on; the next round tries again.
					ILog.of(DocumentJournaling.class).log(new Status(IStatus.WARNING, OfficeBenchUI.PLUGIN_ID,
							"Cannot write the journal of " + document.file() + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
					Display display = window.getWorkbench().getDisplay();
					if (!display.isDisposed()) {
						display.asyncExec(() -> journaledAt.remove(document));
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		write.setSystem(true);
		write.setRule(JournalRule.INSTANCE);
		write.schedule();
	}

	private static void discard(String documentId) {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (repository == null || repository.isReadOnly()) {
			return;
		}
		try {
			repository.journal().discard(documentId);
		} catch (IOException | RuntimeException e) {
			OfficeBenchUI.log("Cannot remove the journal of " + documentId, e); //$NON-NLS-1$
		}
	}

	private void dispose() {
		disposed = true;
		window.getPartService().removePartListener(closed);
	}

	/** Writes one snapshot at a time. */
	private static final class JournalRule implements org.eclipse.core.runtime.jobs.ISchedulingRule {
		static final JournalRule INSTANCE = new JournalRule();

		@Override
		public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}
	}
}
