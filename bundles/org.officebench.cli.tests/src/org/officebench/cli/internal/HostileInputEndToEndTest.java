package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.util.Json;
import org.officebench.tests.support.SeparateJvm.Result;

/**
 * What a hostile tester found in the command line (issue #13), each run as a user runs it: names and titles with any
 * character, unreadable catalogues, options that would be saved wrong, exports onto special files, orphan store files.
 */
class HostileInputEndToEndTest {

	private static final String FIRST = "Z109-WS·2025-D10-YYB-0001";

	@TempDir
	Path temp;

	private Result cli(String language, String... args) throws Exception {
		return CliRun.run(temp, language, args);
	}

	private static List<Path> archives(String repo) throws IOException {
		try (Stream<Path> files = Files.list(Path.of(repo, "documents", "archives"))) {
			return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
		}
	}

	@Test
	void namesAndTitlesWithAnyCharacterAreStoredAndPrintedOnOneLine() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init").exitCode());
		Path inbox = Files.createDirectories(temp.resolve("inbox"));
		Files.writeString(inbox.resolve("bell\u0007x.txt"), "x\n", StandardCharsets.UTF_8);
		Files.writeString(inbox.resolve("two\nlines.txt"), "two lines\n", StandardCharsets.UTF_8);
		Files.writeString(inbox.resolve("esc\u001b[31mred.txt"), "red\n", StandardCharsets.UTF_8);

		Result batch = cli("en", "--repo", repo, "import", "--fonds", "Z109", "--year", "2025", "--retention", "D10", "--org", "YYB",
				inbox.toString());
		assertEquals(0, batch.exitCode(), batch.out() + batch.err());
		List<String> lines = batch.out().strip().lines().toList();
		assertEquals(4, lines.size(), "one line per 件 and the summary: " + batch.out());
		assertFalse(batch.out().contains("\u0007") || batch.out().contains("\u001b"), "no raw control character: " + batch.out());
		assertTrue(batch.out().contains("bell\\u0007x.txt"), batch.out());
		assertTrue(batch.out().contains("two\\u000Alines.txt"), batch.out());

		Result catalogue = cli("en", "--repo", repo, "catalogue", "--json");
		assertEquals(0, catalogue.exitCode(), catalogue.err());
		List<String> items = catalogue.out().strip().lines().toList();
		assertEquals(3, items.size(), "every printed 档号 exists: " + catalogue.out());
		assertTrue(items.stream().anyMatch(l -> "bell\\u0007x".equals(Json.field(l, "title"))), catalogue.out());
		assertTrue(items.stream().anyMatch(l -> "two\nlines".equals(Json.field(l, "title"))), "XML holds a newline: " + catalogue.out());

		Result table = cli("en", "--repo", repo, "catalogue");
		assertEquals(5, table.out().strip().lines().count(), "header, three rows, count: " + table.out());

