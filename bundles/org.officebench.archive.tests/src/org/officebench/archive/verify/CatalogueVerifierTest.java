package org.officebench.archive.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.print.CjkFont;
import org.officebench.archive.print.CjkFontException;
import org.officebench.archive.verify.Finding.Kind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.Reclassification;
import org.officebench.core.util.Json;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.RetentionPeriod;
import org.officebench.tests.support.TestRepositories;

/** 四性检测 of a real repository whose catalogue was filed from real PDF, DOCX, XLSX and text files. */
class CatalogueVerifierTest {

	@TempDir
	Path temp;

	private Repository repository;
	private OfficeDocument document;
	private final CatalogueVerifier verifier = new CatalogueVerifier();

	@BeforeEach
	void open() throws Exception {
		repository = TestRepositories.open(temp.resolve("repo"), false);
		document = VerifyFixtures.catalogue(repository, Files.createDirectories(temp.resolve("in")));
	}

	@AfterEach
	void close() {
		repository.close();
	}

	private VerificationReport verify() throws Exception {
		return verifier.verify(repository, document.id(), new NullProgressMonitor());
	}

	private ArchiveCatalogue catalogue() {
		return (ArchiveCatalogue) document.root();
	}

	private ArchiveItem item(String code) {
		return catalogue().getItems().stream().filter(i -> code.equals(i.getArchivalCode())).findFirst().orElseThrow();
	}

	/** The stored file of an item, made writable (the store keeps its files read-only). */
	private Path stored(String code) {
		Path path = repository.contentStore().locate(item(code).getFiles().get(0).getSha256()).orElseThrow();
		assertTrue(path.toFile().setWritable(true));
		return path;
	}

	private static List<Finding> of(VerificationReport report, Check check, Kind kind) {
		return report.findings().stream().filter(f -> f.check() == check && f.kind() == kind).toList();
	}

	private static String all(VerificationReport report) {
		return report.findings().stream().map(Finding::toString).collect(Collectors.joining("\n"));
	}

	private void edit(org.eclipse.emf.common.command.Command command) throws Exception {
		assertTrue(command.canExecute());
		document.commandStack().execute(command);
		document.save();
	}

