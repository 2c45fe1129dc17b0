package org.officebench.ui.archive;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.core.archive.table.CatalogueSnapshot;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.ui.archive.catalogue.CataloguePage;
import org.officebench.ui.archive.catalogue.CataloguePreviewEditor;
import org.officebench.ui.kinds.DocumentPreview;

/**
 * A big catalogue's fast open: its 归档文件目录 shows at once from the columns its file carries, read only, while the
 * document is read; the editor then takes its place on that page with the rows as the user arranged them.
 */
public final class CataloguePreview implements DocumentPreview {

	@Override
	public Object prepare(Repository repository, String documentId) {
		return CatalogueSnapshot.read(repository, documentId).map(CatalogueRows::new).orElse(null);
	}

	@Override
	public String previewEditorId() {
		return CataloguePreviewEditor.ID;
	}

	@Override
	public void documentRead(Object previewData, OfficeDocument document) {
		if (previewData instanceof CatalogueRows rows && document.root() instanceof ArchiveCatalogue catalogue) {
			rows.prepareAttach(catalogue.getItems()); // here, not in the editor: a second for a million 件
		}
	}

	@Override
	public Object handOver(IEditorPart previewEditor) {
		return previewEditor instanceof CataloguePreviewEditor preview ? preview.rows() : null;
	}

	@Override
	public void editorOpened(IEditorPart editor) {
		if (editor instanceof FormEditor form) {
			form.setActivePage(CataloguePage.ID); // the table the user was looking at, not the 概要
		}
	}
}
