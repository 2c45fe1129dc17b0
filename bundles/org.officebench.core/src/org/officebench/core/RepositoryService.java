package org.officebench.core;

import java.nio.file.Path;

/** Opens repository folders. Registered as an OSGi service by core. */
public interface RepositoryService {

	/**
	 * Opens the repository in {@code folder} for writing, creating it (with sample documents when
	 * {@code withSamples}) if the folder is missing or empty.
	 *
	 * @throws RepositoryLockedException when another process holds it
	 * @throws RepositoryException       when the folder cannot be used; the message says why and what to do
	 */
	Repository open(Path folder, String user, boolean withSamples) throws RepositoryException;

	/**
	 * Opens an existing repository for reading, without taking its lock, so that it works while a workbench
	 * has the repository open.
	 */
	Repository openForReading(Path folder, String user) throws RepositoryException;

	/** @return true when {@code folder} looks like a repository (it has the marker file) */
	boolean isRepository(Path folder);
}
