package org.officebench.model;

/**
 * The schema revision this build writes into {@link Document#getModelVersion()}. Raise it whenever the
 * ecore changes in a way old files need migrating for, and register a migration in core for the old number.
 */
public final class ModelVersion {

	public static final int CURRENT = 1;

	private ModelVersion() {
	}
}
