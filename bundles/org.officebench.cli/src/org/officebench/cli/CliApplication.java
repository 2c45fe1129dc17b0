package org.officebench.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.officebench.cli.internal.Cli;
import org.officebench.core.RepositoryService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless command line, {@code org.officebench.cli.app}: it starts no SWT, JFace or workbench bundle.
 * The exit code is the application's result: 0 ok, 1 failure, 2 usage.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		String[] args = given == null ? new String[0] : given;
		context.applicationRunning();
		// Always UTF-8: a terminal in the C locale would otherwise print '?' for every Chinese character.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		if (Cli.isHelp(args)) {
			// No repository service: core, EMF and the libraries stay unloaded.
			Cli.help(out);
			out.flush();
			return Integer.valueOf(Cli.OK);
		}
		// No ServiceLoaders.ensureReady() here: SPI Fly and the logging bridge are only for POI and PDFBox, and the
		// bundles that use them start them first (the archive bundle's activator, the search index before it
		// extracts text). A command that never touches them (list, show, new, a search of an up-to-date index) does
		// not pay for SPI Fly scanning every bundle.
		BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		ServiceTracker<RepositoryService, RepositoryService> tracker = new ServiceTracker<>(bundles, RepositoryService.class, null);
		tracker.open();
		try {
			RepositoryService service = tracker.waitForService(10_000);
			if (service == null) {
				err.println("OfficeBench core did not start (no RepositoryService); the installation is incomplete."); //$NON-NLS-1$
				return Integer.valueOf(Cli.FAILURE);
			}
			return Integer.valueOf(new Cli(out, err, service).run(args));
		} finally {
			tracker.close();
			out.flush();
			err.flush();
		}
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
