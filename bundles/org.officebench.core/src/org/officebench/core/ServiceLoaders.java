package org.officebench.core;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts, on first need, what lets libraries use {@link java.util.ServiceLoader} inside OSGi: SPI Fly, then the logging
 * bridge POI's log4j-api waits for, then Eclipse Collections (NatTable's). Not at start-up: SPI Fly parsing the
 * several hundred provider entries of Eclipse Collections costs the workbench two seconds before its window shows.
 * SPI Fly comes first so that its weaving is in place before any consumer's classes load.
 */
public final class ServiceLoaders {

	private static final List<String> IN_ORDER = List.of("org.apache.aries.spifly.dynamic.bundle", //$NON-NLS-1$
			"slf4j.simple", "org.apache.logging.log4j.to.slf4j", "org.eclipse.collections.impl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static volatile boolean ready;

	private ServiceLoaders() {
	}

	/** Idempotent and cheap once done; callers on other threads wait until it is done. */
	public static void ensureReady() {
		if (ready) {
			return;
		}
		synchronized (ServiceLoaders.class) {
			if (ready) {
				return;
			}
			Bundle self = FrameworkUtil.getBundle(ServiceLoaders.class);
			BundleContext context = self == null ? null : self.getBundleContext();
			if (context != null) {
				for (String name : IN_ORDER) {
					for (Bundle bundle : context.getBundles()) {
						if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
							try {
								bundle.start(Bundle.START_TRANSIENT);
							} catch (BundleException | IllegalStateException e) {
								// The library then works without its services (e.g. logs nowhere); nothing the user can fix.
								System.err.println("OfficeBench: cannot start " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
							}
						}
					}
				}
			}
			ready = true;
		}
	}
}
