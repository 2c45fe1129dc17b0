package org.officebench.archive.print;

import java.util.List;

import org.officebench.core.Labels;
import org.officebench.model.ArchiveItem;

/** The columns of the 归档文件目录: the nine of DA/T 22, then 保管期限, 机构 and 年度. */
final class CatalogueColumns {

	static final int COUNT = 12;
	static final int NUMBER = 0;
	static final int TITLE = 4;
	static final int DATE = 5;
	static final int PAGES = 7;
	static final int REMARKS = 8;
	static final int YEAR = 11;

	private CatalogueColumns() {
	}

	/** The column titles in the UI language. */
	static List<String> titles() {
		return List.of(Messages.Column_number, Messages.Column_archivalCode, Messages.Column_documentNumber,
				Messages.Column_responsible, Messages.Column_title, Messages.Column_date, Messages.Column_security,
				Messages.Column_pages, Messages.Column_remarks, Messages.Column_retention, Messages.Column_org,
				Messages.Column_year);
	}

	/** The cells of one row as text; 页数 is empty when unknown. */
	static List<String> cells(int row, CatalogueEntry entry) {
		ArchiveItem item = entry.item();
		return List.of(Integer.toString(row), CatalogueEntry.nz(item.getArchivalCode()), CatalogueEntry.nz(item.getDocumentNumber()),
				CatalogueEntry.nz(item.getResponsible()), CatalogueEntry.nz(item.getTitle()), entry.date(),
				item.getSecurityLevel() == null ? "" : Labels.securityLevel(item.getSecurityLevel()), //$NON-NLS-1$
				item.getPages() > 0 ? Integer.toString(item.getPages()) : "", entry.remarks(), entry.retention(), //$NON-NLS-1$
				CatalogueEntry.nz(item.getOrganizationCode()), item.getYear() > 0 ? Integer.toString(item.getYear()) : ""); //$NON-NLS-1$
	}
}
