package org.officebench.archive.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Drawing on one page with the document's {@link PdfFonts}: text, wrapped text, lines and boxes. Units are points. */
public final class PdfCanvas {

	/** Horizontal placement of text in a box. */
	public enum Align {
		LEFT, CENTER, RIGHT
	}

	/** Characters that may not begin a line (Chinese closing punctuation): they stay with what precedes them. */
	private static final String NO_LINE_START = "\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300b\u3015\u300d\u300f\u3011\u201d\u2019,.;:)]!?"; //$NON-NLS-1$
	/** Characters after which Latin text may break. */
	private static final String BREAK_AFTER = "-\u00b7/ _"; //$NON-NLS-1$

	private final PdfFonts fonts;
	private final PDPageContentStream content;

	public PdfCanvas(PdfFonts fonts, PDPageContentStream content) {
		this.fonts = fonts;
		this.content = content;
	}

	public PdfFonts fonts() {
		return fonts;
	}

	/** The page's content stream, for what this class does not offer. */
	public PDPageContentStream content() {
		return content;
	}

	public float width(String text, float size) throws IOException {
		return fonts.width(text, size);
	}

	/** Text with the left end of its baseline at (x, y). */
	public void text(float x, float y, float size, String text) throws IOException {
		fonts.show(content, x, y, size, text, false);
	}

	public void boldText(float x, float y, float size, String text) throws IOException {
		fonts.show(content, x, y, size, text, true);
	}

	/** Text placed on a baseline between {@code left} and {@code left + width}. */
	public void text(float left, float width, float y, float size, String text, Align align, boolean bold) throws IOException {
		float x = switch (align) {
		case LEFT -> left;
		case CENTER -> left + (width - width(text, size)) / 2;
		case RIGHT -> left + width - width(text, size);
		};
		fonts.show(content, x, y, size, text, bold);
	}

	/**
	 * The text broken into lines no wider than {@code width}: between Chinese characters, after spaces, '-', '·' and
	 * '/', and inside a word only when the word alone is too wide. Closing punctuation never starts a line.
	 */
	public List<String> wrap(String text, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return lines;
		}
		for (String paragraph : text.split("\\R", -1)) { //$NON-NLS-1$
			wrapParagraph(paragraph, size, width, lines);
		}
		return lines;
	}

	private void wrapParagraph(String paragraph, float size, float width, List<String> lines) throws IOException {
		StringBuilder line = new StringBuilder();
		for (String atom : atoms(paragraph)) {
			String candidate = line + atom;
			if (width(candidate.stripTrailing(), size) <= width) {
				line.append(atom);
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				atom = atom.stripLeading();
			}
			// An atom wider than a whole line: break it between characters.
			for (int i = 0; i < atom.length();) {
				int cp = atom.codePointAt(i);
				int next = i + Character.charCount(cp);
				String piece = atom.substring(i, next);
				if (line.length() > 0 && width(line + piece, size) > width) {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
				}
				line.append(piece);
				i = next;
			}
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line.toString().stripTrailing());
		}
	}

	/** Pieces that a line break may not split. */
	static List<String> atoms(String text) {
		List<String> atoms = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			boolean wide = isWide(cp);
			if (NO_LINE_START.indexOf(cp) >= 0) {
				if (word.length() > 0) {
					word.appendCodePoint(cp);
				} else if (!atoms.isEmpty()) {
					atoms.set(atoms.size() - 1, atoms.get(atoms.size() - 1) + new String(Character.toChars(cp)));
				} else {
					word.appendCodePoint(cp);
				}
				continue;
			}
			if (wide) {
				if (word.length() > 0) {
					atoms.add(word.toString());
					word.setLength(0);
				}
				word.appendCodePoint(cp);
				atoms.add(word.toString());
				word.setLength(0);
				continue;
			}
			word.appendCodePoint(cp);
			if (BREAK_AFTER.indexOf(cp) >= 0) {
				atoms.add(word.toString());
				word.setLength(0);
			}
		}
		if (word.length() > 0) {
			atoms.add(word.toString());
		}
		// closing punctuation was appended to the atom before; make sure it did not start an atom after a wide one
		return atoms;
	}

	private static boolean isWide(int cp) {
		Character.UnicodeScript script = Character.UnicodeScript.of(cp);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
	}

	public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
		content.setLineWidth(lineWidth);
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
		content.stroke();
	}

	/** A rectangle outline; (x, y) is its lower left corner. */
	public void box(float x, float y, float width, float height, float lineWidth) throws IOException {
		content.setLineWidth(lineWidth);
		content.addRect(x, y, width, height);
		content.stroke();
	}

	/** A filled grey rectangle, e.g. behind a table's header. */
	public void shade(float x, float y, float width, float height, float grey) throws IOException {
		content.setNonStrokingColor(grey, grey, grey);
		content.addRect(x, y, width, height);
		content.fill();
		content.setNonStrokingColor(0f, 0f, 0f);
	}

	/** A dashed line, to cut along. */
	public void cutLine(float x1, float y1, float x2, float y2) throws IOException {
		content.saveGraphicsState();
		content.setStrokingColor(0.6f, 0.6f, 0.6f);
		content.setLineDashPattern(new float[] { 3, 3 }, 0);
		line(x1, y1, x2, y2, 0.4f);
		content.restoreGraphicsState();
	}

	/**
	 * Text in a box, wrapped to its width less the padding, lines centred vertically; lines that do not fit are left
	 * out and the last shown line ends with '…'.
	 */
	public void textInBox(float x, float y, float width, float height, float size, String text, Align align, boolean bold)
			throws IOException {
		float padding = Math.min(3, width / 10);
		List<String> lines = wrap(text, size, width - 2 * padding);
		float leading = size * 1.25f;
		int fit = Math.max(1, (int) ((height - 2 * padding + leading - size) / leading));
		if (lines.size() > fit) {
			lines = new ArrayList<>(lines.subList(0, fit));
			lines.set(fit - 1, ellipsis(lines.get(fit - 1), size, width - 2 * padding));
		}
		float block = size + (lines.size() - 1) * leading;
		float baseline = y + height / 2 + block / 2 - size * 0.88f;
		for (String line : lines) {
			text(x + padding, width - 2 * padding, baseline, size, line, align, bold);
			baseline -= leading;
		}
	}

	String ellipsis(String line, float size, float width) throws IOException {
		String text = line;
		while (!text.isEmpty() && width(text + '\u2026', size) > width) {
			text = text.substring(0, text.offsetByCodePoints(text.length(), -1));
		}
		return text + '\u2026';
	}
}
