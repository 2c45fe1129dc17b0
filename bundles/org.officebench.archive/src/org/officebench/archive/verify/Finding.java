package org.officebench.archive.verify;

import java.util.Objects;

/**
 * One thing a check found.
 *
 * @param kind         what kind of problem, for programs (stable across languages)
 * @param documentId   the catalogue document it concerns, {@code null} for the repository as a whole
 * @param catalogue    the catalogue's title (for people), or {@code null}
 * @param archivalCode the 档号 of the item it concerns, {@code null} when none
 * @param fileName     the file it concerns (its recorded name, or its path in the store), {@code null} when none
 * @param found        what was found, in the current language
 * @param action       what to do about it, in the current language
 */
public record Finding(Check check, Severity severity, Kind kind, String documentId, String catalogue, String archivalCode,
		String fileName, String found, String action) {

	/** The kinds of finding. */
	public enum Kind {
		DIGEST_MISMATCH, SM3_MISMATCH, SIZE_MISMATCH, FORMAT_MISMATCH, EXTENSION_MISMATCH, FUTURE_DATE, BAD_YEAR,
		YEAR_MISMATCH, MALFORMED_CODE, CODE_MISMATCH, BAD_TEMPLATE, BAD_DIGEST_RECORD, MISSING_FIELD, NO_FILES,
		PAGES_MISMATCH, GAP, DUPLICATE_NUMBER, DUPLICATE_CODE, UNCLASSIFIED, FILE_MISSING, UNREADABLE,
		FORMAT_NOT_ALLOWED, ALTERED, MODIFIED_LATER, UNREFERENCED, AUDIT_UNREADABLE, AUDIT_EDITED, AUDIT_REMOVED,
		AUDIT_INSERTED, AUDIT_REORDERED, AUDIT_TRUNCATED, AUDIT_INTERRUPTED, AUDIT_UNPROTECTED
	}

	public Finding {
		Objects.requireNonNull(check);
		Objects.requireNonNull(severity);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(found);
		Objects.requireNonNull(action);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return check.label() + ' ' + severity.label() + ' ' + (archivalCode == null ? "" : archivalCode + ' ') + found; //$NON-NLS-1$
	}
}
