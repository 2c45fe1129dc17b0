package org.officebench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files attached to or archived from documents, stored once each under the hex SHA-256 of their content.
 * The name doubles as the fixity record: {@link #verify(String)} recomputes it.
 */
public interface ContentStore {

	/** @param alreadyPresent true when the same content was stored before (nothing was copied) */
	record Stored(String sha256, long size, boolean alreadyPresent) {
	}

	Stored put(InputStream content) throws IOException;

	Stored put(Path file) throws IOException;

	boolean contains(String sha256);

	/** The stored file, for reading only. */
	Optional<Path> locate(String sha256);

	InputStream open(String sha256) throws IOException;

	/** @return true when the stored bytes still hash to their name */
	boolean verify(String sha256) throws IOException;
}
