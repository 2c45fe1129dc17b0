package org.officebench.core.archive;

import org.officebench.model.ArchiveItem;

/**
 * One line of a renumbering proposal: an item not yet fixed and the number it should get.
 *
 * @param currentNumber its number now (0 when it has none)
 */
public record Renumbering(ArchiveItem item, int currentNumber, int proposedNumber) {

	/** Whether accepting the proposal changes the item's number. */
	public boolean changes() {
		return currentNumber != proposedNumber;
	}
}
