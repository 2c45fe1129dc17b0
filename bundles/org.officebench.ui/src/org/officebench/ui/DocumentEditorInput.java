package org.officebench.ui;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.model.Document;

/**
 * The input of a document editor: one open {@link OfficeDocument}. Two inputs are equal when they are about the
 * same document id, so that opening a document twice activates its editor.
 */
public final class DocumentEditorInput implements IEditorInput {

	private final String id;
	private final OfficeDocument document;
	private final String previewTitle;
	private CatalogueRows rows;

	public DocumentEditorInput(OfficeDocument document) {
		this(document, null);
	}

	/** A document with the catalogue rows its preview showed, so that its table keeps how the user arranged them. */
	public DocumentEditorInput(OfficeDocument document, CatalogueRows rows) {
		this.document = Objects.requireNonNull(document);
		this.id = document.id();
		this.previewTitle = null;
		this.rows = rows;
	}

	private DocumentEditorInput(String id, String previewTitle, CatalogueRows rows) {
		this.id = Objects.requireNonNull(id);
		this.document = null;
		this.previewTitle = previewTitle;
		this.rows = rows;
	}

	/** An input that only serves to find the editor of a document ({@code page.findEditor}). */
	public static DocumentEditorInput lookup(String id) {
		return new DocumentEditorInput(id, null, null);
	}

	/** The input of a big catalogue's preview: its table from the file's columns while the document is read. */
	public static DocumentEditorInput preview(String id, String title, CatalogueRows rows) {
		return new DocumentEditorInput(id, Objects.requireNonNull(title), Objects.requireNonNull(rows));
	}

	/** The rows of a preview, or those a preview hands to the document's editor (once: the page takes them). */
	public CatalogueRows takeRows() {
		CatalogueRows taken = rows;
		if (document != null) {
			rows = null;
		}
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
		return document != null ? document.kind() : previewTitle != null ? DocumentKind.ARCHIVE : null;
	}

	@Override
	public boolean exists() {
		return false; // nothing to remember in the "recent files" list
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return kind() == null ? null : OfficeBenchUI.imageDescriptor(kind());
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
