package org.officebench.ui;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryListener;
import org.officebench.ui.internal.Messages;

/**
 * The repository's list of documents as the UI shows it. It is read in a background job (never on the UI
 * thread), again whenever the repository reports a change, and handed to listeners on the UI thread.
 */
public final class DocumentCatalog {

	/** Job family of the reading job, for {@code Job.getJobManager().join(DocumentCatalog.FAMILY, …)}. */
	public static final Object FAMILY = DocumentCatalog.class;

	/** One reading of the repository. */
	public record Snapshot(List<DocumentSummary> documents, List<LoadProblem> problems) {

		public Snapshot {
			documents = List.copyOf(documents);
			problems = List.copyOf(problems);
		}

		public DocumentSummary find(String id) {
			for (DocumentSummary summary : documents) {
				if (summary.id().equals(id)) {
					return summary;
				}
			}
			return null;
		}
	}

	/** Told on the UI thread each time a new reading is available. */
	@FunctionalInterface
	public interface Listener {
		void catalogChanged(Snapshot snapshot);
	}

	private final Repository repository;
	private final Display display;
	private final ListenerList<Listener> listeners = new ListenerList<>();
	private final RepositoryListener repositoryListener = (change, id) -> refresh();
	private final Job job;
	private volatile Snapshot snapshot;
	private volatile boolean disposed;

	DocumentCatalog(Repository repository, Display display) {
		this.repository = repository;
		this.display = display;
		this.job = new Job(Messages.Catalog_reading) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return read(monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setPriority(Job.SHORT);
		repository.addListener(repositoryListener);
	}

	private IStatus read(IProgressMonitor monitor) {
		if (disposed) {
			return Status.CANCEL_STATUS;
		}
		monitor.beginTask(Messages.Catalog_reading, IProgressMonitor.UNKNOWN);
		try {
			List<DocumentSummary> documents = repository.documents();
			Snapshot next = new Snapshot(documents, repository.problems());
			snapshot = next;
			if (!display.isDisposed()) {
				display.asyncExec(() -> fire(next));
			}
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			return Status.error(Messages.Catalog_readFailed, e);
		} finally {
			monitor.done();
		}
	}

	private void fire(Snapshot next) {
		if (disposed || next != snapshot) {
			return; // a newer reading follows
		}
		for (Listener listener : listeners) {
			listener.catalogChanged(next);
		}
	}

	/** The latest reading, or null before the first one has finished. */
	public Snapshot snapshot() {
		return snapshot;
	}

	/** Reads the repository again in the background (several calls in a row make one reading). */
	public void refresh() {
		if (!disposed) {
			job.schedule(50);
		}
	}

	/** Listeners are called on the UI thread. */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	void dispose() {
		disposed = true;
		repository.removeListener(repositoryListener);
		job.cancel();
		listeners.clear();
	}
}
