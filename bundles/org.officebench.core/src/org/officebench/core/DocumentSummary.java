package org.officebench.core;

import java.time.Instant;

/**
 * What the navigator and {@code list} show of a document without loading it whole.
 *
 * @param file the document's file, relative to the repository root, with '/' separators
 */
public record DocumentSummary(String id, DocumentKind kind, String title, String documentNumber, String status,
		Instant modified, String file) {
}
