package org.officebench.ui.archive.appraisal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryListener;
import org.officebench.core.archive.Destruction;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.ui.OfficeBenchUI;

/**
 * Writes the audit log entry of an executed 销毁清册 when its catalogue is saved, however it is saved (Ctrl+S, Save
 * All, the close prompt). It stays registered after the view closes, for the catalogues the view has shown.
 */
final class DestructionAuditor implements RepositoryListener {

	private static final DestructionAuditor INSTANCE = new DestructionAuditor();
	private static Repository listenedTo;

	private final Map<String, OfficeDocument> documents = new ConcurrentHashMap<>();

	private DestructionAuditor() {
	}

	/** Starts watching the saves of a catalogue shown in the view. */
	static synchronized void watch(OfficeDocument document) {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (repository == null) {
			return;
		}
		if (repository != listenedTo) {
			if (listenedTo != null) {
				listenedTo.removeListener(INSTANCE);
			}
			INSTANCE.documents.clear();
			repository.addListener(INSTANCE);
			listenedTo = repository;
		}
		INSTANCE.documents.put(document.id(), document);
	}

	@Override
	public void documentChanged(Change change, String documentId) {
		OfficeDocument document = documents.get(documentId);
		Repository repository = listenedTo;
		if (change != Change.SAVED || document == null || repository == null
				|| !(document.root() instanceof ArchiveCatalogue catalogue)) {
			return;
		}
		try {
			Destruction.recordExecuted(repository.auditLog(), documentId, catalogue);
		} catch (IOException e) {
			OfficeBenchUI.log("Cannot write the audit entry of a destruction register of " + document.file(), e); //$NON-NLS-1$
		}
	}
}
