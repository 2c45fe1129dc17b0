package org.officebench.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.officebench.archive.FilingRequest;
import org.officebench.archive.FilingResult;
import org.officebench.archive.FilingService;
import org.officebench.archive.print.PdfFonts;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.RetentionPeriod;

/** Real files for the search tests, written with PDFBox and POI, and filed through the archive's FilingService. */
public final class SearchFixtures {

	/** Real operations-office texts; the sample catalogue files the same five. */
	/** The seed texts as core ships them for the sample repository (tests run in this fragment's folder). */
	static final Path SEEDS = Path.of("../org.officebench.core/samples"); //$NON-NLS-1$

	private SearchFixtures() {
	}

	/** A PDF with one line of text per page line (Chinese through the embedded CJK font). */
	public static Path pdf(Path file, String... lines) throws IOException {
		return encryptedPdf(file, null, lines);
	}

	/** A PDF that needs {@code userPassword} to open (none when null). */
	public static Path encryptedPdf(Path file, String userPassword, String... lines) throws IOException {
		try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.load(doc)) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				float y = 780;
				for (String line : lines) {
					fonts.show(content, 50, y, 11, line);
					y -= 18;
				}
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission()); //$NON-NLS-1$
				policy.setEncryptionKeyLength(256);
				doc.protect(policy);
			}
			doc.save(file.toFile());
		}
		return file;
	}

	public static Path docx(Path file, String... paragraphs) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String paragraph : paragraphs) {
				doc.createParagraph().createRun().setText(paragraph);
			}
			doc.write(out);
		}
		return file;
	}

	/** A DOCX whose zip and properties are sound but whose text part is cut off: filing accepts it, reading its text fails. */
	public static Path brokenDocx(Path file, String text) throws IOException {
		Path whole = docx(file.resolveSibling(file.getFileName() + ".whole.docx"), text); //$NON-NLS-1$
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(whole));
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals("word/document.xml")) { //$NON-NLS-1$
					bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
				}
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.delete(whole);
		return file;
	}

	/**
	 * A valid DOCX whose word/document.xml inflates to {@code megabytes} MB of paragraphs. Each paragraph carries a
	 * random number, so that the file deflates to more than 1 % of that (the zip-bomb check, a ratio, lets it through):
	 * a file of a few MB that is hundreds of MB of XML.
	 */
	public static Path inflatingDocx(Path file, String first, int megabytes, long seed) throws IOException {
		Path plain = SearchFixtures.docx(file.resolveSibling(file.getFileName() + ".plain.docx"), first);
		Random random = new Random(seed);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (!entry.getName().equals("word/document.xml")) { //$NON-NLS-1$
					in.transferTo(out);
				} else {
					Writer xml = new java.io.OutputStreamWriter(new java.io.FilterOutputStream(out) {
						@Override
						public void close() throws IOException {
							flush(); // the zip stays open
						}

						@Override
						public void write(byte[] b, int off, int len) throws IOException {
							out.write(b, off, len);
						}
					}, StandardCharsets.UTF_8);
					xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
							+ "\"><w:body><w:p><w:r><w:t>" + first + "</w:t></w:r></w:p>");
					long target = megabytes * 1024L * 1024;
					long written = 0;
					StringBuilder p = new StringBuilder(128);
					while (written < target) {
						p.setLength(0);
						p.append("<w:p><w:r><w:t>巡检记录第").append(random.nextInt(100_000)).append("号，门店编号")
								.append(random.nextInt(10_000)).append("。</w:t></w:r></w:p>");
						String paragraph = p.toString();
						xml.write(paragraph);
						written += paragraph.getBytes(StandardCharsets.UTF_8).length;
					}
					xml.write("<w:sectPr/></w:body></w:document>");
					xml.close();
				}
				out.closeEntry();
			}
		}
		Files.delete(plain);
		return file;
	}

	public static Path xlsx(Path file, String[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			return sheet(workbook, file, rows);
		}
	}

	public static Path xls(Path file, String[]... rows) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			return sheet(workbook, file, rows);
		}
	}

	private static Path sheet(Workbook workbook, Path file, String[]... rows) throws IOException {
		Sheet sheet = workbook.createSheet("台账"); //$NON-NLS-1$
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				row.createCell(c).setCellValue(rows[r][c]);
			}
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	public static Path text(Path file, String text, String charset) throws IOException {
		return Files.write(file, text.getBytes(Charset.forName(charset)));
	}

	/** A filing of one file into the repository's only catalogue. */
	public record Filing(Path file, String title, int year, RetentionPeriod retention, String org) {
	}

	/** Files the files into the repository's archive catalogue and saves it; every file must be filed. */
	public static List<FilingResult> file(Repository repository, Filing... filings) throws Exception {
		String id = repository.documents().stream().filter(s -> s.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow().id();
		OfficeDocument catalogue = repository.open(id);
		List<FilingRequest> requests = new ArrayList<>();
		for (Filing f : filings) {
			requests.add(FilingRequest.of(f.file).title(f.title).year(f.year).retention(f.retention).organizationCode(f.org));
		}
		List<FilingResult> results = new FilingService().file(repository, catalogue, requests, new NullProgressMonitor());
		for (FilingResult result : results) {
			assertTrue(result.isFiled(), result.toString());
		}
		catalogue.save();
		return results;
	}
}