		Result policy = cli("en", "--repo", repo, "new", "policy", "--title", "a\u0007b", "--number", "c\u0001d", "--json");
		assertEquals(0, policy.exitCode(), policy.out() + policy.err());
		Result list = cli("en", "--repo", repo, "list", "--kind", "policy", "--json");
		assertEquals(1, list.out().strip().lines().count(), "the policy was saved: " + list.out() + list.err());
		assertEquals("a\\u0007b", Json.field(list.out().strip(), "title"));
		assertEquals("c\\u0001d", Json.field(list.out().strip(), "documentNumber"));
	}

	@Test
	void aCatalogueThatCannotBeReadBlocksFilingListingAndVerify() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Path catalogueFile = archives(repo).get(0);
		byte[] whole = Files.readAllBytes(catalogueFile);
		Files.write(catalogueFile, java.util.Arrays.copyOf(whole, whole.length / 2));
		String name = catalogueFile.getFileName().toString();
		Path report = Files.writeString(temp.resolve("周报.txt"), "周报\n", StandardCharsets.UTF_8);

		Result catalogue = cli("en", "--repo", repo, "catalogue");
		assertEquals(1, catalogue.exitCode(), catalogue.out() + catalogue.err());
		assertTrue(catalogue.err().contains(name), "names the file: " + catalogue.err());
		assertFalse(catalogue.out().contains("0 items"), catalogue.out());

		Result filing = cli("zh_CN", "--repo", repo, "import", "--fonds", "Z109", "--year", "2025", "--retention", "D10", "--org", "YYB",
				report.toString());
		assertEquals(1, filing.exitCode(), filing.out() + filing.err());
		assertTrue(filing.err().contains(name), filing.err());
		assertFalse(filing.out().contains("Z109-WS"), "no 档号 issued: " + filing.out());
		assertEquals(1, archives(repo).size(), "no second Z109 catalogue: " + archives(repo));

		Result verify = cli("en", "--repo", repo, "verify");
		assertEquals(1, verify.exitCode(), verify.out() + verify.err());
		assertTrue((verify.out() + verify.err()).contains(name), verify.out() + verify.err());

		// Restored, and copied as a second catalogue of the same 全宗: each 档号 is now in two catalogues.
		Files.write(catalogueFile, whole);
		assertEquals(0, cli("en", "--repo", repo, "verify").exitCode());
		String id = name.substring(0, name.length() - ".xmi".length());
		String copy = UUID.randomUUID().toString();
		Files.writeString(catalogueFile.resolveSibling(copy + ".xmi"), new String(whole, StandardCharsets.UTF_8).replace(id, copy));
		Result twice = cli("en", "--repo", repo, "verify");
		assertEquals(1, twice.exitCode(), twice.out() + twice.err());
		assertTrue(twice.out().contains(FIRST) && twice.out().contains("two catalogues"), twice.out());
	}

	@Test
	void optionsAreCheckedBeforeAnythingIsWritten() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init").exitCode());
		Path report = Files.writeString(temp.resolve("report.txt"), "report\n", StandardCharsets.UTF_8);
		for (String[] bad : new String[][] { { "--fonds", "Z109", "--org", "../X" }, { "--fonds", "../Z" }, { "--fonds", "Z 1" } }) {
			String[] args = Stream.concat(Stream.of("--repo", repo, "import"), Stream.concat(Stream.of(bad), Stream.of(report.toString())))
					.toArray(String[]::new);
			Result refused = cli("zh_CN", args);
			assertEquals(2, refused.exitCode(), String.join(" ", bad) + ": " + refused.out() + refused.err());
			assertTrue(refused.err().contains(bad[bad.length - 1]), "names the value: " + refused.err());
			assertEquals(List.of(), archives(repo), "nothing created for " + String.join(" ", bad));
		}
		Result good = cli("en", "--repo", repo, "import", "--fonds", "Z109", "--org", "yyb", "--year", "2025", report.toString());
		assertEquals(0, good.exitCode(), good.out() + good.err());
		assertTrue(good.out().startsWith("Z109-WS·2025-D10-YYB-0001\t"), good.out());
	}

	@Test
	void exportsWriteRegularFilesOnlyAtomicallyWithTheUsersPermissions() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Path fifo = temp.resolve("fifo.xlsx");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		Path target = Files.writeString(temp.resolve("precious.txt"), "precious\n");
		Path link = Files.createSymbolicLink(temp.resolve("link.xlsx"), target);
		Path folder = Files.createDirectories(temp.resolve("folder.xlsx"));
		for (Path special : List.of(fifo, link, folder)) {
			Result refused = cli("en", "--repo", repo, "export", "catalogue", "--out", special.toString());
			assertNotEquals(0, refused.exitCode(), special + ": " + refused.out() + refused.err());
			assertTrue(refused.err().contains(special.toString()) && refused.err().contains("not a regular file"), refused.err());
		}
		assertTrue(Files.isSymbolicLink(link) && Files.readString(target).equals("precious\n"), "the link and its target are untouched");
		assertTrue(Files.isDirectory(folder));

		Path out = temp.resolve("out").resolve("目录.xlsx");
		Files.createDirectories(out.getParent());
		Files.writeString(out, "an older export");
		Result written = cli("en", "--repo", repo, "export", "catalogue", "--out", out.toString());
		assertEquals(0, written.exitCode(), written.err());
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertTrue(workbook.getNumberOfSheets() > 0);
		}
		Path plain = Files.writeString(out.resolveSibling("plain"), "x");
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "the umask's permissions, not a temp file's 0600");
		try (Stream<Path> left = Files.list(out.getParent())) {
			assertEquals(2, left.count(), "no temp file left beside it");
		}
	}

	@Test
	void orphanStoreFilesAreSummarisedAndCleanedOnRequest() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		long bytes = 0;
		for (String text : List.of("orphan one\n", "orphan two, a little longer\n")) {
			byte[] content = text.getBytes(StandardCharsets.UTF_8);
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
			Path file = Path.of(repo, "store", "sha256", sha.substring(0, 2), sha);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			bytes += content.length;
		}
		Result verify = cli("en", "--repo", repo, "verify");
		assertEquals(0, verify.exitCode(), "orphans are a warning: " + verify.out() + verify.err());
		assertTrue(verify.out().contains("2 stored files (" + bytes + " bytes) are referenced by no document"), verify.out());
		assertTrue(verify.out().contains("verify --clean-orphans"), verify.out());
		assertFalse(verify.out().contains("store/sha256/"), "one line, not one warning each: " + verify.out());

		Result clean = cli("zh_CN", "--repo", repo, "verify", "--clean-orphans");
		assertEquals(0, clean.exitCode(), clean.out() + clean.err());
		assertTrue(clean.out().contains("已删除 2 个无文档引用的存储文件"), clean.out());
		Result again = cli("en", "--repo", repo, "verify");
		assertFalse(again.out().contains("referenced by no document"), again.out());
		assertTrue(again.out().contains("All four checks passed"), "the filed 件 keep their files: " + again.out());
	}
}
