package org.officebench.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An indexing task in the queue: wait for it, or cancel it (the index then stays as it was). */
public final class IndexTask {

	public enum Kind {
		/** Everything anew from the repository. */
		REBUILD,
		/** What changed in the repository since the index was written. */
		SYNCHRONIZE
	}

	private final Kind kind;
	private final IndexMonitor monitor;
	private final CompletableFuture<IndexReport> result = new CompletableFuture<>();
	private volatile boolean canceled;
	private volatile int done;
	private volatile int total;

	/** Tasks are made by {@link SearchIndex}; public for its indexer. */
	public IndexTask(Kind kind, IndexMonitor monitor) {
		this.kind = kind;
		this.monitor = monitor == null ? IndexMonitor.NONE : monitor;
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

	/** For the indexer: reports progress to the monitor. */
	public void progress(int doneNow, int totalNow, String current) {
		this.done = doneNow;
		this.total = totalNow;
		monitor.progress(doneNow, totalNow, current == null ? "" : current); //$NON-NLS-1$
	}

	/** For the indexer: the task is over. */
	public void complete(IndexReport report) {
		result.complete(report);
	}
}
