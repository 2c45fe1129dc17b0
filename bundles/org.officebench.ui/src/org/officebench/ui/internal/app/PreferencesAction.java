package org.officebench.ui.internal.app;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.officebench.ui.internal.Messages;

/** 窗口 › 首选项: the workbench's preference pages in a dialog whose buttons speak the workbench's language. */
final class PreferencesAction extends Action {

	private final IWorkbenchWindow window;

	PreferencesAction(IWorkbenchWindow window) {
		super(Messages.Action_preferences);
		this.window = window;
		setId("org.officebench.ui.preferences"); //$NON-NLS-1$
		setActionDefinitionId("org.eclipse.ui.window.preferences"); //$NON-NLS-1$
	}

	@Override
	public void run() {
		PreferenceManager manager = window.getWorkbench().getPreferenceManager();
		PreferenceDialog dialog = new PreferenceDialog(window.getShell(), manager) {
			@Override
			protected void configureShell(Shell shell) {
				super.configureShell(shell);
				shell.setText(Messages.Preferences_title);
			}

			@Override
			protected void createButtonsForButtonBar(Composite parent) {
				createButton(parent, IDialogConstants.OK_ID, Messages.Button_ok, true);
				createButton(parent, IDialogConstants.CANCEL_ID, Messages.Button_cancel, false);
			}
		};
		dialog.setHelpAvailable(false);
		dialog.open();
	}
}
