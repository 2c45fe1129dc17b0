package org.officebench.archive.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

/** Writes a {@link VerificationReport} as a file: XLSX with a summary sheet and a sheet of findings. */
public final class ReportExport {

	private ReportExport() {
	}

	/** Writes the workbook to a temp file beside {@code file} and moves it into place, so a failure leaves no half file. */
	public static void writeXlsx(VerificationReport report, Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, ".verify", ".xlsx.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temp)) {
				CellStyle bold = workbook.createCellStyle();
				Font font = workbook.createFont();
				font.setBold(true);
				bold.setFont(font);
				CellStyle wrap = workbook.createCellStyle();
				wrap.setWrapText(true);

				Sheet summary = workbook.createSheet(Messages.Xlsx_summarySheet);
				int r = 0;
				cell(summary.createRow(r++), 0, Messages.Xlsx_title, bold);
				cell(summary.createRow(r++), 0,
						NLS.bind(Messages.Xlsx_time, new SimpleDateFormat("yyyy-MM-dd HH:mm").format(Date.from(report.time()))), null); //$NON-NLS-1$
				cell(summary.createRow(r++), 0, report.resultLine(), null);
				r++;
				r = table(summary, r, VerificationReport.summaryColumns(), report.summaryRows(), bold, null);
				r++;
				for (VerificationReport.CatalogueRef catalogue : report.catalogues()) {
					Row row = summary.createRow(r++);
					cell(row, 0, catalogue.title(), null);
					cell(row, 1, catalogue.fondsCode(), null);
					cell(row, 2, Integer.toString(catalogue.items()), null);
				}
				for (int c = 0; c < 6; c++) {
					summary.setColumnWidth(c, 16 * 256);
				}

				Sheet findings = workbook.createSheet(Messages.Xlsx_findingsSheet);
				table(findings, 0, VerificationReport.columns(), report.rows(), bold, wrap);
				int[] widths = { 10, 8, 28, 60, 60, 30, 20 };
				for (int c = 0; c < widths.length; c++) {
					findings.setColumnWidth(c, widths[c] * 256);
				}
				findings.createFreezePane(0, 1);
				workbook.write(out);
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static int table(Sheet sheet, int start, List<String> columns, List<List<String>> rows, CellStyle header, CellStyle body) {
		int r = start;
		Row head = sheet.createRow(r++);
		for (int c = 0; c < columns.size(); c++) {
			cell(head, c, columns.get(c), header);
		}
		for (List<String> values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				cell(row, c, values.get(c), body);
			}
		}
		return r;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value == null ? "" : value); //$NON-NLS-1$
		if (style != null) {
			cell.setCellStyle(style);
		}
	}
}
