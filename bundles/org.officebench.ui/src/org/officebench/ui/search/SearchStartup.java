package org.officebench.ui.search;

import org.eclipse.core.runtime.jobs.Job;

/**
 * The workbench's hooks for search, kept apart from {@link WorkbenchSearch} so that the window's start loads no class
 * of the search bundle or Lucene: the index is opened by a job seconds after the window is up.
 */
public final class SearchStartup {

	static volatile boolean opened;

	private SearchStartup() {
	}

	/** Opens and brings the index up to date in a background job {@code delay} ms from now. */
	public static void schedule(long delay) {
		Job job = Job.create(Messages.Job_prepare, monitor -> {
			WorkbenchSearch.warmUp();
		});
		job.setSystem(true);
		job.schedule(delay);
	}

	/** When the workbench closes: cancels indexing (the index stays as it was) and closes the index, if it was opened. */
	public static void shutdown() {
		if (opened) {
			WorkbenchSearch.shutdown();
		}
	}
}
