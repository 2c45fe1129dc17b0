package org.officebench.archive.print;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.officebench.core.Labels;
import org.officebench.core.archive.ItemNumbering;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Organization;

/** One 件 to print, with the catalogue (全宗) it belongs to. */
public record CatalogueEntry(ArchiveCatalogue catalogue, ArchiveItem item) {

	/**
	 * DA/T 22 order: 全宗, 年度, 保管期限, 机构(问题), then 件号; items not yet numbered after the numbered ones of their
	 * class, by time together with subject ({@link ItemNumbering#DA_T_22_ORDER}).
	 */
	public static final Comparator<CatalogueEntry> ORDER = Comparator
			.comparing((CatalogueEntry e) -> nz(e.catalogue().getFondsCode()))
			.thenComparingInt(e -> e.item().getYear())
			.thenComparing(e -> e.item().getRetention())
			.thenComparing(e -> nz(e.item().getOrganizationCode()))
			.thenComparingInt(e -> e.item().getItemNumber() > 0 ? e.item().getItemNumber() : Integer.MAX_VALUE)
			.thenComparing(CatalogueEntry::item, ItemNumbering.DA_T_22_ORDER);

	/** The entries of the catalogues, sorted in {@link #ORDER}. */
	public static List<CatalogueEntry> sorted(List<CatalogueEntry> entries) {
		List<CatalogueEntry> sorted = new ArrayList<>(entries);
		sorted.sort(ORDER);
		return sorted;
	}

	/** 全宗号. */
	public String fonds() {
		return nz(catalogue.getFondsCode());
	}

	/** 全宗名称. */
	public String fondsName() {
		return nz(catalogue.getFondsName());
	}

	/** 件号 with the catalogue's digits (four), or empty when the item has none yet. */
	public String itemNumber() {
		return item.getItemNumber() > 0 ? String.format("%04d", item.getItemNumber()) : ""; //$NON-NLS-1$
	}

	/** The name of the item's 机构(问题) from the catalogue, else its code. */
	public String organizationName() {
		String code = item.getOrganizationCode();
		for (Organization org : catalogue.getOrganizations()) {
			if (code != null && code.equals(org.getCode()) && org.getName() != null && !org.getName().isBlank()) {
				return org.getName();
			}
		}
		return nz(code);
	}

	/** 日期 as DA/T 22 writes it: YYYYMMDD. */
	public String date() {
		return item.getDate() == null ? "" : new SimpleDateFormat("yyyyMMdd").format(item.getDate()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public String retention() {
		return item.getRetention() == null ? "" : Labels.retention(item.getRetention()); //$NON-NLS-1$
	}

	public String remarks() {
		String remarks = nz(item.getRemarks());
		if (item.isDestroyed()) {
			return remarks.isBlank() ? Messages.Catalogue_destroyed : Messages.Catalogue_destroyed + "\uff1b" + remarks; //$NON-NLS-1$
		}
		return remarks;
	}

	static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
