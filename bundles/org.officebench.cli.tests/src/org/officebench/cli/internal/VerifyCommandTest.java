package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.print.CjkFont;
import org.officebench.archive.print.CjkFontException;
import org.officebench.core.util.Json;
import org.officebench.tests.support.SeparateJvm.Result;

/** {@code verify}, the 四性检测 of the archive, run as a user runs it: its own JVM, real files, exit codes. */
class VerifyCommandTest {

	private static final String FIRST = "Z109-WS·2025-D10-YYB-0001";

	@TempDir
	Path temp;

	private Result cli(String language, String... args) throws Exception {
		return CliRun.run(temp, language, args);
	}

	@Test
	void theSamplesPassAndACorruptedStoredFileFailsNamingItsCode() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());

		Result clean = cli("zh_CN", "--repo", repo, "verify");
		assertEquals(0, clean.exitCode(), clean.out() + clean.err());
		assertTrue(clean.out().contains("真实性：通过。检测 5 件，通过 5 件；错误 0 条，警告 0 条。"), clean.out());
		assertTrue(clean.out().contains("四性检测全部通过"), clean.out());

		// Corrupt the stored file of the first item, as a program outside OfficeBench would.
		Result catalogue = cli("en", "--repo", repo, "catalogue", "--json");
		String sha256 = Json.field(catalogue.out().strip().lines().findFirst().orElseThrow(), "sha256");
		assertEquals(FIRST, Json.field(catalogue.out().strip().lines().findFirst().orElseThrow(), "archivalCode"));
		Path stored = Path.of(repo, "store", "sha256", sha256.substring(0, 2), sha256);
		assertTrue(stored.toFile().setWritable(true));
		Files.writeString(stored, "（此行为外部程序追加）\n", StandardOpenOption.APPEND);

		Result failed = cli("zh_CN", "--repo", repo, "verify");
		assertEquals(1, failed.exitCode(), failed.out() + failed.err());
		assertTrue(failed.out().contains("[错误] 真实性  " + FIRST + "  存储的文件"), failed.out());
		assertTrue(failed.out().contains("[错误] 安全性  " + FIRST), failed.out());
		assertTrue(failed.out().contains("\n    处理建议：请从资料库备份中恢复该文件"), "what to do, indented under its finding: " + failed.out());
		assertTrue(failed.out().contains("真实性：未通过。检测 5 件，通过 4 件"), failed.out());
		assertTrue(failed.out().contains("可用性：通过"), failed.out());

		Result json = cli("en", "--repo", repo, "verify", "--json", "--fonds", "Z109");
		assertEquals(1, json.exitCode(), json.err());
		List<String> lines = json.out().strip().lines().toList();
		assertTrue(lines.size() >= 3, json.out());
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(line.startsWith("{") && line.endsWith("}"), line);
			assertEquals("finding", Json.field(line, "type"), line);
			assertEquals(FIRST, Json.field(line, "archivalCode"), line);
			assertFalse(Json.field(line, "action").isBlank(), line);
		}
		assertTrue(lines.stream().anyMatch(l -> "authenticity".equals(Json.field(l, "check")) && "DIGEST_MISMATCH".equals(Json.field(l, "kind"))));
		assertTrue(lines.stream().anyMatch(l -> "security".equals(Json.field(l, "check")) && "error".equals(Json.field(l, "severity"))));
		String summary = lines.get(lines.size() - 1);
		assertEquals("summary", Json.field(summary, "type"));
		assertEquals("false", Json.field(summary, "passed"));
		assertEquals("5", Json.field(summary, "items"));
		assertEquals("true", Json.field(summary, "usabilityPassed"));

		// --out writes the report too, as PDF or XLSX by the extension; the exit code stays the check's.
		try {
			CjkFont.find();
			Path pdf = temp.resolve("报告/四性检测报告.pdf");
			Result withPdf = cli("zh_CN", "--repo", repo, "verify", "--out", pdf.toString());
			assertEquals(1, withPdf.exitCode(), withPdf.out() + withPdf.err());
			assertTrue(withPdf.out().contains("检测报告已写到 " + pdf.toAbsolutePath()), withPdf.out());
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				String text = new PDFTextStripper().getText(document);
				assertTrue(text.contains("四性检测报告"), text);
				assertTrue(text.contains(FIRST), "the altered file's 档号: " + text);
				assertTrue(text.contains("检测人："), text);
			}
		} catch (CjkFontException e) {
			// no Chinese font to embed on this machine: the XLSX below still runs
		}
		Path xlsx = temp.resolve("四性检测报告.XLSX");
		Result withXlsx = cli("en", "--repo", repo, "verify", "--json", "--out", xlsx.toString());
		assertEquals(1, withXlsx.exitCode(), withXlsx.err());
		assertTrue(withXlsx.out().lines().allMatch(l -> l.startsWith("{")), "stdout stays JSON lines: " + withXlsx.out());
		assertTrue(withXlsx.err().contains("The report was written to"), withXlsx.err());
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals(FIRST, workbook.getSheetAt(1).getRow(1).getCell(2).getStringCellValue());
		}
		Result badExtension = cli("en", "--repo", repo, "verify", "--out", temp.resolve("report.docx").toString());
		assertEquals(2, badExtension.exitCode(), badExtension.out() + badExtension.err());
		assertTrue(badExtension.err().contains("must end in .pdf or .xlsx"), badExtension.err());
		assertFalse(Files.exists(temp.resolve("report.docx")));
		assertTrue(badExtension.out().isBlank(), "nothing checked: " + badExtension.out());

		Result noFonds = cli("en", "--repo", repo, "verify", "--fonds", "X9");
		assertEquals(1, noFonds.exitCode());
		assertTrue(noFonds.err().contains("No archive catalogue has the fonds code \"X9\""), noFonds.err());
	}
}
