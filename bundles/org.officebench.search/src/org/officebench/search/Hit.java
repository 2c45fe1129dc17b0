package org.officebench.search;

import java.util.List;

import org.officebench.core.DocumentKind;
import org.officebench.search.analysis.TextMatches;

/**
 * One result: a 件 or a document.
 *
 * @param uid             the entry's key, for {@link SearchIndex#preview}
 * @param documentId      the repository document (the catalogue, for a 件)
 * @param itemId          the 件's id, null for a document
 * @param archivalCode    档号, null for a document
 * @param date            yyyy-MM-dd or null
 * @param retention       Y, D30, D10 or null
 * @param fileNames       the files as filed (a 件 may have several)
 * @param titleHighlights the matches in the title
 * @param snippet         text around the best matches, with them marked
 * @param location        where the snippet's first match is (a file, an article, an item, a step), or null
 */
public record Hit(String uid, DocumentKind kind, String documentId, String itemId, String archivalCode, String title,
		String date, String year, String retention, String fonds, String org, String orgName, String security, String genre,
		String responsible, String documentNumber, List<String> fileNames, float score, List<TextMatches.Range> titleHighlights,
		TextMatches.Snippet snippet, Location location, boolean destroyed) {

	/** The first file as filed, or null. */
	public String fileName() {
		return fileNames.isEmpty() ? null : fileNames.get(0);
	}
}
