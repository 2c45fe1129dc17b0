package org.officebench.archive.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;

/** The 归档文件目录 written to XLSX and PDF, read back with POI and PDFBox as a user's program would. */
class CatalogueExportTest {

	@TempDir
	Path temp;

	private final ArchiveCatalogue catalogue = PrintFixtures.catalogue();

	@Test
	void xlsxHasTheTitleTheFrozenBoldHeaderAndOneRowPerItemInOrder() throws Exception {
		Path file = temp.resolve("目录.xlsx");
		int written = CatalogueXlsx.write(PrintFixtures.entries(catalogue), file);
		assertEquals(PrintFixtures.ITEMS_2025 + 3, written);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Z109");
			assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("归档文件目录"));
			assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("Z109 营运部"), sheet.getRow(0).getCell(0).getStringCellValue());
			Row header = sheet.getRow(1);
			List<String> titles = new ArrayList<>();
			header.forEach(cell -> titles.add(cell.getStringCellValue()));
			assertEquals(List.of("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注", "保管期限", "机构", "年度"), titles);
			assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "the header is bold");
			assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "title and header stay in view");
			assertTrue(sheet.getColumnWidth(4) > 3 * sheet.getColumnWidth(0), "题名 is wide, 序号 narrow");
			assertEquals(2 + PrintFixtures.ITEMS_2025 + 3, sheet.getPhysicalNumberOfRows());

			// DA/T 22 order: 2024 (permanent) before 2025, and by 件号 within the class although filed backwards
			Row first = sheet.getRow(2);
			assertEquals(1, (int) first.getCell(0).getNumericCellValue());
			assertEquals("Z109-WS·2024-Y-BGS-0001", first.getCell(1).getStringCellValue());
			assertEquals("2024年度办公室工作总结", first.getCell(4).getStringCellValue());
			assertEquals(CellType.STRING, first.getCell(5).getCellType(), "the date stays text");
			assertEquals("20240310", first.getCell(5).getStringCellValue());
			assertEquals("永久", first.getCell(9).getStringCellValue());
			Row seventh = sheet.getRow(2 + 3 + 6);
			assertEquals("Z109-WS·2025-D10-YYB-0007", seventh.getCell(1).getStringCellValue());
			assertEquals(PrintFixtures.LONG_TITLE, seventh.getCell(4).getStringCellValue());
			assertEquals("营运〔2025〕7号", seventh.getCell(2).getStringCellValue());
			assertEquals("20250208", seventh.getCell(5).getStringCellValue());
			assertEquals(2025, (int) seventh.getCell(11).getNumericCellValue());
		}
	}

	@Test
	void xlsxOfNothingHasTheHeaderOnly() throws Exception {
		Path file = temp.resolve("empty.xlsx");
		assertEquals(0, CatalogueXlsx.write(List.of(), file));
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertEquals(2, workbook.getSheetAt(0).getPhysicalNumberOfRows());
		}
	}

	@Test
	void pdfIsLandscapeWithAnEmbeddedChineseFontAndAHeaderOnEveryPage() throws Exception {
		PrintFixtures.requireChineseFont();
		Path file = temp.resolve("目录.pdf");
		assertEquals(PrintFixtures.ITEMS_2025 + 3, CataloguePdf.write(PrintFixtures.entries(catalogue), file));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertTrue(pdf.getNumberOfPages() >= 3, "one page for 2024, at least two for the 60 items of 2025: " + pdf.getNumberOfPages());
			for (PDPage page : pdf.getPages()) {
				PDRectangle box = page.getMediaBox();
				assertEquals(842, box.getWidth(), 1);
				assertEquals(595, box.getHeight(), 1);
				int fonts = 0;
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
					fonts++;
				}
				assertTrue(fonts > 0);
			}
			String all = text(pdf, 1, pdf.getNumberOfPages());
			assertTrue(all.contains("2024年度办公室工作总结"), all);
			assertTrue(all.contains("Z109-WS·2025-D10-YYB-0060") || all.contains("Z109-WS·2025-D10-YYB-\n0060"), all);
			for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
				String page = text(pdf, p, p);
				assertTrue(page.contains("归档文件目录"), "page " + p + ": " + page);
				assertTrue(page.contains("全宗：Z109 营运部"), "page " + p + ": " + page);
				assertTrue(page.contains("保管期限："), "page " + p + ": " + page);
				assertTrue(page.contains("序号") && page.contains("题名"), "the column titles on page " + p);
			}
		}
	}

	@Test
	void aNewYearOrRetentionStartsANewPageWithItsOwnPageNumbers() throws Exception {
		PrintFixtures.requireChineseFont();
		Path file = temp.resolve("目录.pdf");
		CataloguePdf.write(PrintFixtures.entries(catalogue), file);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String first = text(pdf, 1, 1);
			assertTrue(first.contains("年度：2024") && first.contains("保管期限：永久"), first);
			assertFalse(first.contains("2025"), "the 2025 class does not share the page of 2024: " + first);
			assertTrue(first.contains("第 1 页 共 1 页"), first);
			int pages2025 = pdf.getNumberOfPages() - 1;
			String second = text(pdf, 2, 2);
			assertTrue(second.contains("年度：2025") && second.contains("保管期限：定期10年"), second);
			assertTrue(second.contains("Z109-WS·2025-D10-YYB-0001"), second);
			assertTrue(second.contains("第 1 页 共 " + pages2025 + " 页"), second);
			String last = text(pdf, pdf.getNumberOfPages(), pdf.getNumberOfPages());
			assertTrue(last.contains("第 " + pages2025 + " 页 共 " + pages2025 + " 页"), last);
		}
	}

	@Test
	void longTitlesWrapInsideTheirCell() throws Exception {
		PrintFixtures.requireChineseFont();
		try (PDDocument pdf = new PDDocument(); PdfFonts fonts = PdfFonts.load(pdf)) {
			PdfCanvas canvas = new PdfCanvas(fonts, null);
			float width = 180;
			List<String> lines = canvas.wrap(PrintFixtures.LONG_TITLE, 9, width);
			assertTrue(lines.size() > 1, lines.toString());
			assertEquals(PrintFixtures.LONG_TITLE, String.join("", lines));
			for (String line : lines) {
				assertTrue(canvas.width(line, 9) <= width, line);
				assertFalse(line.startsWith("，") || line.startsWith("、") || line.startsWith("”"), "no line starts with closing punctuation: " + lines);
			}
			List<String> code = canvas.wrap("Z109-WS·2025-D10-YYB-0001", 9, 70);
			assertTrue(code.size() > 1, code.toString());
			assertTrue(code.get(0).endsWith("-") || code.get(0).endsWith("·"), "breaks between the parts of a 档号: " + code);
		}
	}

	@Test
	void columnsAreAsWideAsTheirValuesAndTitleTakesTheRest() throws Exception {
		PrintFixtures.requireChineseFont();
		try (PDDocument pdf = new PDDocument(); PdfFonts fonts = PdfFonts.load(pdf)) {
			float[] widths = CataloguePdf.widths(fonts, CatalogueColumns.titles(), PrintFixtures.entries(catalogue), 770);
			assertTrue(widths[1] > fonts.width("Z109-WS·2025-D10-YYB-0001", 8.5f), "a 档号 fits on one line");
			assertTrue(widths[5] > fonts.width("20250101", 8.5f), "a date fits on one line");
			assertTrue(widths[9] > fonts.width("定期10年", 8.5f));
			assertTrue(widths[4] >= 160, "题名 keeps its room: " + widths[4]);
			float sum = 0;
			for (float w : widths) {
				sum += w;
			}
			assertEquals(770, sum, 0.5);
		}
	}

	@Test
	void aFontWithPostScriptOutlinesIsRefusedWithAReason() throws Exception {
		Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
		org.junit.jupiter.api.Assertions.assertTrue(Files.isReadable(noto),
				"This test needs Noto Sans CJK (a CFF font PDFBox must refuse): run .ci/run or apt-get install fonts-noto-cjk; missing: " + noto);
		String before = System.getProperty(CjkFont.PROPERTY);
		try {
			System.setProperty(CjkFont.PROPERTY, noto.toString());
			CjkFontException e = assertThrows(CjkFontException.class, CjkFont::find);
			assertTrue(e.getMessage().contains("NotoSansCJK-Regular.ttc") && e.getMessage().contains("CFF"), e.getMessage());
			System.setProperty(CjkFont.PROPERTY, temp.resolve("nosuchfont.ttf").toString());
			e = assertThrows(CjkFontException.class, CjkFont::find);
			assertTrue(e.getMessage().contains("nosuchfont.ttf") && e.getMessage().contains("TrueType"), e.getMessage());
		} finally {
			if (before == null) {
				System.clearProperty(CjkFont.PROPERTY);
			} else {
				System.setProperty(CjkFont.PROPERTY, before);
			}
		}
	}

	@Test
	void filterSelectsByYearRetentionAndOrganisation() {
		assertEquals(3, new CatalogueFilter(null, 2024, null, null).select(catalogue).size());
		assertEquals(PrintFixtures.ITEMS_2025, new CatalogueFilter("z109", null, RetentionPeriod.YEARS_10, "yyb").select(catalogue).size());
		assertEquals(0, new CatalogueFilter("Z110", null, null, null).select(catalogue).size());
		ArchiveItem destroyed = catalogue.getItems().get(0);
		destroyed.setDestroyed(true);
		assertEquals("已销毁", new CatalogueEntry(catalogue, destroyed).remarks());
	}

	@Test
	void theColumnTitlesAndPrintTextsExistInEveryLanguage() throws Exception {
		Properties english = properties("messages.properties");
		for (String language : List.of("messages_zh.properties", "messages_zh_TW.properties")) {
			Properties other = properties(language);
			assertEquals(english.keySet(), other.keySet(), language);
		}
		assertEquals("序號", properties("messages_zh_TW.properties").getProperty("Column_number"));
		assertEquals("Archival code", english.getProperty("Column_archivalCode"));
	}

	private static Properties properties(String name) throws Exception {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

	static String text(PDDocument pdf, int from, int to) throws Exception {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(pdf);
	}
}
