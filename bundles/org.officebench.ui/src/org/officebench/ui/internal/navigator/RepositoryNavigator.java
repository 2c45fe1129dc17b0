package org.officebench.ui.internal.navigator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.core.Repository;
import org.officebench.ui.DocumentCatalog;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.internal.wizards.NewDocumentAction;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.kinds.DocumentKinds;
import org.officebench.ui.properties.OfficePropertySheetPage;

/**
 * 资料库: the repository's documents grouped by kind, and the files that could not be read. The list is read in
 * the background ({@link DocumentCatalog}) and follows the repository's changes.
 */
public class RepositoryNavigator extends ViewPart {

	public static final String ID = OfficeBenchUI.NAVIGATOR_VIEW_ID;

	private TreeViewer viewer;
	private final NavigatorNodes.Input input = new NavigatorNodes.Input();
	private final DocumentCatalog.Listener catalogListener = this::show;
	private boolean selectedFirst;

	private final Action openAction = new Action(Messages.Navigator_open) {
		@Override
		public void run() {
			openSelection();
		}
	};

	private final Action deleteAction = new Action(Messages.Navigator_delete) {
		@Override
		public void run() {
			deleteSelection();
		}
	};

	private final Action refreshAction = new Action(Messages.Navigator_refresh) {
		@Override
		public void run() {
			OfficeBenchUI.catalog().refresh();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setUseHashlookup(true);
		viewer.setComparer(new NavigatorNodes.Comparer());
		viewer.setContentProvider(new NavigatorNodes.ContentProvider());
		viewer.setLabelProvider(new NavigatorLabelProvider());
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		viewer.setAutoExpandLevel(2);
		viewer.setInput(input);
		viewer.addDoubleClickListener(event -> doubleClicked(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.addSelectionChangedListener(event -> updateActions());
		getSite().setSelectionProvider(viewer);

		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		deleteAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		deleteAction.setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
		refreshAction.setActionDefinitionId("org.eclipse.ui.file.refresh"); //$NON-NLS-1$
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refreshAction);
		getViewSite().getActionBars().getToolBarManager().add(refreshAction);
		refreshAction.setImageDescriptor(OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_REPOSITORY));
		createContextMenu();

		DocumentCatalog catalog = OfficeBenchUI.catalog();
		catalog.addListener(catalogListener);
		if (catalog.snapshot() != null) {
			show(catalog.snapshot());
		} else {
			catalog.refresh();
		}
		updateActions();
	}

	private void createContextMenu() {
		MenuManager manager = new MenuManager("#PopupMenu"); //$NON-NLS-1$
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fillContextMenu);
		Menu menu = manager.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(menu);
		getSite().registerContextMenu(manager, viewer);
	}

	private void fillContextMenu(IMenuManager menu) {
		MenuManager newMenu = new MenuManager(Messages.Menu_new, "new"); //$NON-NLS-1$
		for (DocumentKindDescriptor kind : DocumentKinds.all()) {
			if (kind.newWizardId() != null) {
				newMenu.add(new NewDocumentAction(getSite().getWorkbenchWindow(), kind));
			}
		}
		menu.add(newMenu);
		menu.add(new Separator());
		menu.add(openAction);
		menu.add(deleteAction);
		menu.add(new Separator());
		menu.add(refreshAction);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private void show(DocumentCatalog.Snapshot snapshot) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		input.snapshot = snapshot;
		viewer.refresh();
		if (!selectedFirst) {
			selectedFirst = true;
			viewer.expandToLevel(2);
			if (viewer.getSelection().isEmpty() && !snapshot.documents().isEmpty()) {
				// Show what the Properties view is for, and where the keyboard starts.
				viewer.setSelection(new StructuredSelection(snapshot.documents().get(0)), true);
			}
		}
		updateActions();
	}

	private List<DocumentSummary> selectedDocuments() {
		List<DocumentSummary> documents = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof DocumentSummary summary) {
				documents.add(summary);
			}
		}
		return documents;
	}

	private void updateActions() {
		boolean documents = !selectedDocuments().isEmpty();
		openAction.setEnabled(documents);
		deleteAction.setEnabled(documents && !OfficeBenchUI.repository().isReadOnly());
	}

	private void doubleClicked(Object element) {
		if (element instanceof DocumentSummary) {
			openSelection();
		} else if (element instanceof LoadProblem problem) {
			Dialogs.error(getSite().getShell(), Messages.Navigator_problemTitle, problem.describe());
		} else if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void openSelection() {
		IWorkbenchPage page = getSite().getPage();
		for (DocumentSummary summary : selectedDocuments()) {
			DocumentEditors.open(page, summary.id(), summary.title());
		}
	}

	private void deleteSelection() {
		List<DocumentSummary> documents = selectedDocuments();
		if (documents.isEmpty()) {
			return;
		}
		String question = documents.size() == 1
				? NLS.bind(Messages.Delete_questionOne,
						DocumentLabels.document(documents.get(0).title(), documents.get(0).documentNumber()))
				: NLS.bind(Messages.Delete_questionMany, documents.size());
		if (!Dialogs.confirm(getSite().getShell(), Messages.Delete_title, question, Messages.Button_delete)) {
			return;
		}
		IWorkbenchPage page = getSite().getPage();
		for (DocumentSummary summary : documents) {
			IEditorPart editor = DocumentEditors.find(page, summary.id());
			if (editor != null) {
				page.closeEditor(editor, false); // the document goes to the trash as it is on disk
			}
		}
		Repository repository = OfficeBenchUI.repository();
		Display display = getSite().getShell().getDisplay();
		Job job = new Job(Messages.Delete_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<String> failures = new ArrayList<>();
				for (DocumentSummary summary : documents) {
					try {
						repository.delete(summary.id());
					} catch (IOException e) {
						failures.add(DocumentLabels.document(summary.title(), summary.documentNumber()) + ": " //$NON-NLS-1$
								+ e.getMessage());
					}
				}
				if (!failures.isEmpty()) {
					display.asyncExec(() -> Dialogs.error(display.getActiveShell(), Messages.Delete_failedTitle,
							NLS.bind(Messages.Delete_failed, String.join("\n", failures)))); //$NON-NLS-1$
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}

	/** The tree (tests find items in it like a user would). */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new OfficePropertySheetPage(null, null));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (OfficeBenchUI.repositoryOrNull() != null) {
			OfficeBenchUI.catalog().removeListener(catalogListener);
		}
		super.dispose();
	}
}
