package org.officebench.cli.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.CatalogueFilter;
import org.officebench.model.RetentionPeriod;

/** The options that choose 件: {@code --fonds F --year Y --retention Y|D30|D10 --org CODE}, shared by catalogue and export. */
final class CatalogueOptions {

	private CatalogueOptions() {
	}

	/** The options as given; a search needs no more, and reading them loads nothing of the archive's printouts. */
	record Choice(String fonds, Integer year, RetentionPeriod retention, String org) {
	}

	static CatalogueFilter filter(Arguments a) throws Cli.UsageException {
		Choice choice = parse(a);
		return new CatalogueFilter(choice.fonds(), choice.year(), choice.retention(), choice.org());
	}

	/**
	 * Reads the options without touching the archive bundle, whose activation readies POI and PDFBox (0.2 s a
	 * search does not need).
	 */
	static Choice parse(Arguments a) throws Cli.UsageException {
		String fonds = a.option("--fonds"); //$NON-NLS-1$
		String yearText = a.option("--year"); //$NON-NLS-1$
		String retentionText = a.option("--retention"); //$NON-NLS-1$
		String org = a.option("--org"); //$NON-NLS-1$
		Integer year = null;
		if (yearText != null) {
			if (!yearText.matches("\\d{4}")) { //$NON-NLS-1$
				throw new Cli.UsageException(NLS.bind(Messages.Error_badYear, yearText));
			}
			year = Integer.valueOf(yearText);
		}
		RetentionPeriod retention = null;
		if (retentionText != null) {
			retention = RetentionPeriod.get(retentionText.toUpperCase(Locale.ROOT));
			if (retention == null) {
				throw new Cli.UsageException(NLS.bind(Messages.Error_badRetention, retentionText));
			}
		}
		return new Choice(fonds, year, retention, org);
	}
}
