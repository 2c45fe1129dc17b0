package org.officebench.core;

import java.io.IOException;

import org.officebench.model.Document;

/**
 * What one document kind adds to the lifecycle every document shares (create, save, audit), so that the repository
 * itself names no kind. A kind contributes its participant as an OSGi service (Declarative Services); outside OSGi
 * (a plain JUnit run, a tool) the repository finds it through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.officebench.core.DocumentParticipant}). Participants are stateless and may be called
 * on any thread that owns the document.
 */
public interface DocumentParticipant {

	/** Whether this participant takes part in the lifecycle of documents of {@code kind}. */
	boolean appliesTo(DocumentKind kind);

	/** Gives a new document, not yet saved, the content it starts with (e.g. an archive's own retention table). */
	default void created(Document document) {
	}

	/**
	 * Checked before a save writes anything.
	 *
	 * @throws IOException to refuse the save, with a message for the user; nothing is written
	 */
	default void validateSave(Document document) throws IOException {
	}

	/** Whether the document is written in the compact binary format (for very big documents) rather than XMI. */
	default boolean storeCompact(Document document) {
		return false;
	}

	/**
	 * Called once a save is complete and recorded as {@code create} or {@code save} in the audit log: the kind writes
	 * the further audit entries the save calls for (e.g. an executed 销毁清册).
	 */
	default void saved(Document document, AuditLog auditLog) throws IOException {
	}
}
