package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.AuditLog;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentParticipant;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.CatalogueParticipant;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.Document;
import org.officebench.tests.support.TestRepositories;

/** The repository takes what is special about a kind from the kind's participants, and names no kind itself. */
class DocumentParticipantTest {

	private static final String AMBIGUOUS = "{fonds}-{category}·{year}-{retention}-{org}";

	@TempDir
	Path temp;

	/** A participant of one kind that records when it is asked. */
	private static final class Recording implements DocumentParticipant {
		final DocumentKind kind;
		final List<String> calls = new ArrayList<>();

		Recording(DocumentKind kind) {
			this.kind = kind;
		}

		@Override
		public boolean appliesTo(DocumentKind asked) {
			return asked == kind;
		}

		@Override
		public void created(Document document) {
			calls.add("created " + document.getTitle());
			document.setDescription("filled by the participant");
		}

		@Override
		public void validateSave(Document document) throws IOException {
			calls.add("validate");
			if ("refuse".equals(document.getDocumentNumber())) {
				throw new IOException("refused by the participant");
			}
		}

		@Override
		public void saved(Document document, AuditLog auditLog) throws IOException {
			calls.add("saved");
			auditLog.append("participant", document.getId(), "after save");
		}
	}

	@Test
	void withoutTheArchiveParticipantACatalogueHasNoArchiveRules() throws Exception {
		FileRepositoryService service = new FileRepositoryService();
		service.activate(); // as Declarative Services leaves it when no kind contributes a participant
		try (Repository repository = service.open(temp.resolve("bare"), TestRepositories.USER, false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "目录");
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			assertTrue(catalogue.getRetentionRules().isEmpty(), "the retention table comes from the archive's participant");
			catalogue.setArchivalCodePattern(AMBIGUOUS);
			document.save(); // the 档号 check is the archive's, not the repository's
		}
	}

	@Test
	void theArchiveParticipantFillsTheRetentionTableAndRefusesAnAmbiguousTemplate() throws Exception {
		FileRepositoryService service = new FileRepositoryService();
		service.addParticipant(new CatalogueParticipant());
		service.activate();
		try (Repository repository = service.open(temp.resolve("archive"), TestRepositories.USER, false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "目录");
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			assertFalse(catalogue.getRetentionRules().isEmpty());
			catalogue.setArchivalCodePattern(AMBIGUOUS);
			assertThrows(IOException.class, document::save);
		}
	}

	@Test
	void onlyTheParticipantsOfTheDocumentsKindAreAskedAndTheyCanRefuseASave() throws Exception {
		Recording policy = new Recording(DocumentKind.POLICY);
		Recording minutes = new Recording(DocumentKind.MINUTES);
		FileRepositoryService service = new FileRepositoryService();
		service.addParticipant(policy);
		service.addParticipant(minutes);
		service.activate();
		try (Repository repository = service.open(temp.resolve("repo"), TestRepositories.USER, false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "制度");
			assertEquals(List.of("created 制度", "validate", "saved"), policy.calls);
			assertEquals(List.of(), minutes.calls);
			assertEquals("filled by the participant", document.root().getDescription());
			assertTrue(repository.auditLog().read().stream().anyMatch(e -> e.action().equals("participant")));

			document.root().setDocumentNumber("refuse");
			IOException refused = assertThrows(IOException.class, document::save);
			assertEquals("refused by the participant", refused.getMessage());
			assertEquals("validate", policy.calls.get(policy.calls.size() - 1), "refused before anything was written");
		}
	}
}
