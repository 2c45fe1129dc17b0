package org.officebench.search.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.FileFormat;
import org.officebench.search.SearchFixtures;

/** Real files of every format, and bad ones: each gives its text or a reason, never an exception or a hang. */
class TextExtractorTest {

	private static final String SIMPLIFIED = "营运部第三季度会议纪要：各门店于九月底前完成巡检整改。";
	private static final String TRADITIONAL = "營運部第四季度會議紀要：加強門店巡檢，落實整改責任。";

	@TempDir
	Path temp;

	private final TextExtractor extractor = new TextExtractor();

	private Extraction ok(Path file, FileFormat format) {
		Extraction e = extractor.extract(file);
		assertFalse(e.isFailed(), file + ": " + e.failure());
		assertEquals(format, e.format());
		return e;
	}

	@Test
	void everyFormatGivesItsText() throws Exception {
		assertTrue(ok(SearchFixtures.pdf(temp.resolve("a.pdf"), SIMPLIFIED), FileFormat.PDF).text().contains("会议纪要"));
		assertTrue(ok(SearchFixtures.docx(temp.resolve("b.docx"), SIMPLIFIED, TRADITIONAL), FileFormat.DOCX).text().contains(TRADITIONAL));
		Extraction xlsx = ok(SearchFixtures.xlsx(temp.resolve("c.xlsx"), new String[] { "门店", "整改措施" }, new String[] { "东门店", "限期整改" }),
				FileFormat.XLSX);
		assertTrue(xlsx.text().contains("东门店") && xlsx.text().contains("限期整改") && xlsx.text().contains("台账"), xlsx.text());
		Extraction xls = ok(SearchFixtures.xls(temp.resolve("d.xls"), new String[] { "物资", "领用人" }, new String[] { "打印纸", "郝晓燕" }),
				FileFormat.XLS);
		assertTrue(xls.text().contains("郝晓燕"), xls.text());
		assertEquals(SIMPLIFIED, ok(SearchFixtures.text(temp.resolve("e.txt"), SIMPLIFIED.repeat(3), "GBK"), FileFormat.TXT).text()
				.substring(0, SIMPLIFIED.length()), "GBK detected");
		assertTrue(ok(SearchFixtures.text(temp.resolve("f.txt"), TRADITIONAL.repeat(3), "Big5"), FileFormat.TXT).text().startsWith(TRADITIONAL),
				"Big5 detected");
		assertTrue(ok(SearchFixtures.text(temp.resolve("g.txt"), TRADITIONAL, "UTF-8"), FileFormat.TXT).text().startsWith(TRADITIONAL));
	}

	@Test
	void aRealWord97FileGivesItsChineseText() throws Exception {
		// written by LibreOffice from a seed paragraph (releng/fixtures/README.md)
		Extraction doc = ok(OfdTextTest.fixture("work-report.doc", temp), FileFormat.DOC);
		assertTrue(doc.text().startsWith("综合管理部年度工作总结"), doc.text());
		assertTrue(doc.text().contains("8、草拟综合性通知等,负责公司会议的组织、记录并对会议有关决议进行跟踪;"), doc.text());
		assertTrue(doc.text().strip().endsWith("10、公司的重要文件、合同等资料整理归档管理工作。"), doc.text());
	}

	@Test
	void aChineseWordWrappedAcrossPdfLinesIsOneWordAgain() throws Exception {
		Path pdf = SearchFixtures.pdf(temp.resolve("wrapped.pdf"), "会议决定：各门店于九月底前完成巡", "检整改，并报送整改台账。", "季度经营分析使用 MBO",
				"报表，按月报送。");
		String text = ok(pdf, FileFormat.PDF).text();
		assertTrue(text.contains("完成巡检整改，并报送"), "the line broke inside 巡检: " + text);
		assertTrue(text.contains("MBO\n报表"), "a line ending in Latin letters keeps its break: " + text);
		assertFalse(text.contains("\uE000") || text.contains("\uE001"), "no marks left: " + text);
		assertTrue(ok(SearchFixtures.pdf(temp.resolve("heading.pdf"), "第一章总则", "第一条为规范门店巡检工作，制定本办法。"), FileFormat.PDF).text()
				.contains("第一章总则\n第一条"), "a short line is no wrap");
	}

