package org.officebench.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.FileInspection.RefusalKind;

/** Format by content, page counts, text encodings and refusals, on real files. */
class FileInspectorTest {

	@TempDir
	Path dir;

	private final FileInspector inspector = new FileInspector();

	private static void assertAccepted(FileInspection inspection, FileFormat format) {
		assertNull(inspection.refusal(), () -> String.valueOf(inspection.refusal()));
		assertEquals(format, inspection.format());
	}

	private static void assertRefused(FileInspection inspection, RefusalKind kind) {
		assertTrue(inspection.refusal() != null, "accepted: " + inspection);
		assertEquals(kind, inspection.refusal().kind(), inspection.refusal().message());
		assertTrue(inspection.refusal().message().contains(inspection.file().getFileName().toString()), inspection.refusal().message());
	}

	@Test
	void pdfHasThreePages() throws Exception {
		FileInspection inspection = inspector.inspect(FilingFixtures.pdf(dir.resolve("three.pdf"), 3, null));
		assertAccepted(inspection, FileFormat.PDF);
		assertEquals(3, inspection.pages());
		assertEquals("application/pdf", inspection.mediaType());
	}

	@Test
	void formatComesFromContentNotName() throws Exception {
		Path pdfNamedTxt = FilingFixtures.pdf(dir.resolve("really-a-pdf.txt"), 2, null);
		assertAccepted(inspector.inspect(pdfNamedTxt), FileFormat.PDF);
		Path docxNamedPdf = FilingFixtures.docx(dir.resolve("really-a-docx.pdf"), 1, "正文");
		assertAccepted(inspector.inspect(docxNamedPdf), FileFormat.DOCX);
		Path png = Files.write(dir.resolve("scan.bin"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 });
		FileInspection image = inspector.inspect(png);
		assertAccepted(image, FileFormat.PNG);
		assertEquals(1, image.pages());
		Path jpeg = Files.write(dir.resolve("photo"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 });
		assertAccepted(inspector.inspect(jpeg), FileFormat.JPEG);
		Path tiff = Files.write(dir.resolve("fax.tif"), new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0 });
		assertAccepted(inspector.inspect(tiff), FileFormat.TIFF);
		Path binary = Files.write(dir.resolve("data.docx"), new byte[] { 1, 2, 0, 4, 5, 0, 7 });
		assertAccepted(inspector.inspect(binary), FileFormat.OTHER);
	}

	@Test
	void docxPageCountComesFromAppXml() throws Exception {
		FileInspection inspection = inspector.inspect(FilingFixtures.docx(dir.resolve("report.docx"), 3, "营运部工作总结"));
		assertAccepted(inspection, FileFormat.DOCX);
		assertEquals(3, inspection.pages());
	}

	@Test
	void xlsxIsRecognised() throws Exception {
		FileInspection inspection = inspector.inspect(FilingFixtures.xlsx(dir.resolve("ledger.xlsx")));
		assertAccepted(inspection, FileFormat.XLSX);
		assertEquals(-1, inspection.pages());
	}

	@Test
	void textEncodingsAreDetected() throws Exception {
		FileInspection gbk = inspector.inspect(FilingFixtures.text(dir.resolve("gbk.txt"), FilingFixtures.SIMPLIFIED, "GBK"));
		assertAccepted(gbk, FileFormat.TXT);
		assertEquals("GB18030", gbk.encoding());
		assertEquals("text/plain; charset=GB18030", gbk.mediaType());
		FileInspection big5 = inspector.inspect(FilingFixtures.text(dir.resolve("big5.txt"), FilingFixtures.TRADITIONAL, "Big5"));
		assertAccepted(big5, FileFormat.TXT);
		assertEquals("Big5", big5.encoding());
		FileInspection utf8 = inspector.inspect(FilingFixtures.text(dir.resolve("utf8.txt"), FilingFixtures.SIMPLIFIED, "UTF-8"));
		assertAccepted(utf8, FileFormat.TXT);
		assertEquals("UTF-8", utf8.encoding());
	}

	@Test
	void zeroByteFileIsRefused() throws Exception {
		assertRefused(inspector.inspect(Files.write(dir.resolve("empty.pdf"), new byte[0])), RefusalKind.EMPTY);
	}

	@Test
	void encryptedPdfIsRefused() throws Exception {
		assertRefused(inspector.inspect(FilingFixtures.pdf(dir.resolve("locked.pdf"), 1, "user-secret")), RefusalKind.ENCRYPTED);
	}

	@Test
	void truncatedPdfAndDocxAreRefusedAsCorrupt() throws Exception {
		Path pdf = FilingFixtures.pdf(dir.resolve("whole.pdf"), 3, null);
		Path cutPdf = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(Files.readAllBytes(pdf), 400));
		assertRefused(inspector.inspect(cutPdf), RefusalKind.CORRUPT);
		Path docx = FilingFixtures.docx(dir.resolve("whole.docx"), 2, "会议纪要");
		FileInspection cutDocx = inspector.inspect(FilingFixtures.truncated(docx, dir.resolve("cut.docx")));
		assertRefused(cutDocx, RefusalKind.CORRUPT);
		assertEquals(FileFormat.DOCX, cutDocx.format());
		Path xlsx = FilingFixtures.xlsx(dir.resolve("whole.xlsx"));
		assertRefused(inspector.inspect(FilingFixtures.truncated(xlsx, dir.resolve("cut.xlsx"))), RefusalKind.CORRUPT);
	}

	@Test
	void zipBombDocxIsRefused() throws Exception {
		Path seed = FilingFixtures.docx(dir.resolve("seed.docx"), 1, "正文");
		Path bomb = FilingFixtures.zipBomb(seed, dir.resolve("bomb.docx"));
		assertTrue(Files.size(bomb) < 1_000_000, "small on disk: " + Files.size(bomb));
		FileInspection inspection = inspector.inspect(bomb);
		assertRefused(inspection, RefusalKind.ZIP_BOMB);
		assertEquals(FileFormat.DOCX, inspection.format());
	}

	@Test
	void fileAboveTheLimitIsRefusedWithTheLimitNamed() throws Exception {
		Path big = Files.write(dir.resolve("big.txt"), "x".repeat(4096).getBytes(StandardCharsets.US_ASCII));
		FileInspection inspection = inspector.withMaxSize(1024).inspect(big);
		assertRefused(inspection, RefusalKind.TOO_LARGE);
		assertTrue(inspection.refusal().message().contains("1 KiB"), inspection.refusal().message());
		assertTrue(inspection.refusal().message().contains("4 KiB"), inspection.refusal().message());
		assertEquals(FileInspector.DEFAULT_MAX_SIZE, inspector.maxSize());
		assertEquals("2 GiB", FileInspector.bytes(FileInspector.DEFAULT_MAX_SIZE));
	}

	@Test
	void slowInspectionIsStoppedAtTheTimeLimit() throws Exception {
		// A valid 400-page PDF takes far longer than 1 ms to parse, and nothing else can refuse it first.
		Path slow = FilingFixtures.pdf(dir.resolve("slow.pdf"), 400, null);
		FileInspection inspection = inspector.withTimeout(Duration.ofMillis(1)).inspect(slow);
		assertRefused(inspection, RefusalKind.TIMEOUT);
	}

	@Test
	void sm3OfAbcMatchesTheStandardVector() throws Exception {
		String expected = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
		assertEquals(expected, Sm3.hex("abc".getBytes(StandardCharsets.US_ASCII)));
		assertEquals(expected, Sm3.hex(Files.write(dir.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII))));
	}
}
