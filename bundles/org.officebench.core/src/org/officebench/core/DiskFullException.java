package org.officebench.core;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file could not be written because its disk is full. The old file, if any, is untouched; the message (in the user's
 * language) names the file and says what to do.
 */
public class DiskFullException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public DiskFullException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** The file that was to be written. */
	public Path file() {
		return file;
	}
}
