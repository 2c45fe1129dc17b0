package org.officebench.archive.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.PdfCanvas.Align;

/**
 * Writes a table over as many pages as it needs: a page header drawn by the caller on every page, the column titles
 * repeated under it, rows whose cells wrap their text, and "第 N 页 共 M 页" at the foot. Rows can be split into
 * groups ({@link #startGroup}); each group starts a new page and counts its pages on its own, as an archivist
 * prints one 归档文件目录 per class.
 * <p>
 * Use: {@code startGroup(header)}, {@code addRow(...)} as often as needed, then {@link #finish()} before saving the
 * document.
 */
public final class PdfTableWriter {

	/** A column: its title, its share of the table's width (relative to the others), and how cells are aligned. */
	public record Column(String title, float weight, Align align) {
	}

	/** Draws the page header from the top of the printable area and returns the y below it. */
	@FunctionalInterface
	public interface PageHeader {
		/**
		 * @param canvas the page
		 * @param left   the printable area's left edge
		 * @param width  the printable area's width
		 * @param top    the printable area's top edge
		 * @return where the table may start (below the header)
		 */
		float draw(PdfCanvas canvas, float left, float width, float top) throws IOException;
	}

	private static final float MARGIN = 36;
	private static final float FOOTER = 24;
	private static final float PADDING = 3;

	private final PDDocument document;
	private final PdfFonts fonts;
	private final PDRectangle pageSize;
	private final List<Column> columns;
	private final float[] widths;
	private float fontSize = 9;
	private PageHeader header = (canvas, left, width, top) -> top;
	private final List<List<PDPage>> groups = new ArrayList<>();
	private PDPageContentStream content;
	private PdfCanvas canvas;
	private float y;
	private boolean newPageNeeded = true;
	private int rows;
	private int rowsOnPage;

	public PdfTableWriter(PDDocument document, PdfFonts fonts, PDRectangle pageSize, List<Column> columns) {
		this.document = document;
		this.fonts = fonts;
		this.pageSize = pageSize;
		this.columns = List.copyOf(columns);
		float total = 0;
		for (Column c : columns) {
			total += c.weight();
		}
		float usable = pageSize.getWidth() - 2 * MARGIN;
		widths = new float[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = usable * columns.get(i).weight() / total;
		}
	}

	/** A4 landscape, the usual page of a 归档文件目录. */
	public static PDRectangle a4Landscape() {
		return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
	}

	/** The size of the cells' text in points (default 9). */
	public PdfTableWriter fontSize(float size) {
		this.fontSize = size;
		return this;
	}

	/** A header of a centred title and a line (or lines) of text under it, left aligned. */
	public static PageHeader titled(String title, String... lines) {
		return (canvas, left, width, top) -> {
			float size = 16;
			float y = top - size;
			canvas.text(left, width, y, size, title, Align.CENTER, true);
			y -= 8;
			for (String line : lines) {
				y -= 11;
				canvas.text(left, y, 10, line);
			}
			return y - 6;
		};
	}

	/** Starts a group: the next row goes on a new page with this header, and page numbers count from 1 again. */
	public void startGroup(PageHeader pageHeader) throws IOException {
		this.header = pageHeader;
		groups.add(new ArrayList<>());
		newPageNeeded = true;
	}

