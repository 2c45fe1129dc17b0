package org.officebench.archive.print;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The fonts of one PDF: the Chinese font, embedded as a subset, and for characters it lacks (Droid Sans Fallback
 * has no Latin letters or digits) a Latin TrueType font, embedded only when needed. Text is measured and shown in
 * runs of one font each; a character no font has is shown as '?'. Close after the document is saved: subsetting
 * reads the font files on save.
 */
public final class PdfFonts implements Closeable {

	private final PDDocument document;
	private final PDType0Font chinese;
	private final CmapLookup chineseMap;
	private final List<AutoCloseable> toClose = new ArrayList<>();
	private PDType0Font latin;
	private CmapLookup latinMap;
	private boolean latinTried;
	private final Map<Integer, PDFont> fontOf = new HashMap<>();

	/** A piece of text in one font. */
	record Run(PDFont font, String text) {
	}

	private PdfFonts(PDDocument document, CjkFont font) throws IOException {
		this.document = document;
		TrueTypeFont ttf = font.open(toClose);
		this.chineseMap = ttf.getUnicodeCmapLookup(false);
		this.chinese = PDType0Font.load(document, ttf, true);
	}

	/** Finds the Chinese font ({@link CjkFont#find()}) and prepares it for the document. */
	public static PdfFonts load(PDDocument document) throws IOException {
		return load(document, CjkFont.find());
	}

	public static PdfFonts load(PDDocument document, CjkFont font) throws IOException {
		return new PdfFonts(document, font);
	}

	/** The Chinese font. */
	public PDFont chinese() {
		return chinese;
	}

	private PDFont fontFor(int codePoint) throws IOException {
		PDFont cached = fontOf.get(codePoint);
		if (cached != null) {
			return cached;
		}
		PDFont font = null;
		if (chineseMap.getGlyphId(codePoint) != 0) {
			font = chinese;
		} else {
			loadLatin();
			if (latinMap != null && latinMap.getGlyphId(codePoint) != 0) {
				font = latin;
			}
		}
		if (font != null) {
			fontOf.put(codePoint, font);
		}
		return font;
	}

	private void loadLatin() throws IOException {
		if (latinTried) {
			return;
		}
		latinTried = true;
		Path file = CjkFont.latinFallback();
		if (file != null) {
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			toClose.add(ttf);
			latinMap = ttf.getUnicodeCmapLookup(false);
			latin = PDType0Font.load(document, ttf, true);
		}
	}

	/** The text cut into runs of one font each; line breaks and other control characters become spaces. */
	List<Run> runs(String text) throws IOException {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		PDFont currentFont = null;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != '\u3000') {
				cp = ' ';
			}
			PDFont font = fontFor(cp);
			if (font == null) {
				cp = '?';
				font = fontFor(cp);
				if (font == null) {
					continue;
				}
			}
			if (font != currentFont && current.length() > 0) {
				runs.add(new Run(currentFont, current.toString()));
				current.setLength(0);
			}
			currentFont = font;
			current.appendCodePoint(cp);
		}
		if (current.length() > 0) {
			runs.add(new Run(currentFont, current.toString()));
		}
		return runs;
	}

	/** The width of the text in points at the size. */
	public float width(String text, float size) throws IOException {
		float width = 0;
		for (Run run : runs(text)) {
			width += run.font().getStringWidth(run.text()) / 1000f * size;
		}
		return width;
	}

	/** Shows the text with the left end of its baseline at (x, y). */
	public void show(PDPageContentStream content, float x, float y, float size, String text) throws IOException {
		show(content, x, y, size, text, false);
	}

	/**
	 * Shows the text with the left end of its baseline at (x, y); bold strokes the outlines as well, as the Chinese
	 * fonts come without a bold face.
	 */
	public void show(PDPageContentStream content, float x, float y, float size, String text, boolean bold) throws IOException {
		List<Run> runs = runs(text);
		if (runs.isEmpty()) {
			return;
		}
		content.beginText();
		if (bold) {
			content.setRenderingMode(RenderingMode.FILL_STROKE);
			content.setLineWidth(size * 0.04f);
		}
		content.newLineAtOffset(x, y);
		for (Run run : runs) {
			content.setFont(run.font(), size);
			content.showText(run.text());
		}
		if (bold) {
			content.setRenderingMode(RenderingMode.FILL);
		}
		content.endText();
	}

	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (AutoCloseable c : toClose) {
			try {
				c.close();
			} catch (Exception e) {
				if (failure == null) {
					failure = e instanceof IOException io ? io : new IOException(e);
				}
			}
		}
		toClose.clear();
		if (failure != null) {
			throw failure;
		}
	}
}
