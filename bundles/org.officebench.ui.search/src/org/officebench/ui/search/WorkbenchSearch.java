package org.officebench.ui.search;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryListener;
import org.officebench.search.IndexHealth;
import org.officebench.search.IndexReport;
import org.officebench.search.IndexTask;
import org.officebench.search.SearchIndex;
import org.officebench.search.SearchRequest;
import org.officebench.search.analysis.ChineseFolding;
import org.officebench.ui.OfficeBenchUI;

/**
 * The workbench's search index: opened on first need (the search view, or a background job some seconds after the
 * window opened), kept up to date by the repository's saves, rebuilt in the background when missing or damaged. The
 * index's own queue is the single writer; each task is shown as a job (Progress view, status line) that can cancel it.
 */
public final class WorkbenchSearch {

	/** Job family of the indexing jobs. */
	public static final Object FAMILY = new Object();

	private static WorkbenchSearch instance;

	private final Repository repository;
	private final SearchIndex index;
	private final RepositoryListener listener;
	private final ListenerList<Runnable> changeListeners = new ListenerList<>();
	private boolean started;
	private volatile String progress;

	private WorkbenchSearch(Repository repository) throws IOException {
		this.repository = repository;
		this.index = SearchIndex.open(repository);
		this.listener = (change, documentId) -> schedule(Messages.Job_update, monitor -> index.update(documentId, monitor));
		repository.addListener(listener);
		SearchStartup.opened = true;
	}

	/** The index of the workbench's repository, opened on first call. */
	public static synchronized WorkbenchSearch get() throws IOException {
		Repository repository = OfficeBenchUI.repository();
		if (instance != null && instance.repository != repository) {
			instance.close();
			instance = null;
		}
		if (instance == null) {
			instance = new WorkbenchSearch(repository);
		}
		return instance;
	}

	/** The index if it was opened, else null (nothing is opened). */
	public static synchronized WorkbenchSearch current() {
		return instance;
	}

	/** Opens the index, brings it up to date and makes the first search fast (smartcn loads its dictionary). */
	static void warmUp() {
		try {
			WorkbenchSearch search = get();
			search.start();
			ChineseFolding.prepare();
			search.index().search(SearchRequest.of("\u6863\u6848").withFacets(false)); //$NON-NLS-1$
		} catch (IOException | IllegalStateException e) {
			// no repository, or a read-only one: the view says so when it is opened
		}
	}

	/** Closes the index (when the workbench closes): tasks under way are canceled, the index stays as it was. */
	public static synchronized void shutdown() {
		if (instance != null) {
			instance.close();
			instance = null;
		}
	}

	public SearchIndex index() {
		return index;
	}

	/** Once: brings the index up to date with the repository (builds it when missing, damaged or outdated). */
	public synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		IndexHealth health = index.health();
		schedule(health.isReady() ? Messages.Job_update : Messages.Job_build, index::synchronize);
	}

	/** Rebuilds the whole index in the background. */
	public void rebuild() {
		schedule(Messages.Job_build, index::rebuild);
	}

	/** What the task under way is doing, for the view ("索引中 45%…"), or null when idle. */
	public String progress() {
		return progress;
	}

	/** {@code listener} runs (on any thread) when an indexing task progresses or ends. */
	public void addChangeListener(Runnable changeListener) {
		changeListeners.add(changeListener);
	}

	public void removeChangeListener(Runnable changeListener) {
		changeListeners.remove(changeListener);
	}

	private void changed() {
		for (Runnable r : changeListeners) {
			r.run();
		}
	}

	private Job schedule(String name, Function<IProgressMonitor, IndexTask> start) {
		Job job = new IndexJob(name, start);
		job.setPriority(Job.LONG);
		job.schedule();
		return job;
	}

	private void close() {
		repository.removeListener(listener);
		Job.getJobManager().cancel(FAMILY);
		index.close();
	}

	/** Waits for one indexing task, showing its progress and passing a cancel on to it. */
	private final class IndexJob extends Job {

		private final Function<IProgressMonitor, IndexTask> start;

		IndexJob(String name, Function<IProgressMonitor, IndexTask> start) {
			super(name);
			this.start = start;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			// The task reports its progress (work and which entry of how many) to the job's monitor, and a cancel there
			// cancels it; the status line is polled here.
			IndexTask task = start.apply(monitor);
			IndexReport report = null;
			try {
				while (report == null) {
					report = task.await(Duration.ofMillis(250));
					if (monitor.isCanceled()) {
						task.cancel();
					}
					int total = task.total();
					if (total > 0 && report == null) {
						int percent = (int) Math.min(99, 100L * task.done() / total);
						String now = NLS.bind(Messages.Status_indexing, Integer.toString(percent));
						if (!now.equals(progress)) {
							progress = now;
							changed();
						}
					}
				}
			} catch (InterruptedException e) {
				task.cancel();
				Thread.currentThread().interrupt();
			} finally {
				progress = null;
				monitor.done();
				changed();
			}
			if (report == null || report.outcome() == IndexReport.Outcome.CANCELED) {
				return Status.CANCEL_STATUS;
			}
			if (report.outcome() == IndexReport.Outcome.FAILED) {
				return Status.error(report.summary());
			}
			return Status.OK_STATUS;
		}
	}
}
