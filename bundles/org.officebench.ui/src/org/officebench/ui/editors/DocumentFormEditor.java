package org.officebench.ui.editors;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.core.runtime.ListenerList;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.OfficeDocument;
import org.officebench.model.Document;
import org.officebench.ui.DocumentEditorInput;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.properties.EmfPropertySourceProvider;
import org.officebench.ui.properties.OfficePropertySheetPage;

/**
 * The base of the document editors: a form editor on one {@link OfficeDocument}. Every edit goes through the
 * document's editing domain, so Undo, Redo, the dirty marker and Save all follow its command stack.
 */
public abstract class DocumentFormEditor extends FormEditor implements IEditingDomainProvider, ISaveablePart2 {

	private OfficeDocument document;
	private DocumentOverviewPage overview;
	private final List<OfficePropertySheetPage> propertyPages = new ArrayList<>();
	private final List<ModelFields> pendingFields = new ArrayList<>();
	private final RootSelectionProvider selectionProvider = new RootSelectionProvider();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private boolean propertyRefreshPending;
	/** A save is writing or a revert is reading the file. */
	private boolean busy;
	private boolean disposed;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput documentInput) || documentInput.document() == null) {
			throw new PartInitException(NLS.bind(Messages.Editor_badInput, input == null ? null : input.getName()));
		}
		super.init(site, input);
		document = documentInput.document();
		site.setSelectionProvider(selectionProvider);
		selectionProvider.setSelection(new StructuredSelection(document.root()));
		document.commandStack().addCommandStackListener(stackListener);
		updateTitle();
	}

	@Override
	protected void addPages() {
		overview = new DocumentOverviewPage(this);
		try {
			addPage(overview);
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot add the overview page", e); //$NON-NLS-1$
		}
		showPropertiesView();
	}

	/** The Properties view is not built at start-up, where it costs time and has nothing to show; it comes with the first document. */
	private void showPropertiesView() {
		getSite().getShell().getDisplay().asyncExec(() -> {
			IWorkbenchPage page = getSite().getPage();
			if (page == null || page.findView(OfficeBenchUI.PROPERTIES_VIEW_ID) != null) {
				return;
			}
			try {
				page.showView(OfficeBenchUI.PROPERTIES_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				OfficeBenchUI.log("Cannot show the Properties view", e); //$NON-NLS-1$
			}
		});
	}

	/** Lines for the 内容概要 section: what the document holds besides the common fields (counts and the like). */
	protected abstract List<String> describeContent(Document root);

	public OfficeDocument document() {
		return document;
	}

	@Override
	public AdapterFactoryEditingDomain getEditingDomain() {
		return document.editingDomain();
	}

	/** The 概要 page (tests drive its fields). */
	public DocumentOverviewPage overviewPage() {
		return overview;
	}

	private void commandStackChanged(EventObject event) {
		Display display = getSite().getShell().getDisplay();
		if (Display.getCurrent() != display) {
			display.asyncExec(() -> commandStackChanged(event));
			return;
		}
		if (document == null) {
			return;
		}
		firePropertyChange(IEditorPart.PROP_DIRTY);
		if (!propertyRefreshPending) {
			// Later, not now: the change may come from the Properties view itself, which is still applying it.
			propertyRefreshPending = true;
			display.asyncExec(() -> {
				propertyRefreshPending = false;
				for (OfficePropertySheetPage page : List.copyOf(propertyPages)) {
					if (page.getControl() != null && !page.getControl().isDisposed()) {
						page.refresh();
					}
				}
			});
		}
	}

	/**
	 * Changed since loaded or saved: the document's command stack says so, or a field holds typed text that is not yet a
	 * command (so that Save is offered and closing asks at once, before the pause that commits it).
	 */
	@Override
	public boolean isDirty() {
		return document != null && (document.isDirty() || hasPendingEdits());
	}

	/**
	 * The editor's pages register their fields here, so that typed text not yet committed counts as a change, is
	 * committed before Undo, Redo and Save, and is thrown away by Revert.
	 */
	public void trackPendingEdits(ModelFields fields) {
		pendingFields.add(fields);
		fields.addPendingListener(this::pendingEditsChanged);
	}

	public void untrackPendingEdits(ModelFields fields) {
		pendingFields.remove(fields);
	}

	/** Whether a save is writing or a revert reading the document's file (the model is not to be read meanwhile). */
	public boolean isBusy() {
		return busy;
	}

	/** Whether a form field holds typed text that is not yet a command. */
	public boolean hasPendingEdits() {
		return pendingFields.stream().anyMatch(ModelFields::hasPendingEdits);
	}

	/** Makes typed text that is not yet a command one command now: before Undo, Redo and Save. */
	public void commitPendingEdits() {
		for (ModelFields fields : List.copyOf(pendingFields)) {
			fields.commitPendingEdits();
		}
	}

	/** A field started or stopped holding uncommitted text: the dirty marker and Undo follow. */
	void pendingEditsChanged() {
		if (disposed) {
			return;
		}
		firePropertyChange(IEditorPart.PROP_DIRTY);
		if (getEditorSite().getActionBarContributor() instanceof DocumentActionBarContributor contributor) {
			contributor.updateActions();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitPendingEdits();
		if (busy) {
			return; // a second Ctrl+S while the file is being written, or a Revert reading it
		}
		try {
			OfficeDocument.Save save = document.prepareSave();
			writeInBackground(save);
			save.complete();
		} catch (IOException e) {
			OfficeBenchUI.log("Cannot save " + document.file(), e); //$NON-NLS-1$
			Dialogs.error(getSite().getShell(), Messages.Save_failedTitle,
					NLS.bind(Messages.Save_failed, getPartName(), e.getMessage()));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
		firePropertyChange(IEditorPart.PROP_DIRTY);
	}

	/**
	 * Writes the file on another thread while the window keeps painting, whatever the document's size (a policy, or
	 * a catalogue of a million 件 that takes seconds); returns when the file is written, so that the save point, the
	 * dirty marker and closing the workbench with "save" stay as they were. Commands on the document, a filing job's
	 * included, wait until the file is written.
	 */
	private void writeInBackground(OfficeDocument.Save save) throws IOException {
		busy = true;
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(progress -> {
				progress.beginTask(NLS.bind(Messages.Save_writing, getPartName()), IProgressMonitor.UNKNOWN);
				try {
					save.write();
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				} finally {
					progress.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException(String.valueOf(e.getCause()), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} finally {
			busy = false;
		}
	}

	@Override
	public void doSaveAs() {
		// Documents live in the repository; there is no "save as" to a file.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/**
	 * Throws away unsaved changes by reading the document's file again (after asking). The file is read by a job, off
	 * the UI thread; the document read is put in place on the UI thread.
	 */
	public void doRevert() {
		if (busy || !isDirty() || !Dialogs.confirm(getSite().getShell(), Messages.Revert_title,
				NLS.bind(Messages.Revert_question, getPartName()), Messages.Button_revert)) {
			return;
		}
		for (ModelFields fields : List.copyOf(pendingFields)) {
			fields.discardPendingEdits();
		}
		OfficeDocument.Revert revert = document.prepareRevert();
		Display display = getSite().getShell().getDisplay();
		String name = NLS.bind(Messages.Revert_reading, getPartName());
		busy = true;
		Job job = Job.create(name, monitor -> {
			monitor.beginTask(name, IProgressMonitor.UNKNOWN);
			try {
				revert.read();
				display.asyncExec(() -> finishRevert(revert, null));
			} catch (DocumentLoadException e) {
				display.asyncExec(() -> finishRevert(null, e));
			} catch (RuntimeException e) {
				display.asyncExec(() -> busy = false);
				throw e;
			} finally {
				monitor.done();
			}
		});
		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.schedule(job); // the editor's tab shows it is busy
		} else {
			job.schedule();
		}
	}

	/** On the UI thread: puts the document read by {@link #doRevert()} in place, or says why it could not be read. */
	private void finishRevert(OfficeDocument.Revert revert, DocumentLoadException failure) {
		busy = false;
		if (disposed) {
			return;
		}
		if (failure != null) {
			Dialogs.error(getSite().getShell(), Messages.Revert_failedTitle, failure.problem().describe());
			return;
		}
		revert.apply();
		selectionProvider.setSelection(new StructuredSelection(document.root()));
		if (overview != null) {
			overview.rebind();
		}
		reverted();
		updateTitle();
		firePropertyChange(IEditorPart.PROP_DIRTY);
	}

	/** The document was read again into new objects: pages that hold the old ones must be built anew. */
	protected void reverted() {
		// the overview page rebinds itself
	}

	@Override
	public int promptToSaveOnClose() {
		commitPendingEdits(); // the question names the document by the title just typed
		return switch (Dialogs.askSave(getSite().getShell(), Messages.SaveOnClose_title,
				NLS.bind(Messages.SaveOnClose_question, getPartName()))) {
		case Dialogs.SAVE -> YES;
		case Dialogs.DISCARD -> NO;
		default -> CANCEL;
		};
	}

	/** Shows the document's title in the tab. */
	void updateTitle() {
		if (document == null) {
			return;
		}
		String name = getEditorInput().getName();
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
		setTitleToolTip(getEditorInput().getToolTipText());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			DocumentActionBarContributor contributor = getEditorSite()
					.getActionBarContributor() instanceof DocumentActionBarContributor c ? c : null;
			OfficePropertySheetPage page = new OfficePropertySheetPage(
					new EmfPropertySourceProvider(getEditingDomain()),
					contributor == null ? null : contributor::shareGlobalActions) {
				@Override
				public void dispose() {
					propertyPages.remove(this);
					super.dispose();
				}
			};
			propertyPages.add(page);
			return adapter.cast(page);
		}
		if (adapter == OfficeDocument.class || adapter == IEditingDomainProvider.class) {
			return adapter.cast(adapter == OfficeDocument.class ? document : this);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		disposed = true;
		if (document != null) {
			document.commandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
	}

	/** Offers the document's root object as the editor's selection (for the Properties view). */
	private static final class RootSelectionProvider implements ISelectionProvider {

		private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
		private ISelection selection = StructuredSelection.EMPTY;

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public ISelection getSelection() {
			return selection;
		}

		@Override
		public void setSelection(ISelection selection) {
			this.selection = selection;
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			for (ISelectionChangedListener listener : listeners) {
				listener.selectionChanged(event);
			}
		}
	}
}
