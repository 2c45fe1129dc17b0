package org.officebench.ui.archive;

import java.io.IOException;
import java.util.Date;

import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.ui.OfficeBenchUI;

/** Catalogues big enough to be saved in the compact format, in the workbench's repository. */
final class BigCatalogues {

	/** The compact format's threshold. */
	static final int ITEMS = 10_000;

	private BigCatalogues() {
	}

	/** A saved catalogue of {@link #ITEMS} 件 titled 营运部第N号通知, one class. Delete it when done: other tests search the repository. */
	static OfficeDocument create(String idPrefix) throws IOException {
		OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.ARCHIVE, "大目录 " + System.nanoTime());
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		for (int i = 1; i <= ITEMS; i++) {
			ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
			item.setId(idPrefix + i);
			item.setItemNumber(i);
			item.setYear(2025);
			item.setRetention(RetentionPeriod.YEARS_10);
			item.setOrganizationCode("YYB");
			item.setArchivalCode(String.format("Z109-WS·2025-D10-YYB-%05d", i));
			item.setTitle("营运部第" + i + "号通知");
			item.setDate(new Date(1_735_689_600_000L + i * 60_000L));
			catalogue.getItems().add(item);
		}
		document.save();
		return document;
	}
}