	@Test
	void badFilesGiveAReason() throws Exception {
		assertEquals(Extraction.Kind.ENCRYPTED, extractor.extract(SearchFixtures.encryptedPdf(temp.resolve("secret.pdf"), "pw", SIMPLIFIED)).failure().kind());
		Path docx = SearchFixtures.docx(temp.resolve("whole.docx"), SIMPLIFIED);
		byte[] bytes = Files.readAllBytes(docx);
		Path truncated = Files.write(temp.resolve("truncated.docx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertEquals(Extraction.Kind.CORRUPT, extractor.extract(truncated).failure().kind());
		assertEquals(Extraction.Kind.EMPTY, extractor.extract(Files.write(temp.resolve("empty.txt"), new byte[0])).failure().kind());
		assertEquals(Extraction.Kind.MISSING, extractor.extract(temp.resolve("gone.pdf")).failure().kind());
		Path png = Files.write(temp.resolve("scan.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
		Extraction image = extractor.extract(png);
		assertEquals(Extraction.Kind.NO_TEXT_FORMAT, image.failure().kind());
		assertFalse(image.failure().isFileProblem(), "an image is not a damaged file");
		assertTrue(image.failure().describe("扫描件.png").contains("扫描件.png"), image.failure().describe("扫描件.png"));
		Path blank = SearchFixtures.pdf(temp.resolve("blank.pdf"));
		assertEquals(Extraction.Kind.NO_TEXT_LAYER, extractor.extract(blank).failure().kind(), "a PDF without text, like a scan");
	}

	@Test
	void limitsOfSizeTimeAndText() throws Exception {
		Path big = SearchFixtures.text(temp.resolve("big.txt"), SIMPLIFIED.repeat(2000), "UTF-8");
		TextExtractor small = new TextExtractor(new TextExtractor.Limits(10_000, 1_000_000, Duration.ofSeconds(30)));
		assertEquals(Extraction.Kind.TOO_LARGE, small.extract(big).failure().kind());
		TextExtractor hurried = new TextExtractor(new TextExtractor.Limits(1L << 30, 1_000_000, Duration.ofNanos(1)));
		assertEquals(Extraction.Kind.TIMEOUT, hurried.extract(SearchFixtures.docx(temp.resolve("slow.docx"), SIMPLIFIED)).failure().kind());
		TextExtractor brief = new TextExtractor(new TextExtractor.Limits(1L << 30, 100, Duration.ofSeconds(30)));
		Extraction cut = brief.extract(SearchFixtures.pdf(temp.resolve("long.pdf"), SIMPLIFIED, SIMPLIFIED, SIMPLIFIED, SIMPLIFIED, SIMPLIFIED));
		assertTrue(cut.truncated());
		assertEquals(100, cut.text().length());
		Extraction canceled = extractor.extract(SearchFixtures.docx(temp.resolve("c.docx"), SIMPLIFIED), () -> true);
		assertTrue(!canceled.isFailed() || canceled.failure().kind() == Extraction.Kind.CANCELED, String.valueOf(canceled.failure()));
	}

	@Test
	void gbkTextAfterAUtf8ByteOrderMarkIsReadAsGbkNotGarbled() throws Exception {
		byte[] gbk = (SIMPLIFIED + "\n" + SIMPLIFIED).getBytes("GBK");
		byte[] bytes = new byte[gbk.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(gbk, 0, bytes, 3, gbk.length);
		Extraction e = ok(Files.write(temp.resolve("bom-gbk.txt"), bytes), FileFormat.TXT);
		assertEquals(SIMPLIFIED + "\n" + SIMPLIFIED, e.text(), "decoded as GBK, not as broken UTF-8");

		byte[] junk = new byte[300];
		junk[0] = (byte) 0xEF;
		junk[1] = (byte) 0xBB;
		junk[2] = (byte) 0xBF;
		for (int i = 3; i < junk.length; i++) {
			junk[i] = (byte) (i % 2 == 0 ? 0x80 : 0xFF); // fits neither UTF-8 nor GB18030 nor Big5
		}
		Extraction wrong = extractor.extract(Files.write(temp.resolve("bom-junk.txt"), junk));
		assertTrue(wrong.isFailed(), "never garbled text: " + wrong.text());
		assertEquals(Extraction.Kind.WRONG_ENCODING, wrong.failure().kind());
		assertTrue(wrong.failure().isFileProblem());
		assertTrue(wrong.failure().describe("说明.txt").contains("说明.txt"), wrong.failure().describe("说明.txt"));
	}

	@Test
	void aFileThatGivesNoTextIsListedWithTheReason() throws Exception {
		Path formulas = temp.resolve("formulas.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = Files.newOutputStream(formulas)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("台账");
			for (int r = 0; r < 3; r++) {
				sheet.createRow(r).createCell(0).setCellFormula("SUM(B1:B9)*" + (r + 1)); // no cached value
			}
			workbook.write(out);
		}
		Extraction sheet = extractor.extract(formulas);
		assertTrue(sheet.isFailed(), "indexed as if it had text: [" + sheet.text() + "]");
		assertEquals(Extraction.Kind.NO_TEXT, sheet.failure().kind());
		assertTrue(sheet.failure().isFileProblem(), "listed among the files without text");

		Extraction blank = extractor.extract(SearchFixtures.docx(temp.resolve("blank.docx"), "", " "));
		assertEquals(Extraction.Kind.NO_TEXT, blank.failure().kind());
		Extraction spaces = extractor.extract(SearchFixtures.text(temp.resolve("spaces.txt"), "   \n\n  \n", "UTF-8"));
		assertEquals(Extraction.Kind.NO_TEXT, spaces.failure().kind());
	}

	@Test
	void aDocxIsStreamedAndCutAtTheXmlBudget() throws Exception {
		Path docx = SearchFixtures.inflatingDocx(temp.resolve("big.docx"), "开头一段巡检说明", 12, 7);
		TextExtractor budgeted = new TextExtractor(new TextExtractor.Limits(1L << 30, 4_000_000, Duration.ofSeconds(60), 1024 * 1024));
		Extraction cut = budgeted.extract(docx);
		assertFalse(cut.isFailed(), String.valueOf(cut.failure()));
		assertTrue(cut.truncated());
		assertEquals(Extraction.Kind.TEXT_CUT, cut.cut().kind());
		assertEquals("1", cut.cut().detail());
		assertTrue(cut.text().startsWith("开头一段巡检说明\n巡检记录第"), cut.text().substring(0, 40));
		assertTrue(cut.text().length() < 1024 * 1024, "no more than the budget: " + cut.text().length());
		// within the budget, the whole text, tables and headers as POI gave them
		Extraction whole = extractor.extract(SearchFixtures.docx(temp.resolve("small.docx"), SIMPLIFIED, TRADITIONAL));
		assertEquals(SIMPLIFIED + "\n" + TRADITIONAL, whole.text().strip());
		assertFalse(whole.truncated());
	}
}
