package org.officebench.core;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Append-only record of who did what to which document, kept in {@code audit/audit.log}. */
public interface AuditLog {

	record Entry(Instant time, String user, String action, String documentId, String detail) {
	}

	void append(String action, String documentId, String detail) throws IOException;

	/** All entries, oldest first. */
	List<Entry> read() throws IOException;
}
