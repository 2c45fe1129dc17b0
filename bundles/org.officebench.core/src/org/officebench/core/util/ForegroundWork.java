package org.officebench.core.util;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work a user is waiting for (sorting or filtering a table of a million rows) goes before long background reads: a
 * read calls {@link #yieldTo()} between its steps and pauses while such work runs. On two cores a read otherwise takes
 * most of the processor from it, and the garbage collections its allocations cause stop it as well.
 */
public final class ForegroundWork {

	/** A read never waits longer than this at one step, however long foreground work takes. */
	static final long MAX_WAIT_MILLIS = 2_000;

	private static final AtomicInteger RUNNING = new AtomicInteger();
	private static final Object DONE = new Object();

	private ForegroundWork() {
	}

	/** Runs work a user is waiting for, with background reads paused meanwhile. */
	public static <T> T run(Supplier<T> work) {
		RUNNING.incrementAndGet();
		try {
			return work.get();
		} finally {
			if (RUNNING.decrementAndGet() == 0) {
				synchronized (DONE) {
					DONE.notifyAll();
				}
			}
		}
	}

	/**
	 * Called by a background read between steps: returns at once unless foreground work runs, else when it is done
	 * (or after {@value #MAX_WAIT_MILLIS} ms).
	 */
	public static void yieldTo() throws InterruptedException {
		if (RUNNING.get() == 0) {
			return;
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
		synchronized (DONE) {
			for (long left = deadline - System.nanoTime(); RUNNING.get() > 0 && left > 0; left = deadline - System.nanoTime()) {
				TimeUnit.NANOSECONDS.timedWait(DONE, left);
			}
		}
	}
}
