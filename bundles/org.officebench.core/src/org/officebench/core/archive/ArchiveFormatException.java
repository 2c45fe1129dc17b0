package org.officebench.core.archive;

import java.io.IOException;

/** A line of an archive data file (retention schedule, item number counters) that cannot be read. */
public class ArchiveFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int lineNumber;

	/**
	 * @param lineNumber 1-based
	 * @param message    for the user, naming the line
	 */
	public ArchiveFormatException(int lineNumber, String message) {
		super(message);
		this.lineNumber = lineNumber;
	}

	/** The line that cannot be read, counted from 1. */
	public int lineNumber() {
		return lineNumber;
	}
}
