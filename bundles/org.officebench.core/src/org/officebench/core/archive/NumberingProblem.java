package org.officebench.core.archive;

import java.util.List;

import org.officebench.model.ArchiveItem;

/**
 * A finding of the 完整性 check of item numbers.
 *
 * @param archiveClass the class, or {@code null} for {@link Kind#UNCLASSIFIED} and {@link Kind#DUPLICATE_CODE}
 * @param from         the first number concerned (0 when none)
 * @param to           the last number concerned; equal to {@code from} but for a range of missing numbers
 * @param items        the items concerned (none for a gap)
 * @param message      for the user, in the current language
 */
public record NumberingProblem(Kind kind, ArchiveClass archiveClass, int from, int to, List<ArchiveItem> items, String message) {

	public enum Kind {
		/** 漏号: numbers below the highest one of the class that no item has. */
		GAP,
		/** 重号: several items of a class have the same number. */
		DUPLICATE,
		/** Several items have the same 档号. */
		DUPLICATE_CODE,
		/** An item has a number but not all of its class (year, retention, organisation). */
		UNCLASSIFIED
	}

	public NumberingProblem {
		items = List.copyOf(items);
	}

	@Override
	public String toString() {
		return message;
	}
}
