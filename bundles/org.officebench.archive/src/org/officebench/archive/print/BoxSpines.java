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
 * 盒脊 (box spine labels), three strips per A4 page to cut out: the 全宗 name, then 全宗号, 年度, 保管期限, 机构,
 * 起止件号 and 盒号, one strip per {@link ArchiveBox}.
 */
public final class BoxSpines {

	private static final float MARGIN = 36;
	private static final float GAP = 20;
	private static final int PER_PAGE = 3;
	private static final float CAPTION = 22;
	private static final float VALUE = 58;

	private BoxSpines() {
	}

	/** @return the number of boxes (strips) written */
	public static int write(List<CatalogueEntry> entries, Path file) throws IOException {
		if (entries.isEmpty()) {
			throw new IOException(Messages.Export_nothing);
		}
		CjkFont font = CjkFont.find();
		List<ArchiveBox> boxes = ArchiveBox.of(entries);
		PDRectangle a4 = PDRectangle.A4;
		float width = (a4.getWidth() - 2 * MARGIN - (PER_PAGE - 1) * GAP) / PER_PAGE;
		float height = a4.getHeight() - 2 * MARGIN;
		try (PDDocument document = new PDDocument(); PdfFonts fonts = PdfFonts.load(document, font)) {
			for (int start = 0; start < boxes.size(); start += PER_PAGE) {
				PDPage page = new PDPage(a4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					PdfCanvas canvas = new PdfCanvas(fonts, content);
					for (int i = 0; i < PER_PAGE && start + i < boxes.size(); i++) {
						float x = MARGIN + i * (width + GAP);
						if (i > 0) {
							canvas.cutLine(x - GAP / 2, MARGIN - 10, x - GAP / 2, MARGIN + height + 10);
						}
						spine(canvas, x, MARGIN, width, height, boxes.get(start + i));
					}
				}
			}
			Exports.save(document, file);
		}
		return boxes.size();
	}

	static void spine(PdfCanvas canvas, float x, float y, float width, float height, ArchiveBox box) throws IOException {
		CatalogueEntry first = box.first();
		String[][] fields = { { Messages.Stamp_fonds, box.fonds() }, { Messages.Stamp_year, Integer.toString(box.year()) },
				{ Messages.Stamp_retention, first.retention() }, { Messages.Column_org, first.organizationName() },
				{ Messages.Spine_rangeTitle, box.itemRange(Messages.Spine_range) }, { Messages.Spine_box, box.boxLabel() } };
		canvas.box(x, y, width, height, 1.2f);
		float titleHeight = height - fields.length * (CAPTION + VALUE);
		float top = y + height;
		title(canvas, x, top - titleHeight, width, titleHeight, first.fondsName(), Messages.Spine_title);
		top -= titleHeight;
		for (String[] field : fields) {
			canvas.shade(x + 0.6f, top - CAPTION, width - 1.2f, CAPTION, 0.92f);
			canvas.line(x, top, x + width, top, 0.8f);
			canvas.textInBox(x, top - CAPTION, width, CAPTION, 10, field[0], Align.CENTER, false);
			top -= CAPTION;
			canvas.line(x, top, x + width, top, 0.4f);
			canvas.textInBox(x, top - VALUE, width, VALUE, 16, field[1], Align.CENTER, true);
			top -= VALUE;
		}
	}

	/** The 全宗 name and the kind of records, written down the spine when they are Chinese. */
	private static void title(PdfCanvas canvas, float x, float y, float width, float height, String fondsName, String kind)
			throws IOException {
		String text = fondsName.isBlank() ? kind : fondsName + kind;
		boolean chinese = text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
		if (!chinese) {
			canvas.textInBox(x, y, width, height, 16, fondsName.isBlank() ? kind : fondsName + "\n" + kind, Align.CENTER, true); //$NON-NLS-1$
			return;
		}
		float size = Math.min(22, (height - 24) / (text.codePointCount(0, text.length()) * 1.15f));
		float leading = size * 1.15f;
		int[] chars = text.codePoints().toArray();
		float block = chars.length * leading;
		float baseline = y + height / 2 + block / 2 - size;
		for (int cp : chars) {
			canvas.text(x, width, baseline, size, new String(Character.toChars(cp)), Align.CENTER, true);
			baseline -= leading;
		}
	}
}
