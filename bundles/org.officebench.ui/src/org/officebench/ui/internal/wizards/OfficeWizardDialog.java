package org.officebench.ui.internal.wizards;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.officebench.ui.internal.Messages;

/** A wizard dialog whose buttons speak the workbench's language (JFace's come from an absent language pack). */
public class OfficeWizardDialog extends WizardDialog {

	public OfficeWizardDialog(Shell parent, IWizard wizard) {
		super(parent, wizard);
		setHelpAvailable(false);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		relabel(IDialogConstants.BACK_ID, Messages.Button_back);
		relabel(IDialogConstants.NEXT_ID, Messages.Button_next);
		relabel(IDialogConstants.FINISH_ID, Messages.Button_finish);
		relabel(IDialogConstants.CANCEL_ID, Messages.Button_cancel);
	}

	private void relabel(int id, String label) {
		Button button = getButton(id);
		if (button != null) {
			button.setText(label);
			setButtonLayoutData(button);
		}
	}
}
