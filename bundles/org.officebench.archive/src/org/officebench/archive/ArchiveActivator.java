package org.officebench.archive;

import org.officebench.core.ServiceLoaders;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Before any class of PDFBox or POI loads through this bundle, their service-loader and logging plumbing is up. */
public final class ArchiveActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		ServiceLoaders.ensureReady();
	}

	@Override
	public void stop(BundleContext context) {
		// nothing held
	}
}
