package org.officebench.ui.archive;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Document;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.archive.settings.ArchiveSettingsPage;
import org.officebench.ui.archive.catalogue.CataloguePage;
import org.officebench.ui.editors.DocumentFormEditor;

/** 档案 editor: the common fields; the fonds and its filed items (件) are summarized. */
public class ArchiveEditor extends DocumentFormEditor {

	@Override
	protected void addPages() {
		super.addPages();
		addArchivePages();
	}

	private void addArchivePages() {
		try {
			addPage(new CataloguePage(this));
			addPage(new ArchiveSettingsPage(this));
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot add the catalogue and settings pages of " + document().file(), e); //$NON-NLS-1$
		}
	}

	/** The catalogue and settings pages hold the catalogue's objects: after 还原 they are made again on the new ones. */
	@Override
	protected void reverted() {
		int active = getActivePage();
		while (getPageCount() > 1) {
			removePage(getPageCount() - 1);
		}
		addArchivePages();
		if (active > 0 && active < getPageCount()) {
			setActivePage(active);
		}
	}

	@Override
	protected List<String> describeContent(Document root) {
		ArchiveCatalogue catalogue = (ArchiveCatalogue) root;
		int files = 0;
		int pages = 0;
		for (ArchiveItem item : catalogue.getItems()) {
			files += item.getFiles().size();
			pages += item.getPages();
		}
		List<String> lines = new ArrayList<>();
		if (catalogue.getFondsCode() != null || catalogue.getFondsName() != null) {
			lines.add(NLS.bind(Messages.Summary_archiveFonds,
					catalogue.getFondsCode() == null ? "" : catalogue.getFondsCode(), //$NON-NLS-1$
					catalogue.getFondsName() == null ? "" : catalogue.getFondsName())); //$NON-NLS-1$
		}
		lines.add(NLS.bind(Messages.Summary_archiveCounts, new Object[] { catalogue.getItems().size(), files, pages }));
		return lines;
	}
}
