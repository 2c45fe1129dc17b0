package org.officebench.archive.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.PdfCanvas.Align;
import org.officebench.archive.print.PdfTableWriter.Column;

/**
 * The 归档文件目录 as a PDF on A4 landscape: one 目录 per 全宗, 年度 and 保管期限, each starting on a new page and
 * numbering its own pages, the header with 全宗 / 年度 / 保管期限 on every page.
 */
public final class CataloguePdf {

	private static final float SIZE = 8.5f;
	private static final float PADDING = 7;
	/** Columns never wider than this (points), so that 题名 keeps its room; their text wraps instead. */
	private static final float[] MAX = { 40, 160, 110, 70, 0, 60, 60, 40, 60, 70, 70, 40 };
	private static final float REMARKS = 60;
	private static final float MIN_TITLE = 160;
	private static final Align[] ALIGN = { Align.CENTER, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.CENTER,
			Align.CENTER, Align.CENTER, Align.LEFT, Align.CENTER, Align.CENTER, Align.CENTER };

	private CataloguePdf() {
	}

	/**
	 * Writes the entries, sorted in DA/T 22 order, to the file (replaced only once the new one is complete).
	 *
	 * @return the number of 件 written
	 * @throws CjkFontException when no Chinese font can be embedded
	 * @throws IOException      also when there is nothing to print
	 */
	public static int write(List<CatalogueEntry> entries, Path file) throws IOException {
		if (entries.isEmpty()) {
			throw new IOException(Messages.Export_nothing);
		}
		CjkFont font = CjkFont.find();
		List<CatalogueEntry> sorted = CatalogueEntry.sorted(entries);
		List<String> titles = CatalogueColumns.titles();
		try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, font)) {
			float[] widths = widths(fonts, titles, sorted, PdfTableWriter.a4Landscape().getWidth() - 72);
			List<Column> columns = new ArrayList<>();
			for (int i = 0; i < titles.size(); i++) {
				columns.add(new Column(titles.get(i), widths[i], ALIGN[i]));
			}
			PdfTableWriter table = new PdfTableWriter(document, fonts, PdfTableWriter.a4Landscape(), columns).fontSize(SIZE);
			CatalogueEntry previous = null;
			int row = 0;
			for (CatalogueEntry entry : sorted) {
				if (previous == null || !sameGroup(previous, entry)) {
					table.startGroup(header(entry));
					row = 0;
				}
				table.addRow(CatalogueColumns.cells(++row, entry));
				previous = entry;
			}
			table.finish();
			Exports.save(document, file);
		}
		return entries.size();
	}

	/**
	 * Column widths from what they hold, in the UI language: wide enough for the longest value (a 档号, a date, 定期10年
	 * or "Internal") and the longest word of the title, up to a maximum; 题名 gets the rest.
	 */
	static float[] widths(PdfFonts fonts, List<String> titles, List<CatalogueEntry> entries, float usable) throws IOException {
		float[] widths = new float[titles.size()];
		for (int i = 0; i < titles.size(); i++) {
			for (String word : titles.get(i).split(" ")) { //$NON-NLS-1$
				widths[i] = Math.max(widths[i], fonts.width(word, SIZE));
			}
		}
		int row = 0;
		for (CatalogueEntry entry : entries) {
			List<String> cells = CatalogueColumns.cells(++row, entry);
			for (int i = 0; i < cells.size(); i++) {
				if (i != CatalogueColumns.TITLE && widths[i] < MAX[i]) {
					widths[i] = Math.max(widths[i], fonts.width(cells.get(i), SIZE));
				}
			}
		}
		float others = 0;
		for (int i = 0; i < widths.length; i++) {
			widths[i] = i == CatalogueColumns.REMARKS ? REMARKS : Math.min(MAX[i], Math.max(widths[i] + PADDING, 22));
			if (i != CatalogueColumns.TITLE) {
				others += widths[i];
			}
		}
		if (usable - others < MIN_TITLE) {
			float scale = (usable - MIN_TITLE) / others;
			for (int i = 0; i < widths.length; i++) {
				widths[i] *= scale;
			}
		}
		widths[CatalogueColumns.TITLE] = Math.max(MIN_TITLE, usable - others);
		return widths;
	}

	private static boolean sameGroup(CatalogueEntry a, CatalogueEntry b) {
		return a.fonds().equals(b.fonds()) && a.item().getYear() == b.item().getYear()
				&& Objects.equals(a.item().getRetention(), b.item().getRetention());
	}

	private static PdfTableWriter.PageHeader header(CatalogueEntry entry) {
		String line = String.join("\u3000\u3000", NLS.bind(Messages.Catalogue_fonds, entry.fonds(), entry.fondsName()).strip(), //$NON-NLS-1$
				NLS.bind(Messages.Catalogue_year, Integer.toString(entry.item().getYear())),
				NLS.bind(Messages.Catalogue_retention, entry.retention()));
		return PdfTableWriter.titled(Messages.Catalogue_title, line);
	}
}
