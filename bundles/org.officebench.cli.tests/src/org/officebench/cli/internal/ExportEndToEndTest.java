package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.print.CjkFont;
import org.officebench.archive.print.CjkFontException;
import org.officebench.tests.support.SeparateJvm.Result;

/** {@code export} as a user runs it, in its own JVM, on a repository made with {@code init --samples}. */
class ExportEndToEndTest {

	private static final String ENGLISH = "en";
	private static final String CHINESE = "zh_CN";

	/** One sample repository for all tests: the export only reads it. */
	@TempDir
	static Path shared;

	@TempDir
	Path temp;

	private static String repo;

	private Result cli(String language, String... args) throws Exception {
		return run(temp, language, args);
	}

	private static Result run(Path dir, String language, String... args) throws Exception {
		return CliRun.run(dir, language, args);
	}

	@BeforeAll
	static void samples() throws Exception {
		repo = shared.resolve("repo").toString();
		Result init = run(shared, ENGLISH, "--repo", repo, "init", "--samples");
		assertEquals(0, init.exitCode(), init.err());
	}

	@Test
	void catalogueToXlsx() throws Exception {
		Path file = temp.resolve("out/目录.xlsx");
		Result result = cli(ENGLISH, "--repo", repo, "export", "catalogue", "--format", "xlsx", "--out", file.toString(), "--retention", "D10");
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().contains("Wrote " + file.toAbsolutePath() + ": 5 items."), result.out());
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Z109");
			assertEquals("Archival code", sheet.getRow(1).getCell(1).getStringCellValue(), "headers in the UI language");
			assertEquals(2 + 5, sheet.getPhysicalNumberOfRows());
			Row first = sheet.getRow(2);
			assertEquals("Z109-WS·2025-D10-YYB-0001", first.getCell(1).getStringCellValue());
			assertEquals("营运部上半年工作总结", first.getCell(4).getStringCellValue());
			assertEquals("20250716", first.getCell(5).getStringCellValue());
		}
	}

	@Test
	void catalogueAndBoxPrintsToPdf() throws Exception {
		requireChineseFont();
		Path file = temp.resolve("目录.pdf");
		Result result = cli(CHINESE, "--repo", repo, "export", "catalogue", "--out", file.toString());
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().contains("已写出") && result.out().contains("共 5 件"), result.out());
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(1, pdf.getNumberOfPages());
			assertTrue(pdf.getPage(0).getMediaBox().getWidth() > pdf.getPage(0).getMediaBox().getHeight(), "landscape");
			PDResources resources = pdf.getPage(0).getResources();
			for (COSName name : resources.getFontNames()) {
				assertTrue(resources.getFont(name).isEmbedded(), name.getName());
			}
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("营运部上半年工作总结") && text.contains("全宗：Z109 营运部") && text.contains("保管期限：定期10年"), text);
		}

		Path spines = temp.resolve("盒脊.pdf");
		Result spine = cli(CHINESE, "--repo", repo, "export", "spines", "--out", spines.toString(), "--year", "2025");
		assertEquals(0, spine.exitCode(), spine.err());
		assertTrue(spine.out().contains("共 5 件，1 盒"), spine.out());
		try (PDDocument pdf = Loader.loadPDF(spines.toFile())) {
			assertTrue(new PDFTextStripper().getText(pdf).contains("0001—0005"));
		}

		Path labels = temp.resolve("labels.pdf");
		assertEquals(0, cli(ENGLISH, "--repo", repo, "export", "labels", "--out", labels.toString()).exitCode());
		Path notes = temp.resolve("notes.pdf");
		Result note = cli(CHINESE, "--repo", repo, "export", "notes", "--out", notes.toString(), "--arranger", "王芳", "--arranged", "2026-01-05");
		assertEquals(0, note.exitCode(), note.err());
		try (PDDocument pdf = Loader.loadPDF(notes.toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("备考表") && text.contains("王芳") && text.contains("2026-01-05"), text);
		}
		try (PDDocument pdf = Loader.loadPDF(labels.toFile())) {
			assertEquals(1, pdf.getNumberOfPages());
		}
	}

	@Test
	void unknownFormatsAndUnwritablePlacesAreRefused() throws Exception {
		Result docx = cli(ENGLISH, "--repo", repo, "export", "catalogue", "--format", "docx", "--out", temp.resolve("x.docx").toString());
		assertEquals(2, docx.exitCode());
		assertTrue(docx.err().contains("Unknown format \"docx\"") && docx.err().contains("--format xlsx"), docx.err());
		assertTrue(docx.err().contains("officebench help"), docx.err());

		Result labels = cli(CHINESE, "--repo", repo, "export", "labels", "--format", "xlsx", "--out", temp.resolve("x.xlsx").toString());
		assertEquals(2, labels.exitCode());
		assertTrue(labels.err().contains("只能导出为 PDF"), labels.err());

		Result what = cli(ENGLISH, "--repo", repo, "export", "--out", temp.resolve("x.pdf").toString());
		assertEquals(2, what.exitCode());
		assertTrue(what.err().contains("export catalogue|labels|spines|notes"), what.err());

		Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");
		Path file = blocker.resolve("目录.xlsx");
		Result blocked = cli(ENGLISH, "--repo", repo, "export", "catalogue", "--out", file.toString());
		assertEquals(1, blocked.exitCode());
		assertTrue(blocked.err().contains("Could not write") && blocked.err().contains("is a file, not a folder"), blocked.err());
		assertFalse(blocked.err().contains("Exception"), "no stack trace: " + blocked.err());

		Result none = cli(ENGLISH, "--repo", repo, "export", "catalogue", "--out", temp.resolve("none.xlsx").toString(), "--year", "1999");
		assertEquals(1, none.exitCode());
		assertTrue(none.err().contains("No items match"), none.err());
		assertFalse(Files.exists(temp.resolve("none.xlsx")));
	}

	/** The PDF checks need a Chinese font PDFBox can embed ({@code .ci/run} installs one): missing, the test fails, it is not skipped. */
	private static void requireChineseFont() {
		try {
			CjkFont.find();
		} catch (CjkFontException e) {
			org.junit.jupiter.api.Assertions.fail("This PDF test needs a Chinese TrueType font that PDFBox can embed, and none is installed: "
					+ "run .ci/run (it installs fonts-droid-fallback), apt-get install fonts-droid-fallback, or set -D"
					+ CjkFont.PROPERTY + "=<a .ttf/.ttc file>. " + e.getMessage());
		}
	}
}
