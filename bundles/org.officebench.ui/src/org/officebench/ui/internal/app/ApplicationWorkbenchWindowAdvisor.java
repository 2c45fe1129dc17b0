package org.officebench.ui.internal.app;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.officebench.core.ServiceLoaders;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.internal.journal.DocumentJournaling;
import org.officebench.ui.internal.journal.RecoveryOffer;

/** The main window: title with the repository path, tool bar, status line; the startup benchmark hook. */
public class ApplicationWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** System property: print {@link #WINDOW_OPEN_MARKER} and close once the first window is up. */
	public static final String EXIT_AFTER_STARTUP = "officebench.exitAfterStartup"; //$NON-NLS-1$
	public static final String WINDOW_OPEN_MARKER = "OFFICEBENCH-WINDOW-OPEN"; //$NON-NLS-1$

	public ApplicationWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new ApplicationActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setTitle(NLS.bind(Messages.Window_title, OfficeBenchUI.repository().root()));
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null) {
			StartPage.open(page);
			IViewPart navigator = page.findView(OfficeBenchUI.NAVIGATOR_VIEW_ID);
			if (navigator != null) {
				page.activate(navigator);
			}
		}
		// Unsaved changes are kept in the repository's journal; what a crash left there is offered back.
		DocumentJournaling.install(getWindowConfigurer().getWindow());
		RecoveryOffer.offer(getWindowConfigurer().getWindow());
		// Once the window is up, make the libraries' service loading ready before the user needs it (see ServiceLoaders).
		Job warmUp = Job.create(Messages.Job_prepareLibraries, monitor -> {
			ServiceLoaders.ensureReady();
		});
		warmUp.setSystem(true);
		warmUp.schedule(1500);
		// The kinds' own background preparations (search index, catalogue warm-up) start through org.eclipse.ui.startup.
		if (Boolean.getBoolean(EXIT_AFTER_STARTUP)) {
			Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
			// Runs once the event queue is empty, i.e. the window has been laid out and painted.
			display.asyncExec(() -> display.asyncExec(() -> {
				System.out.println(WINDOW_OPEN_MARKER);
				System.out.flush();
				getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().close();
			}));
		}
	}
}
