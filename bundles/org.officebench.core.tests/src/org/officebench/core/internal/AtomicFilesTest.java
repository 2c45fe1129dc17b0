package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.tests.support.SeparateJvm;
import org.officebench.tests.support.TestRepositories;

class AtomicFilesTest {

	@TempDir
	Path temp;

	/**
	 * A real crash: a separate JVM rewrites one file over and over with {@link AtomicFiles#write} and is killed
	 * (SIGKILL) at several moments. Each time the file must hold one whole version, never a mix or a stub.
	 */
	@Test
	void aKilledWriterLeavesTheOldOrTheNewFile() throws Exception {
		Path target = temp.resolve("doc.xmi");
		String classpath = SeparateJvm.codeSource(AtomicFiles.class) + File.pathSeparator
				+ SeparateJvm.codeSource(CrashingWriter.class);
		String java = ProcessHandle.current().info().command().orElse("java");
		for (int round = 0; round < 5; round++) {
			Process writer = new ProcessBuilder(java, "-cp", classpath, CrashingWriter.class.getName(), target.toString())
					.redirectErrorStream(true).start();
			long deadline = System.currentTimeMillis() + 20_000;
			while (!Files.exists(target) && System.currentTimeMillis() < deadline) {
				Thread.sleep(5);
			}
			Thread.sleep(150 + round * 97);
			writer.destroyForcibly();
			assertTrue(writer.waitFor(10, TimeUnit.SECONDS));
			String content = Files.readString(target, StandardCharsets.UTF_8);
			assertTrue(CrashingWriter.isWholeVersion(content), "round " + round + " left a partial file: "
					+ content.substring(0, Math.min(80, content.length())));
		}
		AtomicFiles.cleanTempFiles(temp);
		try (var left = Files.list(temp)) {
			assertEquals(List.of(target), left.toList(), "temp files of the killed writers are cleaned");
		}
	}

	@Test
	void leftoverTempFilesAreIgnoredThenCleanedOnOpen() throws Exception {
		Path folder = temp.resolve("repo");
		Path leftover;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "MBO报表管理制度");
			Path file = folder.resolve(document.file());
			leftover = file.resolveSibling("." + file.getFileName() + ".1234abcd" + AtomicFiles.TEMP_SUFFIX);
			Files.writeString(leftover, "<?xml version=\"1.0\"?><half");
			assertEquals(1, repository.documents().size());
			assertTrue(repository.problems().isEmpty(), "a temp file is not a broken document");
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			assertFalse(Files.exists(leftover));
			assertEquals("MBO报表管理制度", repository.documents().get(0).title());
		}
	}

	@Test
	void writeReplacesContent() throws Exception {
		Path target = temp.resolve("a/b/file.txt");
		AtomicFiles.write(target, "旧".getBytes(StandardCharsets.UTF_8));
		AtomicFiles.write(target, "新".getBytes(StandardCharsets.UTF_8));
		assertEquals("新", Files.readString(target));
		try (var files = Files.list(target.getParent())) {
			assertEquals(1, files.count());
		}
	}
}
