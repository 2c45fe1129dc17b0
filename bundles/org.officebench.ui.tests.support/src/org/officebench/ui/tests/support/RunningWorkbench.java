package org.officebench.ui.tests.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.Bundle;

/**
 * Makes sure our application ({@code org.officebench.ui.application}) is running with its workbench window open.
 * Under Tycho's UI harness ({@code tests.uiHarness=true}) the harness has started it already. Under the headless
 * harness this starts the application itself, from its plugin.xml registration, on a UI thread of its own (as the
 * UI harness does with {@code useUIThread=false}), and closes the workbench after the last test.
 */
public final class RunningWorkbench implements BeforeAllCallback {

	private static final String APPLICATION_ID = "org.officebench.ui.application";
	private static Thread uiThread;
	private static final AtomicReference<Object> exitCode = new AtomicReference<>();
	private static final AtomicReference<Throwable> failure = new AtomicReference<>();

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		ensureStarted(context);
	}

	private static synchronized void ensureStarted(ExtensionContext context) throws Exception {
		if (uiThread == null && !PlatformUI.isWorkbenchRunning()) {
			IApplication application = createApplication();
			uiThread = new Thread(() -> {
				try {
					exitCode.set(application.start(new Context()));
				} catch (Throwable e) {
					failure.set(e);
					e.printStackTrace();
				}
			}, "OfficeBench UI");
			uiThread.setDaemon(true);
			uiThread.start();
			context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningWorkbench.class.getName(),
					new Closer());
		}
		long end = System.currentTimeMillis() + 120_000;
		while (!windowOpen()) {
			if (failure.get() != null) {
				throw new AssertionError("The application failed to start", failure.get());
			}
			if (exitCode.get() != null) {
				throw new AssertionError("The application ended with " + exitCode.get() + " before its window opened");
			}
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("The workbench window did not open within two minutes");
			}
			Thread.sleep(100);
		}
		// Let postWindowOpen and the first layout finish.
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
		});
	}

	private static boolean windowOpen() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return false;
		}
		AtomicReference<Boolean> open = new AtomicReference<>(false);
		try {
			PlatformUI.getWorkbench().getDisplay().syncExec(() -> open.set(!PlatformUI.getWorkbench().isStarting()
					&& PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0
					&& PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell() != null
					&& PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().isVisible()));
		} catch (RuntimeException e) {
			return false;
		}
		return open.get();
	}

	private static IApplication createApplication() throws Exception {
		IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				APPLICATION_ID);
		if (extension == null) {
			throw new AssertionError(APPLICATION_ID + " is not registered");
		}
		for (IConfigurationElement application : extension.getConfigurationElements()) {
			for (IConfigurationElement run : application.getChildren("run")) {
				return (IApplication) run.createExecutableExtension("class");
			}
		}
		throw new AssertionError(APPLICATION_ID + " has no <run class=…>");
	}

	/** Closes the workbench after the last test, throwing away what a test left unsaved (no question asked). */
	private static final class Closer implements ExtensionContext.Store.CloseableResource, AutoCloseable {
		@Override
		public void close() throws InterruptedException {
			if (PlatformUI.isWorkbenchRunning()) {
				PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
					for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
						for (var page : window.getPages()) {
							page.closeAllEditors(false);
						}
					}
					PlatformUI.getWorkbench().close();
				});
			}
			uiThread.join(30_000);
		}
	}

	/** What the launcher would hand the application: no arguments (the repository comes from -Dofficebench.repo). */
	private static final class Context implements IApplicationContext {

		@Override
		public Map getArguments() {
			Map<String, Object> arguments = new HashMap<>();
			arguments.put(APPLICATION_ARGS, new String[0]);
			return arguments;
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return APPLICATION_ID;
		}

		@Override
		public String getBrandingName() {
			return Platform.getProduct() == null ? null : Platform.getProduct().getName();
		}

		@Override
		public String getBrandingDescription() {
			return null;
		}

		@Override
		public String getBrandingId() {
			return Platform.getProduct() == null ? null : Platform.getProduct().getId();
		}

		@Override
		public String getBrandingProperty(String key) {
			return Platform.getProduct() == null ? null : Platform.getProduct().getProperty(key);
		}

		@Override
		public Bundle getBrandingBundle() {
			return Platform.getProduct() == null ? null : Platform.getProduct().getDefiningBundle();
		}

		@Override
		public void setResult(Object result, IApplication application) {
		}
	}
}
