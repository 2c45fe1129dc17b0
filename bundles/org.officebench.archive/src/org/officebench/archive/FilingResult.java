package org.officebench.archive;

import java.nio.file.Path;

import org.officebench.model.ArchiveItem;

/**
 * What became of one file of a batch.
 *
 * @param archivalCode the 档号 issued (FILED, DUPLICATE), else {@code null}
 * @param duplicateOf  for DUPLICATE: the 档号 of the item that already holds the same content
 * @param item         the new item (FILED, DUPLICATE), else {@code null}
 * @param inspection   what the inspector found, {@code null} when the file was not inspected (CANCELED)
 * @param message      for the user, in the current language
 */
public record FilingResult(Path file, Status status, String archivalCode, String duplicateOf, ArchiveItem item,
		FileInspection inspection, String message) {

	public enum Status {
		/** Filed as a new item with its own content. */
		FILED,
		/** Filed as a new item that links content already filed under another 档号. */
		DUPLICATE,
		/** Not filed; {@link FilingResult#message()} says why and what to do. */
		REFUSED,
		/** Not looked at: the batch was canceled before this file. */
		CANCELED
	}

	public boolean isFiled() {
		return status == Status.FILED || status == Status.DUPLICATE;
	}

	@Override
	public String toString() {
		return status + " " + file.getFileName() + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
