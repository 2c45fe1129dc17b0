package org.officebench.core.archive;

import java.io.IOException;

import org.officebench.core.AuditLog;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentParticipant;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.Document;

/**
 * The archive catalogue's part in the shared document lifecycle: a new catalogue starts with the 全宗's own
 * 保管期限表; a save is refused while the 档号 template could issue the same 档号 twice; a big catalogue is stored in
 * the compact format; an executed 销毁清册 reaches the audit log once, however the catalogue is saved. Registered with
 * Declarative Services (OSGI-INF) and, for runs outside OSGi, in {@code META-INF/services}.
 */
public final class CatalogueParticipant implements DocumentParticipant {

	/** Catalogues from this many 件 on are saved in the compact format; smaller ones stay readable XMI. */
	public static final int COMPACT_FROM_ITEMS = 10_000;

	@Override
	public boolean appliesTo(DocumentKind kind) {
		return kind == DocumentKind.ARCHIVE;
	}

	@Override
	public void created(Document document) {
		if (document instanceof ArchiveCatalogue catalogue) {
			// The 全宗's own 保管期限表 from the start, to edit as the enterprise needs.
			RetentionRules.fillWithDefault(catalogue);
		}
	}

	@Override
	public void validateSave(Document document) throws IOException {
		if (document instanceof ArchiveCatalogue catalogue && catalogue.getArchivalCodePattern() != null
				&& !catalogue.getArchivalCodePattern().isBlank()) {
			try {
				// A template that could issue the same 档号 twice must never reach the file.
				ArchivalCodeTemplate.of(catalogue.getArchivalCodePattern());
			} catch (IllegalArgumentException e) {
				throw new IOException(e.getMessage(), e);
			}
		}
	}

	@Override
	public boolean storeCompact(Document document) {
		return document instanceof ArchiveCatalogue catalogue && catalogue.getItems().size() >= COMPACT_FROM_ITEMS;
	}

	@Override
	public void saved(Document document, AuditLog auditLog) throws IOException {
		if (document instanceof ArchiveCatalogue catalogue
				&& catalogue.getDestructionRegisters().stream().anyMatch(Destruction::isExecuted)) {
			// However it is saved (editor, view, CLI), an executed 销毁清册 reaches the audit log once.
			Destruction.recordExecuted(auditLog, document.getId(), catalogue);
		}
	}
}
