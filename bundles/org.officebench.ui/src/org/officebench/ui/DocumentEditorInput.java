package org.officebench.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.model.Document;

/**
 * The input of a document editor: one open {@link OfficeDocument}. Two inputs are equal when they are about the
 * same document id, so that opening a document twice activates its editor.
 */
public final class DocumentEditorInput implements IEditorInput {

	private final String id;
	private final OfficeDocument document;

	public DocumentEditorInput(OfficeDocument document) {
		this.document = Objects.requireNonNull(document);
		this.id = document.id();
	}

	private DocumentEditorInput(String id) {
		this.id = Objects.requireNonNull(id);
		this.document = null;
	}

	/** An input that only serves to find the editor of a document ({@code page.findEditor}). */
	public static DocumentEditorInput lookup(String id) {
		return new DocumentEditorInput(id);
	}

	public String id() {
		return id;
	}

	/** The open document; null for a {@linkplain #lookup(String) lookup} input. */
	public OfficeDocument document() {
		return document;
	}

	public DocumentKind kind() {
		return document == null ? null : document.kind();
	}

	@Override
	public boolean exists() {
		return false; // nothing to remember in the "recent files" list
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return document == null ? null : OfficeBenchUI.imageDescriptor(document.kind());
	}

	@Override
	public String getName() {
		if (document == null) {
			return id;
		}
		String title = document.root().getTitle();
		return title == null || title.isBlank() ? org.officebench.ui.internal.Messages.Document_untitled : title;
	}

	@Override
	public String getToolTipText() {
		if (document == null) {
			return id;
		}
		Document root = document.root();
		return DocumentLabels.document(root.getTitle(), root.getDocumentNumber()) + "\n" + document.kind().label() //$NON-NLS-1$
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
