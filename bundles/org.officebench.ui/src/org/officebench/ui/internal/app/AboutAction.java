package org.officebench.ui.internal.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.osgi.framework.FrameworkUtil;

/** 帮助 › 关于: the product, the version of this bundle, the repository and the Java it runs on. */
final class AboutAction extends Action {

	private final IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super(Messages.Action_about);
		this.window = window;
		setId("org.officebench.ui.about"); //$NON-NLS-1$
		setImageDescriptor(OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_APP));
	}

	/** The text of the About dialog. */
	static String text() {
		String version = FrameworkUtil.getBundle(AboutAction.class).getVersion().toString();
		return NLS.bind(Messages.About_text, new Object[] { version, OfficeBenchUI.repository().root(),
				System.getProperty("java.version"), System.getProperty("os.name") + " " + System.getProperty("os.arch") }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	public void run() {
		Shell shell = window.getShell();
		new MessageDialog(shell, Messages.About_title, null, text(), MessageDialog.NONE, 0, Messages.Button_ok) {
			@Override
			public Image getImage() {
				return OfficeBenchUI.image(OfficeBenchUI.IMAGE_APP_LARGE);
			}
		}.open();
	}
}
