package org.officebench.archive.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.CjkFont;
import org.officebench.archive.print.PdfCanvas;
import org.officebench.archive.print.PdfCanvas.Align;
import org.officebench.archive.print.PdfFonts;
import org.officebench.archive.print.PdfTableWriter;
import org.officebench.archive.print.PdfTableWriter.Column;

/**
 * Writes a {@link VerificationReport} as a file: XLSX with a summary sheet and a sheet of findings, or a PDF on A4
 * landscape (the 全宗, time and checker, the result of each of the four checks, then the findings).
 */
public final class ReportExport {

	/** The formats a report is written in, told by the file's extension. */
	public enum Format {
		XLSX, PDF;

		/** The format a file name ends with ({@code .xlsx}, {@code .pdf}, any case), or empty. */
		public static Optional<Format> of(Path file) {
			String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (name.endsWith(".xlsx")) { //$NON-NLS-1$
				return Optional.of(XLSX);
			}
			return name.endsWith(".pdf") ? Optional.of(PDF) : Optional.empty(); //$NON-NLS-1$
		}

		/** The extension with its dot. */
		public String extension() {
			return this == XLSX ? ".xlsx" : ".pdf"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static final float TITLE_SIZE = 16;
	private static final float TEXT_SIZE = 10;
	private static final float CELL_SIZE = 8.5f;
	/** A 档号 column never wider than this (points); a longer 档号 wraps. */
	private static final float MAX_CODE = 180;

	private ReportExport() {
	}

	/**
	 * Writes the report in the format of the file's extension.
	 *
	 * @param checker who ran the check (检测人), or {@code null}
	 * @throws IllegalArgumentException when the file name ends in neither .xlsx nor .pdf
	 * @throws org.officebench.archive.print.CjkFontException for a PDF, when no Chinese font can be embedded
	 */
	public static Format write(VerificationReport report, String checker, Path file) throws IOException {
		Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Export_badExtension, file.getFileName())));
		if (format == Format.XLSX) {
			writeXlsx(report, file);
		} else {
			writePdf(report, checker, file);
		}
		return format;
	}

	/**
	 * Writes the report as a PDF on A4 landscape with the Chinese font embedded: a header with 全宗, 检测时间 and
	 * 检测人 and the result of each check, then the findings as a table (检测项, 级别, 档号, 发现的问题, 处理建议, 文件)
	 * whose column titles repeat on every page. Replaces the file only once the new one is complete.
	 *
	 * @param checker who ran the check (检测人), or {@code null}
	 * @throws org.officebench.archive.print.CjkFontException when no Chinese font can be embedded
	 */
	public static void writePdf(VerificationReport report, String checker, Path file) throws IOException {
		CjkFont font = CjkFont.find();
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, ".verify", ".pdf.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, font)) {
				List<Column> columns = columns(fonts, report);
				PdfTableWriter table = new PdfTableWriter(document, fonts, PdfTableWriter.a4Landscape(), columns).fontSize(CELL_SIZE);
				table.startGroup(header(report, checker));
				if (report.findings().isEmpty()) {
					table.addRow(List.of("", "", "", Messages.Pdf_noFindings, "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				}
				for (Finding f : report.findings()) {
					table.addRow(List.of(f.check().label(), f.severity().label(), nz(f.archivalCode()), f.found(), f.action(),
							nz(f.fileName())));
				}
				table.finish();
				document.getDocumentInformation().setTitle(Messages.Xlsx_title);
				document.getDocumentInformation().setCreator("OfficeBench"); //$NON-NLS-1$
				document.save(temp.toFile());
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * The findings' columns in points: 检测项 and 级别 as wide as their words, 档号 as wide as the longest (so that a 档号
	 * stays on one line), 文件 a fixed share; what was found and what to do share the rest.
	 */
	private static List<Column> columns(PdfFonts fonts, VerificationReport report) throws IOException {
		List<String> titles = VerificationReport.columns();
		float padding = 8;
		float check = padding + fonts.width(titles.get(0), CELL_SIZE);
		float severity = padding + fonts.width(titles.get(1), CELL_SIZE);
		float code = padding + fonts.width(titles.get(2), CELL_SIZE);
		for (Check c : Check.values()) {
			check = Math.max(check, padding + fonts.width(c.label(), CELL_SIZE));
		}
		for (Severity s : Severity.values()) {
			severity = Math.max(severity, padding + fonts.width(s.label(), CELL_SIZE));
		}
		for (Finding f : report.findings()) {
			if (f.archivalCode() != null) {
				code = Math.max(code, padding + fonts.width(f.archivalCode(), CELL_SIZE));
			}
		}
		code = Math.min(code, MAX_CODE);
		float usable = PdfTableWriter.a4Landscape().getWidth() - 72;
		float file = 110;
		float rest = usable - check - severity - code - file;
		return List.of(new Column(titles.get(0), check, Align.CENTER), new Column(titles.get(1), severity, Align.CENTER),
				new Column(titles.get(2), code, Align.LEFT), new Column(titles.get(3), rest * 0.55f, Align.LEFT),
				new Column(titles.get(4), rest * 0.45f, Align.LEFT), new Column(titles.get(5), file, Align.LEFT));
	}

	/** The first page: title, 全宗 / time / checker, the result, the four checks; the pages after it: a short header. */
	private static PdfTableWriter.PageHeader header(VerificationReport report, String checker) {
		String fonds = NLS.bind(Messages.Pdf_fonds, fonds(report));
		String time = NLS.bind(Messages.Xlsx_time, new SimpleDateFormat("yyyy-MM-dd HH:mm").format(Date.from(report.time()))); //$NON-NLS-1$
		String by = NLS.bind(Messages.Pdf_checker, checker == null || checker.isBlank() ? "" : checker.strip()); //$NON-NLS-1$
		String facts = String.join("\u3000\u3000", time, by); //$NON-NLS-1$
		boolean[] first = { true };
		return (canvas, left, width, top) -> {
			if (!first[0]) {
				float y = top - 12;
				canvas.text(left, width, y, 12, Messages.Pdf_continued, Align.CENTER, true);
				y -= 16;
				canvas.text(left, y, 9, fonds + "\u3000\u3000" + facts); //$NON-NLS-1$
				return y - 6;
			}
			first[0] = false;
			float y = top - TITLE_SIZE;
			canvas.text(left, width, y, TITLE_SIZE, Messages.Xlsx_title, Align.CENTER, true);
			y -= 10;
			for (String line : canvas.wrap(fonds, TEXT_SIZE, width)) {
				y -= 14;
				canvas.text(left, y, TEXT_SIZE, line);
			}
			y -= 14;
			canvas.text(left, y, TEXT_SIZE, facts);
			for (String line : canvas.wrap(report.resultLine(), TEXT_SIZE, width)) {
				y -= 14;
				canvas.boldText(left, y, TEXT_SIZE, line);
			}
			y -= 10;
			y = summary(canvas, report, left, y);
			y -= 20;
			canvas.boldText(left, y, 11, NLS.bind(Messages.Pdf_findings, Integer.toString(report.findings().size()),
					Integer.toString(report.errors()), Integer.toString(report.warnings())));
			return y - 8;
		};
	}

	/** The four checks as a small table from {@code top} down; returns the y below it. */
	private static float summary(PdfCanvas canvas, VerificationReport report, float left, float top) throws IOException {
		List<String> titles = VerificationReport.summaryColumns();
		float[] widths = { 80, 70, 70, 70, 60, 60 };
		float rowHeight = 17;
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		canvas.shade(left, top - rowHeight, total, rowHeight, 0.9f);
		List<List<String>> rows = new ArrayList<>();
		rows.add(titles);
		rows.addAll(report.summaryRows());
		float y = top;
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			float x = left;
			boolean failed = r > 0 && !report.summary(Check.values()[r - 1]).isPassed();
			for (int c = 0; c < widths.length; c++) {
				canvas.text(x, widths[c], y - rowHeight + 5, 9, c < cells.size() ? cells.get(c) : "", Align.CENTER, r == 0 || (failed && c == 1)); //$NON-NLS-1$
				x += widths[c];
			}
			canvas.line(left, y, left + total, y, r == 0 ? 0.8f : 0.5f);
			y -= rowHeight;
		}
		canvas.line(left, y, left + total, y, 0.8f);
		float x = left;
		for (int c = 0; c <= widths.length; c++) {
			canvas.line(x, top, x, y, 0.5f);
			if (c < widths.length) {
				x += widths[c];
			}
		}
		return y;
	}

	/** 全宗号 and the catalogues checked, e.g. Z109 营运部文书档案（4 件）. */
	private static String fonds(VerificationReport report) {
		if (report.catalogues().isEmpty()) {
			return Messages.Pdf_noCatalogues;
		}
		Set<String> parts = new LinkedHashSet<>();
		for (VerificationReport.CatalogueRef catalogue : report.catalogues()) {
			parts.add(NLS.bind(Messages.Pdf_catalogue, new Object[] { nz(catalogue.fondsCode()), nz(catalogue.title()),
					Integer.toString(catalogue.items()) }).strip());
		}
		return String.join(Messages.List_separator, parts);
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
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
