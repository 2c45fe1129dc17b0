package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.AuditLog;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.MeetingMinutes;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.PolicyDocument;
import org.officebench.model.StoredFile;
import org.officebench.tests.support.TestRepositories;

class RepositoryTest {

	@TempDir
	Path temp;

	@Test
	void newRepositoryHasTheSampleDocumentsOfEveryKind() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), true)) {
			List<DocumentSummary> documents = repository.documents();
			Set<DocumentKind> kinds = documents.stream().map(DocumentSummary::kind).collect(Collectors.toSet());
			assertEquals(EnumSet.allOf(DocumentKind.class), kinds);
			assertTrue(repository.problems().isEmpty());
			DocumentSummary policy = documents.stream().filter(d -> d.kind() == DocumentKind.POLICY).findFirst().orElseThrow();
			assertEquals("營運管理部工作指引", policy.title());
			PolicyDocument loaded = (PolicyDocument) repository.open(policy.id()).root();
			assertTrue(loaded.getChapters().size() >= 5, "chapters taken from the guideline seed");
			assertFalse(loaded.getChapters().get(0).getArticles().isEmpty());
			DocumentSummary archive = documents.stream().filter(d -> d.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow();
			ArchiveCatalogue catalogue = (ArchiveCatalogue) repository.open(archive.id()).root();
			assertEquals(5, catalogue.getItems().size());
			assertEquals("Z109-WS·2025-D10-YYB-0001", catalogue.getItems().get(0).getArchivalCode());
			assertEquals("Z109-WS·2025-D10-YYB-0005", catalogue.getItems().get(4).getArchivalCode());
			for (var item : catalogue.getItems()) {
				StoredFile file = item.getFiles().get(0);
				assertTrue(repository.contentStore().verify(file.getSha256()), item.getArchivalCode());
			}
			MeetingMinutes minutes = (MeetingMinutes) repository.open(documents.stream()
					.filter(d -> d.kind() == DocumentKind.MINUTES).findFirst().orElseThrow().id()).root();
			assertFalse(minutes.getActionItems().isEmpty());
		}
	}

	@Test
	void createdDocumentSurvivesSaveAndReopen() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "物资使用登记制度");
			id = document.id();
			document.commandStack().execute(SetCommand.create(document.editingDomain(), document.root(),
					OfficeBenchPackage.Literals.DOCUMENT__DOCUMENT_NUMBER, "营运〔2025〕12号"));
			assertTrue(document.isDirty());
			document.save();
			assertFalse(document.isDirty());
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument again = repository.open(id);
			assertEquals("物资使用登记制度", again.root().getTitle());
			assertEquals("营运〔2025〕12号", again.root().getDocumentNumber());
			assertEquals(TestRepositories.USER, again.root().getAuthor());
			assertNotNull(again.root().getCreated());
			List<AuditLog.Entry> audit = repository.auditLog().read();
			assertEquals(List.of("create", "save"), audit.stream().map(AuditLog.Entry::action).toList());
			assertTrue(audit.stream().allMatch(e -> id.equals(e.documentId()) && TestRepositories.USER.equals(e.user())));
		}
	}

	@Test
	void aCopiedRepositoryOpensElsewhereWithEverything() throws Exception {
		Path original = temp.resolve("a/repo");
		List<DocumentSummary> before;
		try (Repository repository = TestRepositories.open(original, true)) {
			before = repository.documents();
		}
		Path moved = temp.resolve("b/elsewhere/copy");
		TestRepositories.copy(original, moved);
		TestRepositories.delete(original);
		try (Repository repository = TestRepositories.open(moved, false)) {
			List<DocumentSummary> after = repository.documents();
			assertEquals(before.stream().map(DocumentSummary::id).toList(), after.stream().map(DocumentSummary::id).toList());
			for (DocumentSummary summary : after) {
				repository.open(summary.id());
			}
			for (Path file : Files.walk(moved).filter(Files::isRegularFile).filter(f -> !f.toString().contains("store")).toList()) {
				String text = Files.readString(file, StandardCharsets.ISO_8859_1);
				assertFalse(text.contains(original.toString()), "absolute path written into " + file);
			}
		}
	}

	@Test
	void aSecondWriterIsRefusedWithTheHolderNamed() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository first = TestRepositories.open(folder, false)) {
			var refused = assertThrows(org.officebench.core.RepositoryLockedException.class,
					() -> TestRepositories.open(folder, false));
			assertTrue(refused.holder().contains(TestRepositories.USER), refused.holder());
			assertTrue(refused.getMessage().contains(folder.toAbsolutePath().toString()));
			// Readers are welcome while the writer works, and may not write.
			try (Repository reader = TestRepositories.service().openForReading(folder, "reader")) {
				assertTrue(reader.isReadOnly());
				assertThrows(java.io.IOException.class, () -> reader.create(DocumentKind.MINUTES, "x"));
			}
		}
		try (Repository again = TestRepositories.open(folder, false)) {
			assertFalse(again.isReadOnly());
		}
	}

	@Test
	void aReadOnlyFolderIsRefusedWithAMessageAndNothingChanges() throws Exception {
		Path folder = temp.resolve("repo");
		TestRepositories.open(folder, false).close();
		byte[] marker = Files.readAllBytes(folder.resolve(FileRepository.MARKER));
		folder.toFile().setWritable(false);
		try {
			org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder),
					"file permissions do not stop this user (root); aFolderThatCannotBeMadeIsRefused covers the message");
			RepositoryException e = assertThrows(RepositoryException.class, () -> TestRepositories.open(folder, false));
			assertTrue(e.getMessage().contains(folder.toAbsolutePath().toString()), e.getMessage());
		} finally {
			folder.toFile().setWritable(true);
		}
		assertEquals(new String(marker), Files.readString(folder.resolve(FileRepository.MARKER)));
	}

	@Test
	void aFolderThatCannotBeMadeIsRefused() throws Exception {
		Path blocker = temp.resolve("a-file");
		Files.writeString(blocker, "not a folder");
		Path folder = blocker.resolve("repo");
		RepositoryException e = assertThrows(RepositoryException.class, () -> TestRepositories.open(folder, true));
		assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("--repo"), "says what to do: " + e.getMessage());
		assertEquals("not a folder", Files.readString(blocker));
	}

	@Test
	void aFolderWithOtherFilesIsNotTakenOver() throws Exception {
		Path folder = temp.resolve("mine");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("notes.txt"), "keep me");
		RepositoryException e = assertThrows(RepositoryException.class, () -> TestRepositories.open(folder, true));
		assertTrue(e.getMessage().contains(folder.toString()));
		assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList());
	}

	@Test
	void deleteMovesToTrashAndKeepsTheFile() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			OfficeDocument document = repository.create(DocumentKind.FLOWCHART, "出库流程");
			repository.delete(document.id());
			assertTrue(repository.documents().isEmpty());
			try (var trash = Files.list(temp.resolve("repo/trash"))) {
				Path kept = trash.findFirst().orElseThrow();
				assertTrue(Files.readString(kept).contains("出库流程"));
			}
		}
	}

	@Test
	void contentStoreKeepsOneCopyAndNoticesTampering() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			var store = repository.contentStore();
			var first = store.put(new java.io.ByteArrayInputStream("会计档案管理办法".getBytes(StandardCharsets.UTF_8)));
			var second = store.put(new java.io.ByteArrayInputStream("会计档案管理办法".getBytes(StandardCharsets.UTF_8)));
			assertEquals(first.sha256(), second.sha256());
			assertFalse(first.alreadyPresent());
			assertTrue(second.alreadyPresent());
			assertEquals("2b5d0e3ea5bb7a4e0fbc5e3a0bcd7b5f8d2dd19b1c6f1bd5b1ac97e8d8d6a2b3".length(), first.sha256().length());
			assertEquals(HexSha256.of("会计档案管理办法".getBytes(StandardCharsets.UTF_8)), first.sha256());
			assertTrue(store.verify(first.sha256()));
			Path stored = store.locate(first.sha256()).orElseThrow();
			stored.toFile().setWritable(true);
			Files.writeString(stored, "改过的内容");
			assertFalse(store.verify(first.sha256()));
		}
	}

	/** Independent of the store's own code, so the test does not check the code against itself. */
	static final class HexSha256 {
		static String of(byte[] data) throws Exception {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
		}
	}
}
