package org.officebench.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * An indexing task in the queue: wait for it, or cancel it (the index then stays as it was). Its progress goes to the
 * {@link IProgressMonitor} it was made with, told on the indexing thread (the total grows while catalogues are opened,
 * so the work done is a current estimate; the sub-task says which entry of how many); canceling that monitor cancels
 * the task.
 */
public final class IndexTask {

	private static final int TICKS = 1000;

	public enum Kind {
		/** Everything anew from the repository. */
		REBUILD,
		/** What changed in the repository since the index was written. */
		SYNCHRONIZE
	}

	private final Kind kind;
	private final IProgressMonitor monitor;
	private SubMonitor progress;
	private int ticks;
	private final CompletableFuture<IndexReport> result = new CompletableFuture<>();
	private volatile boolean canceled;
	private volatile int done;
	private volatile int total;

	/** Tasks are made by {@link SearchIndex}; public for its indexer. */
	public IndexTask(Kind kind, IProgressMonitor monitor) {
		this.kind = kind;
		this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
	}

	public Kind kind() {
		return kind;
	}

	/** Stops the task at the next entry; an extraction under way is abandoned. */
	public void cancel() {
		canceled = true;
	}

	public boolean isCanceled() {
		return canceled || monitor.isCanceled();
	}

	public boolean isDone() {
		return result.isDone();
	}

	/** Entries done so far and the current estimate of the total. */
	public int done() {
		return done;
	}

	public int total() {
		return total;
	}

	/** Waits for the task; it never fails with an exception: a failure is an {@link IndexReport.Outcome#FAILED} report. */
	public IndexReport await() throws InterruptedException {
		try {
			return result.get();
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause()); // complete() is the only way it ends
		}
	}

	/** @return the report, or null if the task is not done within {@code timeout} */
	public IndexReport await(Duration timeout) throws InterruptedException {
		try {
			return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			return null;
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** For the indexer: reports progress to the monitor (on the indexing thread). */
	public synchronized void progress(int doneNow, int totalNow, String current) {
		this.done = doneNow;
		this.total = totalNow;
		if (progress == null) {
			progress = SubMonitor.convert(monitor, kind == Kind.REBUILD ? Messages.Task_rebuild : Messages.Task_synchronize, TICKS);
		}
		int now = totalNow <= 0 ? 0 : (int) Math.min(TICKS, (long) TICKS * doneNow / totalNow);
		if (now > ticks) {
			progress.worked(now - ticks);
			ticks = now;
		}
		progress.subTask(NLS.bind(Messages.Task_progress,
				new Object[] { Integer.toString(doneNow), Integer.toString(totalNow), current == null ? "" : current })); //$NON-NLS-1$
	}

	/** For the indexer: the task is over. */
	public void complete(IndexReport report) {
		synchronized (this) {
			monitor.done();
		}
		result.complete(report);
	}
}
