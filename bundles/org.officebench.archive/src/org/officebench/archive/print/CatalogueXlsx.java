package org.officebench.archive.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.osgi.util.NLS;

/**
 * The 归档文件目录 as an Excel workbook, one sheet per 全宗: a title row naming the 全宗, the column titles (bold,
 * frozen, repeated on every printed page), then one row per 件. Streams its rows, so a million 件 need no more heap
 * than a hundred.
 */
public final class CatalogueXlsx {

	/** Character widths of the columns (Chinese characters count two). */
	private static final int[] WIDTHS = { 6, 28, 20, 14, 50, 10, 7, 6, 16, 10, 8, 7 };

	private CatalogueXlsx() {
	}

	/**
	 * Writes the entries, sorted in DA/T 22 order, to the file (replaced only once the new one is complete).
	 *
	 * @return the number of 件 written
	 */
	public static int write(List<CatalogueEntry> entries, Path file) throws IOException {
		Map<String, List<CatalogueEntry>> byFonds = new LinkedHashMap<>();
		for (CatalogueEntry entry : CatalogueEntry.sorted(entries)) {
			byFonds.computeIfAbsent(entry.fonds(), k -> new ArrayList<>()).add(entry);
		}
		Path temp = Exports.tempFileFor(file);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			if (byFonds.isEmpty()) {
				sheet(workbook, styles, "", "", List.of()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (List<CatalogueEntry> fonds : byFonds.values()) {
				sheet(workbook, styles, fonds.get(0).fonds(), fonds.get(0).fondsName(), fonds);
			}
			try (OutputStream out = Files.newOutputStream(temp)) {
				workbook.write(out);
			}
			Exports.replace(temp, file);
		} finally {
			Files.deleteIfExists(temp);
		}
		return entries.size();
	}

	private static void sheet(SXSSFWorkbook workbook, Styles styles, String fonds, String fondsName, List<CatalogueEntry> entries) {
		String name = fonds.isBlank() ? Messages.Catalogue_title : fonds;
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
		List<String> titles = CatalogueColumns.titles();
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256 + 200);
		}
		Row title = sheet.createRow(0);
		title.setHeightInPoints(24);
		String titleText = fonds.isBlank() ? Messages.Catalogue_title
				: Messages.Catalogue_title + "\u3000" + NLS.bind(Messages.Catalogue_fonds, fonds, fondsName).strip(); //$NON-NLS-1$
		title.createCell(0).setCellValue(titleText);
		title.getCell(0).setCellStyle(styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, titles.size() - 1));
		Row header = sheet.createRow(1);
		for (int i = 0; i < titles.size(); i++) {
			header.createCell(i).setCellValue(titles.get(i));
			header.getCell(i).setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 2);
		sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, titles.size() - 1));
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setAutobreaks(true);
		sheet.setFitToPage(true);
		int r = 2;
		for (CatalogueEntry entry : entries) {
			List<String> cells = CatalogueColumns.cells(r - 1, entry);
			Row row = sheet.createRow(r++);
			for (int i = 0; i < cells.size(); i++) {
				String text = cells.get(i);
				boolean numeric = (i == CatalogueColumns.NUMBER || i == CatalogueColumns.PAGES || i == CatalogueColumns.YEAR)
						&& !text.isEmpty();
				var cell = row.createCell(i);
				if (numeric) {
					cell.setCellValue(Integer.parseInt(text));
					cell.setCellStyle(styles.number);
				} else {
					cell.setCellValue(text);
					// 日期 stays text: YYYYMMDD, not a number Excel would show as 2.03E+07
					cell.setCellStyle(i == CatalogueColumns.DATE ? styles.date : styles.text);
				}
			}
		}
	}

	private static final class Styles {
		final CellStyle title;
		final CellStyle header;
		final CellStyle text;
		final CellStyle number;
		final CellStyle date;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			header = bordered(workbook);
			header.setFont(bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = bordered(workbook);
			number = bordered(workbook);
			number.setAlignment(HorizontalAlignment.CENTER);
			date = bordered(workbook);
			date.setDataFormat(workbook.createDataFormat().getFormat("@")); //$NON-NLS-1$
			date.setAlignment(HorizontalAlignment.CENTER);
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}
	}
}
