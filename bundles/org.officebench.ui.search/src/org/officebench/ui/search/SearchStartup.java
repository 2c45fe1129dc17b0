package org.officebench.ui.search;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench's hooks for search (through {@code org.eclipse.ui.startup}), kept apart from {@link WorkbenchSearch}
 * so that the window's start loads no class of the search bundle or Lucene: the index is opened by a job seconds
 * after the window is up, and indexing is cancelled when the workbench closes (the index stays as it was).
 */
public final class SearchStartup implements IStartup {

	/** After the window's first paint and the other kinds' preparations. */
	static final long DELAY_MS = 6000;

	static volatile boolean opened;

	@Override
	public void earlyStartup() {
		schedule(DELAY_MS);
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closing) {
				shutdown();
			}
		});
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
