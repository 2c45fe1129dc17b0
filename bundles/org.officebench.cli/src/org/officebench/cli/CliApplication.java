package org.officebench.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.officebench.cli.internal.Cli;
import org.officebench.core.RepositoryService;
import org.officebench.core.ServiceLoaders;
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
		ServiceLoaders.ensureReady();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// Always UTF-8: a terminal in the C locale would otherwise print '?' for every Chinese character.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		ServiceTracker<RepositoryService, RepositoryService> tracker = new ServiceTracker<>(bundles, RepositoryService.class, null);
		tracker.open();
		try {
			RepositoryService service = tracker.waitForService(10_000);
			if (service == null) {
				err.println("OfficeBench core did not start (no RepositoryService); the installation is incomplete."); //$NON-NLS-1$
				return Integer.valueOf(Cli.FAILURE);
			}
			return Integer.valueOf(new Cli(out, err, service).run(args == null ? new String[0] : args));
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
