package org.officebench.archive.print;

import java.util.ArrayList;
import java.util.List;

import org.officebench.archive.UnreadableCatalogues;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;

/**
 * Which 件 to list or print: by 全宗, 年度, 保管期限 and 机构(问题) code; a {@code null} part matches everything. Codes
 * compare without regard to case.
 */
public record CatalogueFilter(String fonds, Integer year, RetentionPeriod retention, String org) {

	/** Everything. */
	public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null);

	public boolean matches(ArchiveCatalogue catalogue) {
		return fonds == null || fonds.equalsIgnoreCase(catalogue.getFondsCode());
	}

	public boolean matches(ArchiveItem item) {
		return (year == null || item.getYear() == year) && (retention == null || item.getRetention() == retention)
				&& (org == null || org.equalsIgnoreCase(item.getOrganizationCode()));
	}

	/** The matching items of all archive catalogues of the repository, in the catalogues' own order.
	 *
	 * @throws DocumentLoadException when a catalogue that may hold matching 件 cannot be read
	 */
	public List<CatalogueEntry> select(Repository repository) throws DocumentLoadException {
		// An unreadable catalogue of the 全宗 is no empty one: say so rather than list too few 件.
		UnreadableCatalogues.check(repository, fonds);
		List<CatalogueEntry> entries = new ArrayList<>();
		for (DocumentSummary summary : repository.documents()) {
			if (summary.kind() != DocumentKind.ARCHIVE) {
				continue;
			}
			entries.addAll(select((ArchiveCatalogue) repository.open(summary.id()).root()));
		}
		return entries;
	}

	/** The matching items of one catalogue, in its order. */
	public List<CatalogueEntry> select(ArchiveCatalogue catalogue) {
		List<CatalogueEntry> entries = new ArrayList<>();
		if (matches(catalogue)) {
			for (ArchiveItem item : catalogue.getItems()) {
				if (matches(item)) {
					entries.add(new CatalogueEntry(catalogue, item));
				}
			}
		}
		return entries;
	}
}
