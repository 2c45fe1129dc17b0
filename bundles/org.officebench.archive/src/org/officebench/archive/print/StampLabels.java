package org.officebench.archive.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.officebench.archive.print.PdfCanvas.Align;

/**
 * 归档章 to print on A4 and cut out, one per 件, in DA/T 22 order: the box of DA/T 22-2015 (45 mm × 16 mm, here
 * enlarged 1.5 times as the rule allows) with 全宗号, 年度, 件号 over 机构(问题), 保管期限, 页数. Each cell has a small
 * caption above its value so that a label read alone is not ambiguous.
 */
public final class StampLabels {

	private static final float MM = 72f / 25.4f;
	static final float WIDTH = 45 * 1.5f * MM;
	static final float HEIGHT = 16 * 1.5f * MM;
	private static final float GAP_X = 40;
	private static final float GAP_Y = 18;
	private static final int COLUMNS = 2;

	private StampLabels() {
	}

	/** @return the number of labels (件) written */
	public static int write(List<CatalogueEntry> entries, Path file) throws IOException {
		if (entries.isEmpty()) {
			throw new IOException(Messages.Export_nothing);
		}
		CjkFont font = CjkFont.find();
		PDRectangle a4 = PDRectangle.A4;
		float left = (a4.getWidth() - COLUMNS * WIDTH - (COLUMNS - 1) * GAP_X) / 2;
		int rows = (int) ((a4.getHeight() - 2 * 36 + GAP_Y) / (HEIGHT + GAP_Y));
		float top = a4.getHeight() - (a4.getHeight() - rows * HEIGHT - (rows - 1) * GAP_Y) / 2;
		int perPage = rows * COLUMNS;
		try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, font)) {
			List<CatalogueEntry> sorted = CatalogueEntry.sorted(entries);
			for (int start = 0; start < sorted.size(); start += perPage) {
				PDPage page = new PDPage(a4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					PdfCanvas canvas = new PdfCanvas(fonts, content);
					int onPage = Math.min(perPage, sorted.size() - start);
					cutLines(canvas, left, top, rows, Math.ceilDiv(onPage, COLUMNS));
					for (int i = 0; i < onPage; i++) {
						float x = left + (i % COLUMNS) * (WIDTH + GAP_X);
						float y = top - (i / COLUMNS) * (HEIGHT + GAP_Y) - HEIGHT;
						stamp(canvas, x, y, sorted.get(start + i));
					}
				}
			}
			Exports.save(document, file);
		}
		return entries.size();
	}

	private static void cutLines(PdfCanvas canvas, float left, float top, int rows, int used) throws IOException {
		float right = left + COLUMNS * WIDTH + (COLUMNS - 1) * GAP_X;
		for (int r = 1; r < used; r++) {
			float y = top - r * (HEIGHT + GAP_Y) + GAP_Y / 2;
			canvas.cutLine(left - 12, y, right + 12, y);
		}
		float bottom = top - used * (HEIGHT + GAP_Y) + GAP_Y;
		for (int c = 1; c < COLUMNS; c++) {
			float x = left + c * (WIDTH + GAP_X) - GAP_X / 2;
			canvas.cutLine(x, top + 8, x, bottom - 8);
		}
	}

	/** One 归档章 with its lower left corner at (x, y). */
	static void stamp(PdfCanvas canvas, float x, float y, CatalogueEntry entry) throws IOException {
		String[][] captions = { { Messages.Stamp_fonds, Messages.Stamp_year, Messages.Stamp_item },
				{ Messages.Stamp_org, Messages.Stamp_retention, Messages.Stamp_pages } };
		int pages = entry.item().getPages();
		String[][] values = { { entry.fonds(), Integer.toString(entry.item().getYear()), entry.itemNumber() },
				{ entry.organizationName(), entry.retention(), pages > 0 ? Integer.toString(pages) : "" } }; //$NON-NLS-1$
		float cellWidth = WIDTH / 3;
		float cellHeight = HEIGHT / 2;
		canvas.box(x, y, WIDTH, HEIGHT, 1f);
		canvas.line(x, y + cellHeight, x + WIDTH, y + cellHeight, 0.6f);
		for (int c = 1; c < 3; c++) {
			canvas.line(x + c * cellWidth, y, x + c * cellWidth, y + HEIGHT, 0.6f);
		}
		for (int r = 0; r < 2; r++) {
			float cellTop = y + HEIGHT - r * cellHeight;
			for (int c = 0; c < 3; c++) {
				float cellLeft = x + c * cellWidth;
				canvas.text(cellLeft + 2, cellWidth - 4, cellTop - 7, 5.5f, captions[r][c], Align.CENTER, false);
				canvas.textInBox(cellLeft, cellTop - cellHeight, cellWidth, cellHeight - 7, 10, values[r][c], Align.CENTER, false);
			}
		}
	}
}
