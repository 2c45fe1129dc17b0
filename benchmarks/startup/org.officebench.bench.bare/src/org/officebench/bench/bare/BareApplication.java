package org.officebench.bench.bare;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The smallest RCP workbench: one empty perspective, no views. The startup benchmark compares OfficeBench
 * with it, both built from the same target platform. It prints the same marker line when its first window is
 * open and then exits.
 */
public final class BareApplication implements IApplication {

	static final String PERSPECTIVE = "org.officebench.bench.bare.perspective";

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			return PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
				@Override
				public String getInitialWindowPerspectiveId() {
					return PERSPECTIVE;
				}

				@Override
				public void initialize(IWorkbenchConfigurer configurer) {
					configurer.setSaveAndRestore(false);
				}

				@Override
				public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
					return new WorkbenchWindowAdvisor(configurer) {
						@Override
						public void postWindowOpen() {
							IWorkbenchWindow window = configurer.getWindow();
							// The same moment as OfficeBench's marker: once the event queue is empty after the window opened.
							Display display = window.getShell().getDisplay();
							display.asyncExec(() -> display.asyncExec(() -> {
								System.out.println("OFFICEBENCH-WINDOW-OPEN");
								System.out.flush();
								if (Boolean.getBoolean("officebench.exitAfterStartup")) {
									PlatformUI.getWorkbench().close();
								}
							}));
						}
					};
				}
			}) == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		// the benchmark closes the workbench itself
	}
}
