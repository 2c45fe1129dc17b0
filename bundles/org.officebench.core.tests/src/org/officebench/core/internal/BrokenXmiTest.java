package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.tests.support.TestRepositories;

class BrokenXmiTest {

	@TempDir
	Path temp;

	@Test
	void aTruncatedFileIsReportedWithItsLineAndTheOthersStillOpen() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository repository = TestRepositories.open(folder, true)) {
			OfficeDocument victim = repository.create(DocumentKind.MINUTES, "月度经营分析会纪要");
			Path file = folder.resolve(victim.file());
			String xml = Files.readString(file, StandardCharsets.UTF_8);
			byte[] broken = xml.substring(0, xml.length() / 2).concat("\n<oops").getBytes(StandardCharsets.UTF_8);
			Files.write(file, broken);

			List<DocumentSummary> documents = repository.documents();
			assertEquals(4, documents.size(), "the four sample documents still list");
			for (DocumentSummary summary : documents) {
				repository.open(summary.id());
			}
			assertEquals(1, repository.problems().size());
			LoadProblem problem = repository.problems().get(0);
			assertEquals(victim.file(), problem.file());
			assertTrue(problem.line() > 0, "names the line");
			assertTrue(problem.describe().contains(victim.file()));
			assertTrue(problem.advice().length() > 10, "says what to do");

			DocumentLoadException e = assertThrows(DocumentLoadException.class, () -> repository.open(victim.id()));
			assertEquals(victim.file(), e.problem().file());
			assertArrayEquals(broken, Files.readAllBytes(file), "the broken file is never rewritten");
		}
		try (Repository again = TestRepositories.open(folder, false)) {
			assertEquals(4, again.documents().size());
			assertEquals(1, again.problems().size());
		}
	}

	@Test
	void wellFormedXmlThatIsNotAModelIsRefusedOnOpen() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "金库管理办法");
			Path file = folder.resolve(document.file());
			String xml = Files.readString(file).replace("ob:PolicyDocument", "ob:NoSuchThing");
			Files.writeString(file, xml);
			repository.documents();
			DocumentLoadException e = assertThrows(DocumentLoadException.class, () -> repository.open(document.id()));
			assertTrue(e.problem().reason().contains("NoSuchThing"), e.problem().reason());
			assertEquals(xml, Files.readString(file));
		}
	}

	@Test
	void aFileFromANewerModelIsNotOpenedAndNotTouched() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "会计档案管理办法");
			Path file = folder.resolve(document.file());
			String xml = Files.readString(file).replaceFirst("modelVersion=\"1\"", "modelVersion=\"99\"");
			assertTrue(xml.contains("modelVersion=\"99\""), xml);
			Files.writeString(file, xml);
			DocumentLoadException e = assertThrows(DocumentLoadException.class, () -> repository.open(document.id()));
			assertTrue(e.problem().reason().contains("99"));
			assertEquals(xml, Files.readString(file));
		}
	}
}
