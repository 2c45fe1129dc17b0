package org.officebench.ui.internal.wizards;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.officebench.ui.Dialogs;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.wizards.NewDocumentWizard;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;

/** 新建 › 制度 / 流程图 / …: opens the New wizard a kind contributes (or, with null, the wizard that asks for the kind). */
public class NewDocumentAction extends Action {

	private final IWorkbenchWindow window;
	private final DocumentKindDescriptor kind;

	public NewDocumentAction(IWorkbenchWindow window, DocumentKindDescriptor kind) {
		super(kind == null ? Messages.Action_newAny : kind.label() + "..."); //$NON-NLS-1$
		this.window = window;
		this.kind = kind;
		setId("org.officebench.ui.new." + (kind == null ? "any" : kind.key())); //$NON-NLS-1$ //$NON-NLS-2$
		setImageDescriptor(kind == null ? OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_NEW) : kind.imageDescriptor());
		setToolTipText(kind == null ? Messages.Action_newAnyTooltip : Messages.Action_newAnyTooltip + " \u00b7 " + kind.label()); //$NON-NLS-1$
	}

	@Override
	public void run() {
		open(window, kind);
	}

	/** Opens the kind's wizard modally; returns when it is closed. A wizard that cannot be made is said and logged. */
	public static void open(IWorkbenchWindow window, DocumentKindDescriptor kind) {
		IWizard wizard;
		if (kind == null) {
			wizard = new NewDocumentWizard(null);
		} else {
			IWizardDescriptor descriptor = kind.newWizardId() == null ? null
					: window.getWorkbench().getNewWizardRegistry().findWizard(kind.newWizardId());
			try {
				if (descriptor == null) {
					throw new CoreException(Status.error("no wizard is registered with the id " + kind.newWizardId())); //$NON-NLS-1$
				}
				wizard = descriptor.createWizard();
			} catch (CoreException e) {
				OfficeBenchUI.log("The New wizard of the document kind '" + kind.key() + "' contributed by " //$NON-NLS-1$ //$NON-NLS-2$
						+ kind.contributor() + " cannot be made", e); //$NON-NLS-1$
				Dialogs.error(window.getShell(), Messages.NewWizard_titleAny, NLS.bind(Messages.NewWizard_failed, e.getMessage()));
				return;
			}
		}
		if (wizard instanceof IWorkbenchWizard workbenchWizard) {
			ISelection selection = window.getSelectionService().getSelection();
			workbenchWizard.init(window.getWorkbench(),
					selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY);
		}
		new OfficeWizardDialog(window.getShell(), wizard).open();
	}
}
