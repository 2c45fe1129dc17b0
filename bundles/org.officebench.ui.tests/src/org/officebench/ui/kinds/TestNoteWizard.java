package org.officebench.ui.kinds;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/** The New wizard of the test fragment's own document kind; records that it was made and initialised. */
public class TestNoteWizard extends Wizard implements INewWizard {

	static volatile TestNoteWizard last;

	boolean initialised;

	public TestNoteWizard() {
		setWindowTitle("新建测试便笺");
		last = this;
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		initialised = true;
	}

	@Override
	public void addPages() {
		addPage(new WizardPage("note") { //$NON-NLS-1$
			@Override
			public void createControl(Composite parent) {
				Label label = new Label(parent, SWT.NONE);
				label.setText("测试便笺");
				setControl(label);
			}
		});
	}

	@Override
	public boolean performFinish() {
		return true;
	}
}
