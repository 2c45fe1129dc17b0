package org.officebench.ui.wizards;

import java.io.IOException;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.core.runtime.IExecutableExtension;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.kinds.DocumentKinds;

/**
 * Creates a document of one kind (given as {@code NewDocumentWizard:policy} in plugin.xml, or chosen on the page
 * when none is given) and opens it in its editor.
 */
public class NewDocumentWizard extends Wizard implements INewWizard, IExecutableExtension {

	private DocumentKind kind;
	private IWorkbench workbench;
	private NewDocumentPage page;
	private OfficeDocument created;

	public NewDocumentWizard() {
		this(null);
	}

	/** @param kind null to let the user choose */
	public NewDocumentWizard(DocumentKind kind) {
		this.kind = kind;
		setNeedsProgressMonitor(false);
		setDefaultPageImageDescriptor(OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_WIZARD));
		updateTitle();
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String key) {
			kind = DocumentKind.fromKey(key);
			updateTitle();
		}
	}

	private void updateTitle() {
		setWindowTitle(kind == null ? Messages.NewWizard_titleAny : NLS.bind(Messages.NewWizard_title, DocumentKinds.label(kind)));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewDocumentPage(kind);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		DocumentKind chosen = page.kind();
		String title = page.title();
		String number = page.documentNumber();
		Repository repository = OfficeBenchUI.repository();
		try {
			// One small file written on the UI thread: the user waits for it anyway.
			OfficeDocument document = repository.create(chosen, title);
			if (!number.isEmpty()) {
				Command command = SetCommand.create(document.editingDomain(), document.root(),
						OfficeBenchPackage.Literals.DOCUMENT__DOCUMENT_NUMBER, number);
				if (command instanceof AbstractCommand labelled) {
					labelled.setLabel(NLS.bind(Messages.Command_set, Messages.Field_documentNumber));
				}
				document.commandStack().execute(command);
				document.save();
				document.commandStack().flush(); // the new document starts with an empty history
			}
			created = document;
		} catch (IOException e) {
			page.setErrorMessage(NLS.bind(Messages.NewWizard_failed, e.getMessage()));
			return false;
		}
		IWorkbench bench = workbench != null ? workbench : org.eclipse.ui.PlatformUI.getWorkbench();
		IWorkbenchWindow window = bench.getActiveWorkbenchWindow();
		IWorkbenchPage activePage = window == null ? null : window.getActivePage();
		if (activePage != null) {
			DocumentEditors.show(activePage, created);
		}
		return true;
	}

	/** The document Finish created, or null. */
	public OfficeDocument created() {
		return created;
	}
}
