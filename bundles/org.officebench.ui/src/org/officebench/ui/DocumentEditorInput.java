package org.officebench.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.model.Document;
import org.officebench.ui.kinds.DocumentKinds;

/**
 * The input of a document editor: one open {@link OfficeDocument}. Two inputs are equal when they are about the
 * same document id, so that opening a document twice activates its editor.
 */
public final class DocumentEditorInput implements IEditorInput {

	private final String id;
	private final OfficeDocument document;
	private final String previewTitle;
	private final DocumentKind previewKind;
	private final Object previewData;
	private Object handOver;

	public DocumentEditorInput(OfficeDocument document) {
		this(document, null);
	}

	/**
	 * A document with what its preview hands over to its editor (e.g. the rows of a catalogue as the user sorted
	 * them in the preview); see {@link org.officebench.ui.kinds.DocumentPreview}.
	 */
	public DocumentEditorInput(OfficeDocument document, Object handOver) {
		this.document = Objects.requireNonNull(document);
		this.id = document.id();
		this.previewTitle = null;
		this.previewKind = null;
		this.previewData = null;
		this.handOver = handOver;
	}

	private DocumentEditorInput(String id, String previewTitle, DocumentKind previewKind, Object previewData) {
		this.id = Objects.requireNonNull(id);
		this.document = null;
		this.previewTitle = previewTitle;
		this.previewKind = previewKind;
		this.previewData = previewData;
	}

	/** An input that only serves to find the editor of a document ({@code page.findEditor}). */
	public static DocumentEditorInput lookup(String id) {
		return new DocumentEditorInput(id, null, null, null);
	}

	/** The input of a document's preview: what its kind shows while the document is read (see DocumentPreview). */
	public static DocumentEditorInput preview(String id, String title, DocumentKind kind, Object data) {
		return new DocumentEditorInput(id, Objects.requireNonNull(title), kind, Objects.requireNonNull(data));
	}

	/** What a preview input shows; null for a document's input. */
	public Object previewData() {
		return previewData;
	}

	/** What the preview handed over to the document's editor (once: the editor takes it), or null. */
	public Object takeHandOver() {
		Object taken = handOver;
		handOver = null;
		return taken;
	}

	public String id() {
		return id;
	}

	/** The open document; null for a {@linkplain #lookup(String) lookup} input. */
	public OfficeDocument document() {
		return document;
	}

	public DocumentKind kind() {
		return document != null ? document.kind() : previewKind;
	}

	@Override
	public boolean exists() {
		return false; // nothing to remember in the "recent files" list
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		var kind = DocumentKinds.of(kind());
		return kind == null ? null : kind.imageDescriptor();
	}

	@Override
	public String getName() {
		if (document == null) {
			return previewTitle != null ? previewTitle : id;
		}
		String title = document.root().getTitle();
		return title == null || title.isBlank() ? org.officebench.ui.internal.Messages.Document_untitled : title;
	}

	@Override
	public String getToolTipText() {
		if (document == null) {
			return previewTitle != null ? previewTitle : id;
		}
		Document root = document.root();
		return DocumentLabels.document(root.getTitle(), root.getDocumentNumber()) + "\n" + DocumentKinds.label(document.kind()) //$NON-NLS-1$
				+ " \u00b7 " + document.file(); //$NON-NLS-1$
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == OfficeDocument.class && document != null) {
			return adapter.cast(document);
		}
		return null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof DocumentEditorInput other && other.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "DocumentEditorInput[" + id + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
