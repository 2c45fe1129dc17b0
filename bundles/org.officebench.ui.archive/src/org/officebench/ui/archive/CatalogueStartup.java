package org.officebench.ui.archive;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.officebench.core.Repository;
import org.officebench.core.archive.table.CatalogueWarmUp;
import org.officebench.ui.OfficeBenchUI;

/**
 * Once the window is up: when the repository holds a catalogue in the compact format, readies the reader and the
 * heap for its first open (see {@link CatalogueWarmUp}), in a background job of the lowest priority.
 */
public final class CatalogueStartup implements IStartup {

	/** After the window's first paint and the shell's own preparations. */
	static final long DELAY_MS = 2500;

	@Override
	public void earlyStartup() {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (repository == null) {
			return;
		}
		Job catalogue = Job.create(Messages.Job_prepareCatalogue, monitor -> {
			// The navigator's listing when it has one, so that the files are not listed again for this.
			var listed = OfficeBenchUI.catalog().snapshot();
			if (CatalogueWarmUp.worthwhile(listed != null ? listed.documents() : repository.documents())) {
				CatalogueWarmUp.run(monitor::isCanceled, CatalogueWarmUp.HEAP_TOUCH);
			}
		});
		catalogue.setSystem(true);
		catalogue.setPriority(Job.DECORATE);
		catalogue.schedule(DELAY_MS);
	}
}
