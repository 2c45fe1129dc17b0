package org.officebench.ui.internal.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code org.officebench.ui.application}: opens the repository (through the core's {@link RepositoryService}),
 * then runs the workbench on it. A repository that is locked or unusable is reported and the application ends
 * with exit code 1 without opening the workbench.
 */
public class Application implements IApplication {

	/** Exit code when the repository cannot be opened. */
	public static final Integer EXIT_REPOSITORY_UNAVAILABLE = 1;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Path folder = RepositoryLocation.resolve(args, System.getProperty(RepositoryLocation.PROPERTY),
				System.getProperty("user.home")); //$NON-NLS-1$
		BundleContext bundleContext = FrameworkUtil.getBundle(Application.class).getBundleContext();
		ServiceTracker<RepositoryService, RepositoryService> services = new ServiceTracker<>(bundleContext,
				RepositoryService.class, null);
		services.open();
		// Open the repository (lock, EMF packages) while GTK starts the display: two cores, two jobs.
		CompletableFuture<Repository> opening = CompletableFuture.supplyAsync(() -> {
			try {
				return open(services, bundleContext, folder);
			} catch (RepositoryException e) {
				throw new CompletionException(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CompletionException(new RepositoryException(Messages.App_noRepositoryService, e));
			}
		});
		Display.setAppName("OfficeBench"); //$NON-NLS-1$ (the window class: before the display exists)
		Display display = PlatformUI.createDisplay();
		Repository repository = null;
		try {
			try {
				repository = opening.join();
			} catch (CompletionException failure) {
				if (!(failure.getCause() instanceof RepositoryException e)) {
					throw failure;
				}
				context.applicationRunning(); // takes the splash screen down
				System.err.println(e.getMessage());
				if (!Boolean.getBoolean(ApplicationWorkbenchWindowAdvisor.EXIT_AFTER_STARTUP)) {
					Dialogs.error(null, Messages.App_cannotOpenTitle, e.getMessage()); // a benchmark run must not wait
				}
				return EXIT_REPOSITORY_UNAVAILABLE;
			}
			OfficeBenchUI.getDefault().setRepository(repository);
			OfficeBenchUI.catalog().refresh(); // read the list while the workbench builds its window
			int code = PlatformUI.createAndRunWorkbench(display, new ApplicationWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			OfficeBenchUI.getDefault().setRepository(null);
			if (repository != null) {
				repository.close();
			}
			services.close();
			display.dispose();
		}
	}

	private static Repository open(ServiceTracker<RepositoryService, RepositoryService> services, BundleContext context,
			Path folder) throws RepositoryException, InterruptedException {
		RepositoryService service = services.getService();
		if (service == null) {
			startDeclarativeServices(context);
			service = services.waitForService(15_000);
		}
		if (service == null) {
			throw new RepositoryException(Messages.App_noRepositoryService);
		}
		return service.open(folder, System.getProperty("user.name"), true); //$NON-NLS-1$
	}

	/** A launch configuration that forgot to start Felix SCR still gets the core's services. */
	private static void startDeclarativeServices(BundleContext context) {
		for (Bundle bundle : context.getBundles()) {
			if ("org.apache.felix.scr".equals(bundle.getSymbolicName()) //$NON-NLS-1$
					&& (bundle.getState() & (Bundle.RESOLVED | Bundle.INSTALLED | Bundle.STARTING)) != 0) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					OfficeBenchUI.log("Cannot start Declarative Services (org.apache.felix.scr)", e); //$NON-NLS-1$
				}
			}
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
