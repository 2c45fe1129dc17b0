package org.officebench.core;

/** Told about documents created, saved or deleted, on whatever thread did it. */
@FunctionalInterface
public interface RepositoryListener {

	enum Change {
		CREATED, SAVED, DELETED
	}

	void documentChanged(Change change, String documentId);
}
