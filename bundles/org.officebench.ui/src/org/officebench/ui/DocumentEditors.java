package org.officebench.ui;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.core.archive.table.CatalogueSnapshot;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.ui.archive.catalogue.CataloguePage;
import org.officebench.ui.archive.catalogue.CataloguePreviewEditor;
import org.officebench.ui.internal.Messages;

/** Opens documents in their editors. Reading a document from disk happens in a job, never on the UI thread. */
public final class DocumentEditors {

	/** Job family of the jobs that read documents to open them. */
	public static final Object OPEN_FAMILY = new Object();

	private DocumentEditors() {
	}

	/** The id of the editor for documents of {@code kind}: {@code org.officebench.ui.editors.<key>}. */
	public static String editorId(DocumentKind kind) {
		return "org.officebench.ui.editors." + kind.key(); //$NON-NLS-1$
	}

	/** The open editor of a document, or null. */
	public static IEditorPart find(IWorkbenchPage page, String documentId) {
		return page.findEditor(DocumentEditorInput.lookup(documentId));
	}

	/**
	 * Activates the document's editor or, when it has none, reads the document in the background and then opens
	 * it. A document that cannot be read is reported in a dialog (with where and why) and no editor opens. A big
	 * catalogue's table shows first, from the columns its file carries, while the rest is read
	 * ({@link CataloguePreviewEditor}); closing that preview stops the editor from opening.
	 *
	 * @param title shown in the progress and error messages
	 */
	public static void open(IWorkbenchPage page, String documentId, String title) {
		IEditorPart existing = find(page, documentId);
		if (existing != null) {
			page.activate(existing);
			return;
		}
		Repository repository = OfficeBenchUI.repository();
		Display display = page.getWorkbenchWindow().getShell().getDisplay();
		String name = title == null || title.isBlank() ? Messages.Document_untitled : title;
		Job job = new Job(NLS.bind(Messages.Open_job, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				boolean[] previewed = new boolean[1];
				try {
					Optional<CatalogueSnapshot> snapshot = CatalogueSnapshot.read(repository, documentId);
					CatalogueRows rows = snapshot.map(CatalogueRows::new).orElse(null);
					if (rows != null) {
						display.syncExec(() -> previewed[0] = showPreview(page, DocumentEditorInput.preview(documentId, name, rows)));
					}
					OfficeDocument document = repository.open(documentId);
					if (previewed[0] && document.root() instanceof ArchiveCatalogue catalogue) {
						rows.prepareAttach(catalogue.getItems()); // here, not in the editor: a second for a million 件
					}
					display.asyncExec(() -> {
						if (!previewed[0]) {
							show(page, document);
						} else if (find(page, documentId) instanceof CataloguePreviewEditor preview) {
							replace(page, preview, document);
						} // else the preview was closed: the user no longer wants the document
					});
				} catch (DocumentLoadException e) {
					display.asyncExec(() -> {
						closePreview(page, documentId);
						if (page.getWorkbenchWindow().getShell() != null) {
							Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
									NLS.bind(Messages.Open_failed, name, e.problem().describe()));
						}
					});
				} catch (RuntimeException e) {
					OfficeBenchUI.log("Cannot open " + documentId, e); //$NON-NLS-1$
					display.asyncExec(() -> {
						closePreview(page, documentId);
						Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
								NLS.bind(Messages.Open_failed, name, String.valueOf(e.getMessage())));
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == OPEN_FAMILY;
			}
		};
		job.setPriority(Job.INTERACTIVE);
		job.schedule();
	}

	private static boolean showPreview(IWorkbenchPage page, DocumentEditorInput input) {
		if (page.getWorkbenchWindow().getShell() == null) {
			return false;
		}
		try {
			page.openEditor(input, CataloguePreviewEditor.ID);
			return true;
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot show the preview of " + input.id(), e); //$NON-NLS-1$
			return false;
		}
	}

	/** The document's editor in the preview's place, with the rows as the user arranged them in the preview. */
	static void replace(IWorkbenchPage page, CataloguePreviewEditor preview, OfficeDocument document) {
		boolean active = page.getActiveEditor() == preview;
		CatalogueRows rows = preview.rows();
		page.closeEditor(preview, false);
		try {
			IEditorPart editor = page.openEditor(new DocumentEditorInput(document, rows), editorId(document.kind()), active);
			if (editor instanceof FormEditor form) {
				form.setActivePage(CataloguePage.ID); // the table the user was looking at, not the 概要
			}
			if (!active) {
				page.bringToTop(editor);
			}
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot open an editor on " + document.file(), e); //$NON-NLS-1$
			Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
					NLS.bind(Messages.Open_failed, document.root().getTitle(), e.getMessage()));
		}
	}

	private static void closePreview(IWorkbenchPage page, String documentId) {
		if (page.getWorkbenchWindow().getShell() != null && find(page, documentId) instanceof CataloguePreviewEditor preview) {
			page.closeEditor(preview, false);
		}
	}

	/** Opens an editor on a document that is already in memory (e.g. just created); on the UI thread. */
	public static IEditorPart show(IWorkbenchPage page, OfficeDocument document) {
		if (page.getWorkbenchWindow().getShell() == null) {
			return null; // the window closed meanwhile
		}
		IEditorPart existing = find(page, document.id());
		if (existing != null) {
			page.activate(existing);
			return existing;
		}
		try {
			return page.openEditor(new DocumentEditorInput(document), editorId(document.kind()));
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot open an editor on " + document.file(), e); //$NON-NLS-1$
			Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
					NLS.bind(Messages.Open_failed, document.root().getTitle(), e.getMessage()));
			return null;
		}
	}
}
