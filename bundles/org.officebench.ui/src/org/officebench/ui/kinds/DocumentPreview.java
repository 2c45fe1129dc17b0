package org.officebench.ui.kinds;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.ui.DocumentEditorInput;

/**
 * A kind's fast open: something to show at once while a big document is read in the background (the catalogue's
 * table from the columns its file carries, for example). Contributed as the {@code preview} class of a kind in
 * {@code org.officebench.ui.documentKinds}; one instance serves every open.
 */
public interface DocumentPreview {

	/**
	 * In the open job, before the document is read: what to show, or null when the document has nothing to preview
	 * (it may not even be of this kind). Must be quick and must not read the whole document.
	 *
	 * @return the data the preview editor shows (handed to it as {@link DocumentEditorInput#previewData()})
	 */
	Object prepare(Repository repository, String documentId);

	/** The editor that shows the {@link #prepare prepared} data (a read-only editor of the kind's bundle). */
	String previewEditorId();

	/**
	 * Still in the open job, after the document was read while the preview showed: work that would otherwise slow
	 * the UI thread when the editor takes the preview's place.
	 */
	default void documentRead(Object previewData, OfficeDocument document) {
	}

	/**
	 * On the UI thread: the document's editor, opened in the place of the preview (already closed), with what the
	 * user did in the preview handed over.
	 */
	default void editorOpened(IEditorPart editor) {
	}

	/** What the preview editor hands over to the document's editor (e.g. the user's sort), or null. */
	default Object handOver(IEditorPart previewEditor) {
		return null;
	}

	/** Is this editor the preview of a document? */
	default boolean isPreview(IEditorPart editor, IWorkbenchPage page) {
		return editor != null && previewEditorId().equals(editor.getSite().getId());
	}
}