	@Test
	void aCleanArchivePassesAllFourChecks() throws Exception {
		AtomicInteger lastDone = new AtomicInteger();
		java.util.concurrent.atomic.AtomicReference<String> step = new java.util.concurrent.atomic.AtomicReference<>();
		AtomicInteger total = new AtomicInteger();
		VerificationReport report = verifier.verify(repository, document.id(), new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				total.set(totalWork);
			}

			@Override
			public void worked(int work) {
				lastDone.addAndGet(work);
			}

			@Override
			public void subTask(String name) {
				step.set(name);
			}
		});
		assertTrue(report.isPassed(), all(report));
		assertEquals(List.of(), report.findings(), all(report));
		assertEquals(4, report.items());
		assertEquals(4, report.files());
		for (Check check : Check.values()) {
			CheckSummary summary = report.summary(check);
			assertTrue(summary.isPassed(), check.toString());
			assertEquals(4, summary.checked(), check.toString());
			assertEquals(4, summary.passed(), check.toString());
		}
		assertEquals(total.get(), lastDone.get(), "progress reaches its total");
		assertTrue(step.get().matches("\\D*5\\D+5\\D*"), "four items and the store: " + step.get());
	}

	@Test
	void alteredBytesInTheStoreAreAnAuthenticityAndSecurityErrorNamingTheCode() throws Exception {
		Path pdf = stored(VerifyFixtures.PDF_CODE);
		byte[] bytes = Files.readAllBytes(pdf);
		// One byte of the binary comment after the header: the content changes, the PDF still opens.
		int comment = 1;
		while (bytes[comment] != '%') {
			comment++;
		}
		assertTrue(comment < 12 && (bytes[comment + 2] & 0x80) != 0, "PDFBox writes a binary comment on line 2");
		bytes[comment + 2] ^= 0x01;
		Files.write(pdf, bytes);

		VerificationReport report = verify();
		assertFalse(report.isPassed());
		List<Finding> digest = of(report, Check.AUTHENTICITY, Kind.DIGEST_MISMATCH);
		assertEquals(1, digest.size(), all(report));
		assertEquals(VerifyFixtures.PDF_CODE, digest.get(0).archivalCode());
		assertEquals(Severity.ERROR, digest.get(0).severity());
		assertEquals(1, of(report, Check.AUTHENTICITY, Kind.SM3_MISMATCH).size(), "the recorded SM3 is checked too");
		List<Finding> altered = of(report, Check.SECURITY, Kind.ALTERED);
		assertEquals(1, altered.size(), all(report));
		assertEquals(VerifyFixtures.PDF_CODE, altered.get(0).archivalCode());
		assertFalse(altered.get(0).action().isBlank());
		assertFalse(report.summary(Check.AUTHENTICITY).isPassed());
		assertEquals(3, report.summary(Check.AUTHENTICITY).passed(), "the other three items still pass");
		assertFalse(report.summary(Check.SECURITY).isPassed());
		assertTrue(report.summary(Check.USABILITY).isPassed(), "the PDF still opens: " + all(report));
		assertTrue(report.summary(Check.INTEGRITY).isPassed(), all(report));
	}

	@Test
	void aDeletedStoredFileIsAnIntegrityError() throws Exception {
		Files.delete(stored(VerifyFixtures.DOCX_CODE));
		VerificationReport report = verify();
		List<Finding> missing = of(report, Check.INTEGRITY, Kind.FILE_MISSING);
		assertEquals(1, missing.size(), all(report));
		assertEquals(VerifyFixtures.DOCX_CODE, missing.get(0).archivalCode());
		assertEquals("门店巡检通报.docx", missing.get(0).fileName());
		assertFalse(report.summary(Check.INTEGRITY).isPassed());
		assertEquals(3, report.summary(Check.INTEGRITY).passed());
		assertFalse(report.isPassed());
	}

	@Test
	void aRemovedItemLeavesAGapNamingTheMissingCode() throws Exception {
		edit(RemoveCommand.create(document.editingDomain(), catalogue(), Literals.ARCHIVE_CATALOGUE__ITEMS, item(VerifyFixtures.DOCX_CODE)));
		VerificationReport report = verify();
		List<Finding> gaps = of(report, Check.INTEGRITY, Kind.GAP);
		assertEquals(1, gaps.size(), all(report));
		assertEquals(VerifyFixtures.DOCX_CODE, gaps.get(0).archivalCode());
		assertTrue(gaps.get(0).found().contains(VerifyFixtures.DOCX_CODE), gaps.get(0).found());
		assertFalse(report.isPassed());
		// Its file is now referenced by no document: a warning, not an error.
		List<Finding> unreferenced = of(report, Check.SECURITY, Kind.UNREFERENCED);
		assertEquals(1, unreferenced.size(), all(report));
		assertEquals(Severity.WARNING, unreferenced.get(0).severity());
		assertTrue(report.summary(Check.SECURITY).isPassed());
	}

	@Test
	void aFileOnlyTheJournalStillNeedsIsNotReportedUnreferenced() throws Exception {
		edit(RemoveCommand.create(document.editingDomain(), catalogue(), Literals.ARCHIVE_CATALOGUE__ITEMS, item(VerifyFixtures.DOCX_CODE)));
		document.commandStack().undo(); // unsaved: the 件 is back, as a crash would leave it in the journal
		assertTrue(repository.journal().write(document));
		VerificationReport report = verify();
		assertTrue(of(report, Check.SECURITY, Kind.UNREFERENCED).isEmpty(), all(report));
		assertTrue(repository.documents().stream().noneMatch(d -> d.file().startsWith("journal/")),
				"the journal is no document");
	}

	@Test
	void aDuplicatedItemNumberIsReported() throws Exception {
		ArchiveItem xlsx = item(VerifyFixtures.XLSX_CODE);
		CompoundCommand duplicate = new CompoundCommand();
		duplicate.append(SetCommand.create(document.editingDomain(), xlsx, Literals.ARCHIVE_ITEM__ITEM_NUMBER, 2));
		duplicate.append(SetCommand.create(document.editingDomain(), xlsx, Literals.ARCHIVE_ITEM__ARCHIVAL_CODE, VerifyFixtures.DOCX_CODE));
		edit(duplicate);
		VerificationReport report = verify();
		List<Finding> duplicates = of(report, Check.INTEGRITY, Kind.DUPLICATE_NUMBER);
		assertEquals(1, duplicates.size(), all(report));
		assertEquals(VerifyFixtures.DOCX_CODE, duplicates.get(0).archivalCode());
		assertTrue(duplicates.get(0).found().contains("物资使用登记台账") && duplicates.get(0).found().contains("门店巡检通报"),
				duplicates.get(0).found());
		assertEquals(1, of(report, Check.INTEGRITY, Kind.GAP).size(), "0003 is now missing: " + all(report));
		assertEquals(List.of(), of(report, Check.INTEGRITY, Kind.DUPLICATE_CODE), "said once, as 重号");
	}

	@Test
	void aDestroyedItemSkipsFileChecksButItsNumberStillCounts() throws Exception {
		ArchiveItem text = item(VerifyFixtures.TEXT_CODE);
		Files.delete(stored(VerifyFixtures.TEXT_CODE));
		CompoundCommand destroy = new CompoundCommand();
		destroy.append(SetCommand.create(document.editingDomain(), text, Literals.ARCHIVE_ITEM__DESTROYED, Boolean.TRUE));
		destroy.append(SetCommand.create(document.editingDomain(), text, Literals.ARCHIVE_ITEM__ITEM_NUMBER, 1));
		destroy.append(SetCommand.create(document.editingDomain(), text, Literals.ARCHIVE_ITEM__ARCHIVAL_CODE, VerifyFixtures.PDF_CODE));
		edit(destroy);
		VerificationReport report = verify();
		assertEquals(List.of(), of(report, Check.INTEGRITY, Kind.FILE_MISSING), "its file is gone by design: " + all(report));
		List<Finding> duplicates = of(report, Check.INTEGRITY, Kind.DUPLICATE_NUMBER);
		assertEquals(1, duplicates.size(), all(report));
		assertEquals(VerifyFixtures.PDF_CODE, duplicates.get(0).archivalCode());
		assertEquals(3, report.summary(Check.USABILITY).checked(), "destroyed items are not opened");
	}

	@Test
	void aMalformedOrInconsistentCodeIsAnAuthenticityError() throws Exception {
		edit(SetCommand.create(document.editingDomain(), item(VerifyFixtures.XLSX_CODE), Literals.ARCHIVE_ITEM__ARCHIVAL_CODE,
				"Z109-WS-2025-D10-YYB-3"));
		edit(SetCommand.create(document.editingDomain(), item(VerifyFixtures.TEXT_CODE), Literals.ARCHIVE_ITEM__ARCHIVAL_CODE,
				"Z109-WS·2024-D10-YYB-0004"));
		VerificationReport report = verify();
		List<Finding> malformed = of(report, Check.AUTHENTICITY, Kind.MALFORMED_CODE);
		assertEquals(1, malformed.size(), all(report));
		assertEquals("Z109-WS-2025-D10-YYB-3", malformed.get(0).archivalCode());
		List<Finding> mismatch = of(report, Check.AUTHENTICITY, Kind.CODE_MISMATCH);
		assertEquals(1, mismatch.size(), all(report));
		assertEquals("Z109-WS·2024-D10-YYB-0004", mismatch.get(0).archivalCode());
		assertTrue(mismatch.get(0).found().contains("2024") && mismatch.get(0).found().contains("2025"), mismatch.get(0).found());
		assertEquals(2, report.summary(Check.AUTHENTICITY).passed());
	}

	@Test
	void missingRequiredFieldsAreAnIntegrityError() throws Exception {
		edit(SetCommand.create(document.editingDomain(), item(VerifyFixtures.PDF_CODE), Literals.ARCHIVE_ITEM__TITLE, ""));
		VerificationReport report = verify();
		List<Finding> missing = of(report, Check.INTEGRITY, Kind.MISSING_FIELD);
		assertEquals(1, missing.size(), all(report));
		assertEquals(VerifyFixtures.PDF_CODE, missing.get(0).archivalCode());
	}

	@Test
	void aTruncatedPdfInTheStoreIsAUsabilityError() throws Exception {
		Path pdf = stored(VerifyFixtures.PDF_CODE);
		byte[] bytes = Files.readAllBytes(pdf);
		Files.write(pdf, Arrays.copyOf(bytes, bytes.length / 2));
		VerificationReport report = verify();
		List<Finding> unreadable = of(report, Check.USABILITY, Kind.UNREADABLE);
		assertEquals(1, unreadable.size(), all(report));
		assertEquals(VerifyFixtures.PDF_CODE, unreadable.get(0).archivalCode());
		assertTrue(unreadable.get(0).found().contains("2025年上半年工作总结.pdf"), unreadable.get(0).found());
		assertFalse(unreadable.get(0).found().contains(item(VerifyFixtures.PDF_CODE).getFiles().get(0).getSha256()),
				"the user knows the file by its name, not by its digest: " + unreadable.get(0).found());
		assertFalse(report.summary(Check.USABILITY).isPassed());
		assertEquals(1, of(report, Check.AUTHENTICITY, Kind.SIZE_MISMATCH).size(), all(report));
	}

	@Test
	void contentThatIsNotTheRecordedFormatIsReported() throws Exception {
		// The XLSX's bytes replaced by a PNG: the recorded media type no longer agrees with the content.
		Path xlsx = stored(VerifyFixtures.XLSX_CODE);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		Files.write(xlsx, png);
		VerificationReport report = verify();
		List<Finding> format = of(report, Check.AUTHENTICITY, Kind.FORMAT_MISMATCH);
		assertEquals(1, format.size(), all(report));
		assertEquals(VerifyFixtures.XLSX_CODE, format.get(0).archivalCode());
		assertEquals(1, of(report, Check.AUTHENTICITY, Kind.EXTENSION_MISMATCH).size(), all(report));
	}

	@Test
	void anUnreadableAuditLogIsASecurityError() throws Exception {
		Path log = repository.root().resolve("audit/audit.log");
		Files.delete(log);
		Files.createDirectory(log); // a folder where the log should be
		VerificationReport report = verify();
		assertEquals(1, of(report, Check.SECURITY, Kind.AUDIT_UNREADABLE).size(), all(report));
		assertFalse(report.summary(Check.SECURITY).isPassed());
	}

	@Test
	void anUntouchedAuditLogHasNoFinding() throws Exception {
		VerificationReport report = verify();
		assertTrue(report.findings().stream().noneMatch(f -> f.kind().name().startsWith("AUDIT_")), all(report));
	}

	@Test
	void anAuditEntryRemovedOrEditedIsASecurityErrorWithItsLine() throws Exception {
		for (int i = 0; i < 3; i++) {
			repository.auditLog().append("lend", document.id(), "借阅 " + i);
		}
		Path log = repository.root().resolve("audit/audit.log");
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
		int removed = lines.size() - 1; // the line before the last, 1-based
		lines.remove(removed - 1);
		Files.write(log, lines);
		VerificationReport report = verify();
		List<Finding> found = of(report, Check.SECURITY, Kind.AUDIT_REMOVED);
		assertEquals(1, found.size(), all(report));
		assertEquals("audit/audit.log", found.get(0).fileName());
		assertTrue(java.util.regex.Pattern.compile("(?<!\\d)" + removed + "(?!\\d)").matcher(found.get(0).found()).find(), found.get(0).found());
		assertFalse(report.summary(Check.SECURITY).isPassed());

		lines.set(0, lines.get(0).replace("\"user\":\"", "\"user\":\"x"));
		Files.write(log, lines);
		report = verify();
		assertEquals(1, of(report, Check.SECURITY, Kind.AUDIT_EDITED).size(), all(report));
		assertTrue(of(report, Check.SECURITY, Kind.AUDIT_EDITED).get(0).found().matches("\\D*1\\D.*"), all(report));
	}

	@Test
	void cancelingStopsAndMarksTheReport() throws Exception {
		AtomicInteger asked = new AtomicInteger();
		VerificationReport report = verifier.verify(repository, document.id(), new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				return asked.incrementAndGet() > 2;
			}
		});
		assertTrue(report.isCanceled());
		assertFalse(report.isPassed(), "an incomplete run does not pass");
		assertEquals(2, report.summary(Check.AUTHENTICITY).checked());
	}

	@Test
	void verifyAllFindsTheCatalogueOfAFonds() throws Exception {
		assertEquals(1, verifier.verifyAll(repository, "z109", new NullProgressMonitor()).catalogues().size());
		assertEquals(0, verifier.verifyAll(repository, "X1", new NullProgressMonitor()).catalogues().size());
	}

	@Test
	void theReportExportsAsRowsJsonLinesAndXlsx() throws Exception {
		Files.delete(stored(VerifyFixtures.DOCX_CODE));
		VerificationReport report = verify();
		List<String> columns = VerificationReport.columns();
		List<List<String>> rows = report.rows();
		assertEquals(report.findings().size(), rows.size());
		for (List<String> row : rows) {
			assertEquals(columns.size(), row.size());
		}

		List<String> lines = report.jsonLines();
		assertEquals(report.findings().size() + 1, lines.size());
		String first = lines.get(0);
		assertEquals("finding", Json.field(first, "type"));
		assertEquals("integrity", Json.field(first, "check"));
		assertEquals(VerifyFixtures.DOCX_CODE, Json.field(first, "archivalCode"));
		assertNotNull(Json.field(first, "action"));
		String summary = lines.get(lines.size() - 1);
		assertEquals("summary", Json.field(summary, "type"));
		assertEquals("false", Json.field(summary, "passed"));
		assertEquals("false", Json.field(summary, "integrityPassed"));
		assertEquals("true", Json.field(summary, "authenticityPassed"));

		Path xlsx = temp.resolve("out/四性检测.xlsx");
		ReportExport.writeXlsx(report, xlsx);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals(2, workbook.getNumberOfSheets());
			Sheet findings = workbook.getSheetAt(1);
			assertEquals(columns.get(0), findings.getRow(0).getCell(0).getStringCellValue());
			List<String> codes = new ArrayList<>();
			for (int r = 1; r <= findings.getLastRowNum(); r++) {
				codes.add(findings.getRow(r).getCell(2).getStringCellValue());
			}
			assertTrue(codes.contains(VerifyFixtures.DOCX_CODE), codes.toString());
		}
	}

	@Test
	void anItemMovedToAnotherClassLeavesNoGapAndItsNewCodeMatches() throws Exception {
		ArchiveItem docx = item(VerifyFixtures.DOCX_CODE);
		document.commandStack().execute(Reclassification.plan(document.editingDomain(), catalogue(),
				docx, Literals.ARCHIVE_ITEM__RETENTION, RetentionPeriod.YEARS_30).command());
		assertEquals("Z109-WS·2025-D30-YYB-0001", docx.getArchivalCode());
		document.save();
		VerificationReport report = verify();
		assertTrue(report.isPassed(), all(report));
		assertEquals(List.of(), of(report, Check.INTEGRITY, Kind.GAP), "0002 of D10 was vacated by the move, not lost");
		assertEquals(List.of(), of(report, Check.AUTHENTICITY, Kind.CODE_MISMATCH));

		// The same catalogue with the record of the vacancy removed by hand: now it is a 漏号.
		assertEquals(1, catalogue().getVacatedNumbers().size());
		document.commandStack().execute(RemoveCommand.create(document.editingDomain(), catalogue(),
				Literals.ARCHIVE_CATALOGUE__VACATED_NUMBERS, catalogue().getVacatedNumbers()));
		document.save();
		List<Finding> gaps = of(verify(), Check.INTEGRITY, Kind.GAP);
		assertEquals(1, gaps.size());
		assertEquals(VerifyFixtures.DOCX_CODE, gaps.get(0).archivalCode());
	}

	@Test
	void theReportExportsAsPdfOnA4LandscapeWithTheFindingsAndTheChineseFontEmbedded() throws Exception {
		requireChineseFont();
		Files.delete(stored(VerifyFixtures.DOCX_CODE)); // a planted finding: 完整性, the file is gone
		VerificationReport report = verify();
		assertFalse(report.isPassed());

		Path pdf = temp.resolve("out/四性检测报告.pdf");
		assertEquals(ReportExport.Format.PDF, ReportExport.write(report, "张档案", pdf));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertTrue(document.getNumberOfPages() >= 1);
			for (PDPage page : document.getPages()) {
				PDRectangle box = page.getMediaBox();
				assertTrue(box.getWidth() > box.getHeight(), "landscape");
				assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 1f, "A4");
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
				}
			}
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("四性检测报告"), text);
			assertTrue(text.contains("全宗：Z109"), text);
			assertTrue(text.contains("检测人：张档案"), text);
			assertTrue(text.contains("检测时间："), text);
			for (String check : List.of("真实性", "完整性", "可用性", "安全性")) {
				assertTrue(text.contains(check), check);
			}
			assertTrue(text.contains("未通过"), "完整性 failed: " + text);
			assertTrue(text.contains(VerifyFixtures.DOCX_CODE), "the planted finding's 档号: " + text);
			assertTrue(text.contains("处理建议"), "the table's column titles: " + text);
			Finding missing = of(report, Check.INTEGRITY, Kind.FILE_MISSING).get(0);
			String firstWords = missing.action().substring(0, 6);
			assertTrue(text.replace("\n", "").contains(firstWords), "what to do is printed: " + firstWords);
		}
		assertEquals(List.of(), listTemp(pdf.getParent()), "no temp file left");

		// The same report by the other extension, and a clear refusal of any other.
		Path xlsx = temp.resolve("out/四性检测报告.xlsx");
		assertEquals(ReportExport.Format.XLSX, ReportExport.write(report, null, xlsx));
		assertTrue(Files.size(xlsx) > 0);
		assertThrows(IllegalArgumentException.class, () -> ReportExport.write(report, null, temp.resolve("out/report.docx")));
		assertFalse(Files.exists(temp.resolve("out/report.docx")));
	}

	@Test
	void aLongReportRunsOverPagesWithTheColumnTitlesOnEach() throws Exception {
		requireChineseFont();
		// Forty items entered by hand with neither file nor date: two findings each, more than a page of them.
		CompoundCommand add = new CompoundCommand();
		for (int i = 1; i <= 40; i++) {
			ArchiveItem bare = OfficeBenchFactory.eINSTANCE.createArchiveItem();
			bare.setId("bare-" + i);
			bare.setTitle("手工登记的文件 " + i);
			bare.setYear(2025);
			bare.setRetention(RetentionPeriod.YEARS_10);
			bare.setOrganizationCode("YYB");
			add.append(AddCommand.create(document.editingDomain(), catalogue(), Literals.ARCHIVE_CATALOGUE__ITEMS, bare));
		}
		document.commandStack().execute(add);
		document.save();
		VerificationReport report = verify();
		Path pdf = temp.resolve("长报告.pdf");
		ReportExport.writePdf(report, "李四", pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			int pages = document.getNumberOfPages();
			assertTrue(pages >= 2, "pages: " + pages);
			for (int p = 1; p <= pages; p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				String page = stripper.getText(document);
				assertTrue(page.contains("处理建议"), "column titles on page " + p);
				assertTrue(page.contains("第 " + p + " 页 共 " + pages + " 页"), "page number on page " + p + ": " + page);
				if (p > 1) {
					assertTrue(page.contains("四性检测报告（续）"), page);
				}
			}
			String all = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			int shown = 0;
			for (String found : report.findings().stream().map(Finding::found).distinct().toList()) {
				assertTrue(all.contains(found.replaceAll("\\s", "")), found);
				shown += all.split(java.util.regex.Pattern.quote(found.replaceAll("\\s", "")), -1).length - 1;
			}
			assertEquals(report.findings().size(), shown, "every finding printed once");
		}
	}

	private static List<Path> listTemp(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
		}
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
