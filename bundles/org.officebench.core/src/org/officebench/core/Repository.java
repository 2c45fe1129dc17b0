package org.officebench.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A repository folder opened for writing: documents as XMI files, a content-addressed file store and an
 * audit log. Only one process holds a repository at a time; close it to let others in.
 */
public interface Repository extends AutoCloseable {

	Path root();

	/** Opened for reading only (no lock): create, save and delete are refused. */
	boolean isReadOnly();

	/** The user name written to the audit log. */
	String user();

	/** Reads the document folders afresh. Files that cannot be read are left out and reported by {@link #problems()}. */
	List<DocumentSummary> documents();

	/** Document files the last {@link #documents()} could not read. */
	List<LoadProblem> problems();

	OfficeDocument open(String id) throws DocumentLoadException;

	/**
	 * The file that holds the document now (its format may change with its size), for readers that take something
	 * from the file without opening the document; empty when no document has the id.
	 */
	default Optional<Path> documentFile(String id) {
		return Optional.empty();
	}

	/** Creates, saves and returns a new document in draft status. */
	OfficeDocument create(DocumentKind kind, String title) throws IOException;

	/** Moves the document's file into {@code trash/}; nothing is erased. */
	void delete(String id) throws IOException;

	ContentStore contentStore();

	AuditLog auditLog();

	/** Unsaved changes of open documents, kept so that a crash does not lose them (see {@link Journal}). */
	Journal journal();

	void addListener(RepositoryListener listener);

	void removeListener(RepositoryListener listener);

	@Override
	void close();
}