	/** Adds a row; missing cells are empty, {@code null} cells too. */
	public void addRow(List<String> cells) throws IOException {
		if (groups.isEmpty()) {
			groups.add(new ArrayList<>());
		}
		if (newPageNeeded) {
			newPage();
		}
		float leading = fontSize * 1.25f;
		List<List<String>> lines = new ArrayList<>();
		int most = 1;
		for (int i = 0; i < columns.size(); i++) {
			String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : ""; //$NON-NLS-1$
			List<String> wrapped = canvas.wrap(text, fontSize, widths[i] - 2 * PADDING);
			lines.add(wrapped);
			most = Math.max(most, wrapped.size());
		}
		float height = rowHeight(most, leading);
		if (y - height < FOOTER + MARGIN / 2 && rowsOnPage > 0) {
			newPage();
		}
		// A row taller than a whole page is cut, with '…', rather than run off the page.
		int fit = (int) ((y - FOOTER - MARGIN / 2 - 2 * PADDING - fontSize) / leading) + 1;
		if (most > fit) {
			for (int i = 0; i < lines.size(); i++) {
				List<String> cell = lines.get(i);
				if (cell.size() > fit) {
					List<String> cut = new ArrayList<>(cell.subList(0, fit));
					cut.set(fit - 1, canvas.ellipsis(cut.get(fit - 1), fontSize, widths[i] - 2 * PADDING));
					lines.set(i, cut);
				}
			}
			most = fit;
			height = rowHeight(most, leading);
		}
		drawRow(lines, height, leading, false);
		rowsOnPage++;
		rows++;
	}

	private float rowHeight(int lines, float leading) {
		return 2 * PADDING + fontSize + (lines - 1) * leading + fontSize * 0.25f;
	}

	private void drawRow(List<List<String>> lines, float height, float leading, boolean bold) throws IOException {
		float x = MARGIN;
		float top = y;
		for (int i = 0; i < columns.size(); i++) {
			float baseline = top - PADDING - fontSize * 0.88f;
			for (String line : lines.get(i)) {
				canvas.text(x + PADDING, widths[i] - 2 * PADDING, baseline, fontSize, line, bold ? Align.CENTER : columns.get(i).align(), bold);
				baseline -= leading;
			}
			x += widths[i];
		}
		float width = pageSize.getWidth() - 2 * MARGIN;
		canvas.line(MARGIN, top - height, MARGIN + width, top - height, 0.5f);
		x = MARGIN;
		for (int i = 0; i <= columns.size(); i++) {
			canvas.line(x, top, x, top - height, 0.5f);
			if (i < columns.size()) {
				x += widths[i];
			}
		}
		y = top - height;
	}

	private void newPage() throws IOException {
		closePage();
		PDPage page = new PDPage(pageSize);
		document.addPage(page);
		groups.get(groups.size() - 1).add(page);
		content = new PDPageContentStream(document, page);
		canvas = new PdfCanvas(fonts, content);
		float width = pageSize.getWidth() - 2 * MARGIN;
		y = header.draw(canvas, MARGIN, width, pageSize.getHeight() - MARGIN);
		// column titles, shaded, with a frame line on top
		float leading = fontSize * 1.25f;
		List<List<String>> titles = new ArrayList<>();
		int most = 1;
		for (int i = 0; i < columns.size(); i++) {
			List<String> wrapped = canvas.wrap(columns.get(i).title(), fontSize, widths[i] - 2 * PADDING);
			titles.add(wrapped);
			most = Math.max(most, wrapped.size());
		}
		float height = rowHeight(most, leading) + 2;
		canvas.shade(MARGIN, y - height, width, height, 0.9f);
		canvas.line(MARGIN, y, MARGIN + width, y, 0.8f);
		drawRow(titles, height, leading, true);
		newPageNeeded = false;
		rowsOnPage = 0;
	}

	private void closePage() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	/** Ends the table: closes the last page and writes the page numbers. Call once, before saving. */
	public void finish() throws IOException {
		closePage();
		for (List<PDPage> group : groups) {
			int n = 0;
			for (PDPage page : group) {
				n++;
				try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
					String text = NLS.bind(Messages.Page_footer, n, group.size());
					new PdfCanvas(fonts, footer).text(MARGIN, pageSize.getWidth() - 2 * MARGIN, MARGIN / 2 + 4, 9, text, Align.CENTER, false);
				}
			}
		}
	}

	/** The rows added so far. */
	public int rows() {
		return rows;
	}

	/** The pages written so far. */
	public int pages() {
		return groups.stream().mapToInt(List::size).sum();
	}
}
