package org.officebench.search;

import org.officebench.search.extract.Extraction;

/**
 * A file whose text is not in the index, and why. Its 件 stays findable by its 题名 and other details.
 *
 * @param archivalCode the 件's 档号, or null for a document's attachment
 * @param title        the 件's or document's 题名
 * @param fileName     as filed
 */
public record FileProblem(String documentId, String itemId, String archivalCode, String title, String fileName,
		Extraction.Failure failure) {

	/** For the user: what is wrong with the file and what to do. */
	public String describe() {
		return failure.describe(fileName);
	}
}
