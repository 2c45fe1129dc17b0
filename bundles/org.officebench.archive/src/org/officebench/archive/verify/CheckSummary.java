package org.officebench.archive.verify;

/**
 * The outcome of one check over the items verified.
 *
 * @param checked  items looked at by this check
 * @param passed   of those, the items with no error of this check
 * @param errors   error findings of this check (also those that concern no single item, e.g. 漏号)
 * @param warnings warning findings of this check
 */
public record CheckSummary(Check check, int checked, int passed, int errors, int warnings) {

	/** A check passes when it found no error; warnings are allowed. */
	public boolean isPassed() {
		return errors == 0;
	}
}
