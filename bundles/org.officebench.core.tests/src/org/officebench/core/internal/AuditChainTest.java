package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.AuditLog.Integrity;
import org.officebench.core.AuditLog.Problem;
import org.officebench.core.AuditLog.ProblemKind;
import org.officebench.core.DocumentKind;
import org.officebench.core.Repository;
import org.officebench.tests.support.TestRepositories;

/** The audit log's chain of digests: each kind of change to the file is found, at its line. */
class AuditChainTest {

	@TempDir
	Path temp;

	private Path file;
	private JsonAuditLog log;

	@BeforeEach
	void fiveEntries() throws IOException {
		file = temp.resolve("audit").resolve("audit.log");
		log = new JsonAuditLog(file, "王芳", temp, true);
		for (int i = 1; i <= 5; i++) {
			log.append("save", "doc-" + i, "第" + i + "次保存");
		}
	}

	private List<String> lines() throws IOException {
		return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	private void write(List<String> lines) throws IOException {
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	private static Problem only(Integrity integrity) {
		assertEquals(1, integrity.problems().size(), integrity.problems().toString());
		return integrity.problems().get(0);
	}

	@Test
	void anUntouchedLogPasses() throws IOException {
		Integrity integrity = log.check();
		assertTrue(integrity.isIntact());
		assertEquals(List.of(), integrity.problems());
		assertEquals(5, integrity.lines());
		assertEquals(1, integrity.protectedFrom());
		assertEquals(5, log.read().size());
		assertTrue(lines().get(0).startsWith("{\"seq\":1,\"prev\":\"" + JsonAuditLog.ZERO + "\""), lines().get(0));
	}

	@Test
	void anEditedLineIsFoundAtItsLine() throws IOException {
		List<String> lines = lines();
		lines.set(2, lines.get(2).replace("第3次保存", "第3次保存（改）"));
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.EDITED, problem.kind());
		assertEquals(3, problem.line());
		assertFalse(log.check().isIntact());
	}

	@Test
	void theLastLineEditedIsFoundThroughTheHead() throws IOException {
		List<String> lines = lines();
		lines.set(4, lines.get(4).replace("王芳", "李雷"));
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.EDITED, problem.kind());
		assertEquals(5, problem.line());
	}

	@Test
	void aRemovedLineIsFoundWhereItWas() throws IOException {
		List<String> lines = lines();
		lines.remove(2);
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.REMOVED, problem.kind());
		assertEquals(3, problem.line());
		assertEquals(3, problem.fromSeq());
		assertEquals(3, problem.toSeq());
	}

	@Test
	void linesRemovedFromTheEndAreFound() throws IOException {
		List<String> lines = lines();
		lines.remove(4);
		lines.remove(3);
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.REMOVED_AT_END, problem.kind());
		assertEquals(3, problem.line());
		assertEquals(4, problem.fromSeq());
		assertEquals(5, problem.toSeq());
	}

	@Test
	void anInsertedLineIsFoundAtItsLine() throws IOException {
		List<String> lines = lines();
		lines.add(2, "{\"time\":\"2025-01-01T00:00:00Z\",\"user\":\"x\",\"action\":\"delete\",\"document\":\"d\",\"detail\":null}");
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.INSERTED, problem.kind());
		assertEquals(3, problem.line());
	}

	@Test
	void aCopiedEntryIsFoundAsInserted() throws IOException {
		List<String> lines = lines();
		lines.add(3, lines.get(1));
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.INSERTED, problem.kind());
		assertEquals(4, problem.line());
	}

	@Test
	void swappedLinesAreFoundAsOutOfOrder() throws IOException {
		List<String> lines = lines();
		Collections.swap(lines, 1, 2);
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.REORDERED, problem.kind());
		assertEquals(2, problem.line());
		assertEquals(3, problem.otherLine());
	}

	@Test
	void aLastLineCutShortIsAnInterruptedWriteNotTampering() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));
		Integrity integrity = log.check();
		Problem problem = only(integrity);
		assertEquals(ProblemKind.TRUNCATED_LAST, problem.kind());
		assertEquals(5, problem.line());
		assertTrue(integrity.isIntact(), "a crash is no tampering");
		assertEquals(4, log.read().size());

		log.append("save", "doc-6", "after the crash");
		List<String> lines = lines();
		assertEquals(6, lines.size(), "the next entry starts a clean line");
		integrity = log.check();
		problem = only(integrity);
		assertEquals(ProblemKind.INTERRUPTED, problem.kind());
		assertEquals(5, problem.line());
		assertEquals(6, problem.otherLine());
		assertTrue(integrity.isIntact());
		assertEquals(5, log.read().size());
		assertEquals("doc-6", log.read().get(4).documentId());
	}

	@Test
	void aLogWrittenBeforeTheChainIsProtectedFromItsFirstNewEntry() throws IOException {
		Files.delete(file);
		Files.delete(file.resolveSibling(JsonAuditLog.HEAD));
		List<String> old = List.of(
				"{\"time\":\"2025-01-01T00:00:00Z\",\"user\":\"a\",\"action\":\"create\",\"document\":\"d1\",\"detail\":\"x\"}",
				"{\"time\":\"2025-01-02T00:00:00Z\",\"user\":\"a\",\"action\":\"save\",\"document\":\"d1\",\"detail\":\"x\"}");
		write(old);
		assertEquals(0, log.check().protectedFrom());
		assertTrue(log.check().isIntact());
		log.append("save", "d1", "new");
		log.append("save", "d1", "newer");
		List<String> lines = lines();
		assertEquals(old, lines.subList(0, 2), "old lines stay as they are");
		Integrity integrity = log.check();
		assertEquals(3, integrity.protectedFrom());
		assertEquals(List.of(), integrity.problems());
		assertEquals(4, log.read().size());

		lines.set(2, lines.get(2).replace("\"new\"", "\"changed\""));
		write(lines);
		Problem problem = only(log.check());
		assertEquals(ProblemKind.EDITED, problem.kind());
		assertEquals(3, problem.line());
	}

	@Test
	void onlyTheLockHolderAppends() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository repository = TestRepositories.open(folder, false)) {
			repository.create(DocumentKind.POLICY, "制度");
		}
		try (FileRepository reader = FileRepository.openForReading(folder, "reader", List::of, List::of)) {
			assertThrows(IOException.class, () -> reader.auditLog().append("save", "x", "y"));
			assertTrue(reader.auditLog().check().isIntact());
		}
	}
}
