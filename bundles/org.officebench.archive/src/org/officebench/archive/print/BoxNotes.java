package org.officebench.archive.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.PdfCanvas.Align;

/**
 * 备考表, one A4 page per {@link ArchiveBox}: which box, 盒内文件情况说明, and 整理人 / 检查人 with their dates. What is
 * not given is left as a line to fill in by hand.
 */
public final class BoxNotes {

	/**
	 * What the archivist fills in; {@code null} or blank parts are left as lines to write on.
	 *
	 * @param description 盒内文件情况说明; {@code null} for the default (how many 件 and pages the box holds)
	 */
	public record Fields(String description, String arranger, String arrangedOn, String checker, String checkedOn) {

		public static final Fields BLANK = new Fields(null, null, null, null, null);
	}

	private static final float MARGIN = 56;

	private BoxNotes() {
	}

	/** @return the number of boxes (pages) written */
	public static int write(List<CatalogueEntry> entries, Path file, Fields fields) throws IOException {
		if (entries.isEmpty()) {
			throw new IOException(Messages.Export_nothing);
		}
		CjkFont font = CjkFont.find();
		List<ArchiveBox> boxes = ArchiveBox.of(entries);
		try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, font)) {
			for (ArchiveBox box : boxes) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					page(new PdfCanvas(fonts, content), PDRectangle.A4, box, fields == null ? Fields.BLANK : fields);
				}
			}
			Exports.save(document, file);
		}
		return boxes.size();
	}

	private static void page(PdfCanvas canvas, PDRectangle size, ArchiveBox box, Fields fields) throws IOException {
		float width = size.getWidth() - 2 * MARGIN;
		float top = size.getHeight() - MARGIN;
		canvas.text(MARGIN, width, top - 22, 22, Messages.Notes_title, Align.CENTER, true);
		CatalogueEntry first = box.first();
		String which = NLS.bind(Messages.Notes_box, new Object[] { box.fonds(), Integer.toString(box.year()), first.retention(),
				first.organizationName(), box.boxLabel().isEmpty() ? "\u3000\u3000" : box.boxLabel(), box.itemRange(Messages.Spine_range) }); //$NON-NLS-1$
		float y = top - 52;
		for (String line : canvas.wrap(which, 10.5f, width)) {
			canvas.text(MARGIN, y, 10.5f, line);
			y -= 14;
		}
		float frameTop = y - 4;
		float frameBottom = MARGIN;
		canvas.box(MARGIN, frameBottom, width, frameTop - frameBottom, 1.2f);
		float inner = MARGIN + 18;
		float innerWidth = width - 36;
		y = frameTop - 30;
		canvas.boldText(inner, y, 13, Messages.Notes_description);
		y -= 28;
		String description = blank(fields.description())
				? NLS.bind(Messages.Notes_default, Integer.toString(box.items().size()), Integer.toString(box.pages()))
				: fields.description();
		for (String line : canvas.wrap(description, 12, innerWidth - 24)) {
			canvas.text(inner + 24, y, 12, line);
			y -= 20;
		}
		// signatures at the foot of the frame, as on the printed form
		float lineY = frameBottom + 90;
		signature(canvas, inner, innerWidth, lineY, Messages.Notes_arranger, fields.arranger(), fields.arrangedOn());
		signature(canvas, inner, innerWidth, lineY - 40, Messages.Notes_checker, fields.checker(), fields.checkedOn());
	}

	private static void signature(PdfCanvas canvas, float left, float width, float y, String who, String name, String date)
			throws IOException {
		float size = 12;
		float half = width / 2;
		float x = left + width * 0.08f;
		String label = who + "\uff1a"; //$NON-NLS-1$
		canvas.text(x, y, size, label);
		float lineStart = x + canvas.width(label, size) + 4;
		float lineEnd = left + half - 10;
		canvas.line(lineStart, y - 3, lineEnd, y - 3, 0.5f);
		if (!blank(name)) {
			canvas.text(lineStart + 6, y, size, name);
		}
		String dateLabel = Messages.Notes_date + "\uff1a"; //$NON-NLS-1$
		float dx = left + half + 10;
		canvas.text(dx, y, size, dateLabel);
		float dateStart = dx + canvas.width(dateLabel, size) + 4;
		canvas.line(dateStart, y - 3, left + width - 10, y - 3, 0.5f);
		if (!blank(date)) {
			canvas.text(dateStart + 6, y, size, date);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
