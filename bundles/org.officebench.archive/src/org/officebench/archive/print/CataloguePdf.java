package org.officebench.archive.print;

import java.io.IOException;
import java.nio.file.Path;
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

	/** Widths in points on A4 landscape at 8.5 pt: a 档号 and a date on one line, 题名 takes the rest. */
	private static final float[] WEIGHTS = { 26, 138, 92, 50, 188, 52, 28, 26, 60, 46, 32, 32 };
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
		List<String> titles = CatalogueColumns.titles();
		List<Column> columns = new java.util.ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			columns.add(new Column(titles.get(i), WEIGHTS[i], ALIGN[i]));
		}
		try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, font)) {
			PdfTableWriter table = new PdfTableWriter(document, fonts, PdfTableWriter.a4Landscape(), columns).fontSize(8.5f);
			CatalogueEntry previous = null;
			int row = 0;
			for (CatalogueEntry entry : CatalogueEntry.sorted(entries)) {
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
