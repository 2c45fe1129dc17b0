package org.officebench.ui.internal.wizards;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.officebench.core.DocumentKind;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;

/** 新建 › 制度 / 流程图 / 会议纪要 / 档案: opens the new-document wizard for one kind (or, with null, any kind). */
public class NewDocumentAction extends Action {

	private final IWorkbenchWindow window;
	private final DocumentKind kind;

	public NewDocumentAction(IWorkbenchWindow window, DocumentKind kind) {
		super(kind == null ? Messages.Action_newAny : kind.label() + "..."); //$NON-NLS-1$
		this.window = window;
		this.kind = kind;
		setId("org.officebench.ui.new." + (kind == null ? "any" : kind.key())); //$NON-NLS-1$ //$NON-NLS-2$
		setImageDescriptor(kind == null ? OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_NEW) : OfficeBenchUI.imageDescriptor(kind));
		setToolTipText(kind == null ? Messages.Action_newAnyTooltip : Messages.Action_newAnyTooltip + " \u00b7 " + kind.label()); //$NON-NLS-1$
	}

	@Override
	public void run() {
		open(window, kind);
	}

	/** Opens the wizard modally; returns when it is closed. */
	public static void open(IWorkbenchWindow window, DocumentKind kind) {
		NewDocumentWizard wizard = new NewDocumentWizard(kind);
		ISelection selection = window.getSelectionService().getSelection();
		wizard.init(window.getWorkbench(),
				selection instanceof IStructuredSelection structured ? structured : StructuredSelection.EMPTY);
		new OfficeWizardDialog(window.getShell(), wizard).open();
	}
}
