package org.officebench.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.kinds.DocumentKinds;
import org.officebench.ui.kinds.DocumentPreview;

/** Opens documents in their editors. Reading a document from disk happens in a job, never on the UI thread. */
public final class DocumentEditors {

	/** Job family of the jobs that read documents to open them. */
	public static final Object OPEN_FAMILY = new Object();

	private DocumentEditors() {
	}

	/** The id of the editor its bundle contributes for documents of {@code kind}, or null when none is installed. */
	public static String editorId(DocumentKind kind) {
		DocumentKindDescriptor descriptor = DocumentKinds.of(kind);
		return descriptor == null ? null : descriptor.editorId();
	}

	/** The open editor of a document, or null. */
	public static IEditorPart find(IWorkbenchPage page, String documentId) {
		return page.findEditor(DocumentEditorInput.lookup(documentId));
	}

	/**
	 * Activates the document's editor or, when it has none, reads the document in the background and then opens
	 * it. A document that cannot be read is reported in a dialog (with where and why) and no editor opens. When a
	 * kind's {@link DocumentPreview} has something to show at once (a big catalogue's table), it shows while the
	 * rest is read; closing that preview stops the editor from opening.
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
				DocumentPreview preview = null;
				Object previewData = null;
				for (DocumentKindDescriptor kind : DocumentKinds.all()) {
					DocumentPreview candidate = kind.preview();
					Object data = candidate == null ? null : candidate.prepare(repository, documentId);
					if (data != null) {
						preview = candidate;
						previewData = data;
						DocumentEditorInput input = DocumentEditorInput.preview(documentId, name, kind.repositoryKind(), data);
						DocumentPreview shown = candidate;
						display.syncExec(() -> previewed[0] = showPreview(page, input, shown));
						break;
					}
				}
				try {
					OfficeDocument document = repository.open(documentId);
					if (previewed[0]) {
						preview.documentRead(previewData, document); // here, not on the UI thread
					}
					DocumentPreview shown = preview;
					display.asyncExec(() -> {
						IEditorPart open = find(page, documentId);
						if (!previewed[0]) {
							show(page, document);
						} else if (open != null && shown.isPreview(open, page)) {
							replace(page, open, shown, document);
						} // else the preview was closed: the user no longer wants the document
					});
				} catch (DocumentLoadException e) {
					DocumentPreview shown = preview;
					display.asyncExec(() -> {
						closePreview(page, documentId, shown);
						if (page.getWorkbenchWindow().getShell() != null) {
							Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
									NLS.bind(Messages.Open_failed, name, e.problem().describe()));
						}
					});
				} catch (RuntimeException e) {
					OfficeBenchUI.log("Cannot open " + documentId, e); //$NON-NLS-1$
					DocumentPreview shown = preview;
					display.asyncExec(() -> {
						closePreview(page, documentId, shown);
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

	private static boolean showPreview(IWorkbenchPage page, DocumentEditorInput input, DocumentPreview preview) {
		if (page.getWorkbenchWindow().getShell() == null) {
			return false;
		}
		try {
			page.openEditor(input, preview.previewEditorId());
			return true;
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot show the preview of " + input.id(), e); //$NON-NLS-1$
			return false;
		}
	}

	/** The document's editor in the preview's place, with what the user did in the preview handed over. */
	public static void replace(IWorkbenchPage page, IEditorPart previewEditor, DocumentPreview preview, OfficeDocument document) {
		boolean active = page.getActiveEditor() == previewEditor;
		Object handOver = preview.handOver(previewEditor);
		page.closeEditor(previewEditor, false);
		String editorId = editorId(document.kind());
		if (editorId == null) {
			noEditor(page, document);
			return;
		}
		try {
			IEditorPart editor = page.openEditor(new DocumentEditorInput(document, handOver), editorId, active);
			preview.editorOpened(editor);
			if (!active) {
				page.bringToTop(editor);
			}
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot open an editor on " + document.file(), e); //$NON-NLS-1$
			Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
					NLS.bind(Messages.Open_failed, document.root().getTitle(), e.getMessage()));
		}
	}

	private static void closePreview(IWorkbenchPage page, String documentId, DocumentPreview preview) {
		if (preview == null || page.getWorkbenchWindow().getShell() == null) {
			return;
		}
		IEditorPart open = find(page, documentId);
		if (open != null && preview.isPreview(open, page)) {
			page.closeEditor(open, false);
		}
	}

	/** A document of a kind no installed bundle edits: said, not hidden. */
	private static void noEditor(IWorkbenchPage page, OfficeDocument document) {
		Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
				NLS.bind(Messages.Open_failed, document.root().getTitle(), NLS.bind(Messages.Open_noEditor, document.kind().label())));
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
		String editorId = editorId(document.kind());
		if (editorId == null) {
			noEditor(page, document);
			return null;
		}
		try {
			return page.openEditor(new DocumentEditorInput(document), editorId);
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot open an editor on " + document.file(), e); //$NON-NLS-1$
			Dialogs.error(page.getWorkbenchWindow().getShell(), Messages.Open_failedTitle,
					NLS.bind(Messages.Open_failed, document.root().getTitle(), e.getMessage()));
			return null;
		}
	}
}
