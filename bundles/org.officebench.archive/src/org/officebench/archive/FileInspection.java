package org.officebench.archive;

import java.nio.file.Path;

/**
 * What {@link FileInspector} found out about one file.
 *
 * @param size     bytes, -1 when the file could not be read
 * @param format   by content; {@link FileFormat#OTHER} when unknown
 * @param pages    page count, -1 when the format does not say
 * @param encoding for {@link FileFormat#TXT}: the detected charset (e.g. UTF-8, GB18030, Big5), else {@code null}
 * @param refusal  why the file cannot be filed, {@code null} when it can
 */
public record FileInspection(Path file, long size, FileFormat format, int pages, String encoding, Refusal refusal) {

	/** Why a file is refused. */
	public enum RefusalKind {
		EMPTY, TOO_LARGE, ENCRYPTED, CORRUPT, ZIP_BOMB, TIMEOUT, UNREADABLE
	}

	/**
	 * A refusal.
	 *
	 * @param message for the user, in the current language: what is wrong and what to do
	 */
	public record Refusal(RefusalKind kind, String message) {
		@Override
		public String toString() {
			return message;
		}
	}

	public boolean isAccepted() {
		return refusal == null;
	}

	/** The media type to record, with the charset for text. */
	public String mediaType() {
		return encoding == null ? format.mediaType() : format.mediaType() + "; charset=" + encoding; //$NON-NLS-1$
	}
}
