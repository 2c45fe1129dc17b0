package org.officebench.archive.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.eclipse.osgi.util.NLS;

/**
 * Finds a Chinese font that PDFBox can embed as a subset: one with TrueType ({@code glyf}) outlines. Noto Sans CJK
 * and other OpenType fonts with PostScript (CFF) outlines are refused: PDFBox 3 loads them but fails when it
 * subsets them on save.
 * <p>
 * Order: the file named by the system property {@value #PROPERTY}, then known places on Linux, Windows and macOS.
 */
public final class CjkFont {

	/** System property naming a font file (.ttf or .ttc) to use instead of the search. */
	public static final String PROPERTY = "officebench.pdf.font"; //$NON-NLS-1$

	/** A character every usable font must have. */
	private static final int PROBE = '\u6863'; // 档

	private static final List<String> KNOWN = List.of(
			// Linux (Debian/Ubuntu package in brackets)
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", // fonts-wqy-microhei //$NON-NLS-1$
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", // fonts-wqy-zenhei //$NON-NLS-1$
			"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", // fonts-droid-fallback //$NON-NLS-1$
			"/usr/share/fonts/truetype/arphic/uming.ttc", // fonts-arphic-uming //$NON-NLS-1$
			"/usr/share/fonts/truetype/arphic/ukai.ttc", // fonts-arphic-ukai //$NON-NLS-1$
			"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", // fonts-arphic-gbsn00lp //$NON-NLS-1$
			"/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", // Fedora //$NON-NLS-1$
			"/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", // Fedora //$NON-NLS-1$
			"/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf", // Fedora //$NON-NLS-1$
			"/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", // Arch //$NON-NLS-1$
			// Windows
			"C:/Windows/Fonts/simsun.ttc", //$NON-NLS-1$
			"C:/Windows/Fonts/msyh.ttc", //$NON-NLS-1$
			"C:/Windows/Fonts/simhei.ttf", //$NON-NLS-1$
			"C:/Windows/Fonts/simkai.ttf", //$NON-NLS-1$
			"C:/Windows/Fonts/mingliu.ttc", //$NON-NLS-1$
			// macOS
			"/System/Library/Fonts/STHeiti Light.ttc", //$NON-NLS-1$
			"/System/Library/Fonts/STHeiti Medium.ttc", //$NON-NLS-1$
			"/Library/Fonts/Arial Unicode.ttf", //$NON-NLS-1$
			"/System/Library/Fonts/Supplemental/Arial Unicode.ttf", //$NON-NLS-1$
			"/System/Library/Fonts/Supplemental/Songti.ttc"); //$NON-NLS-1$

	/** Fonts for the Latin letters and digits that some Chinese fonts (Droid Sans Fallback) lack. */
	private static final List<String> LATIN = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", //$NON-NLS-1$
			"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", //$NON-NLS-1$
			"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", //$NON-NLS-1$
			"/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf", //$NON-NLS-1$
			"C:/Windows/Fonts/arial.ttf", //$NON-NLS-1$
			"/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf"); //$NON-NLS-1$ //$NON-NLS-2$

	private final Path file;
	private final String name;

	private CjkFont(Path file, String name) {
		this.file = file;
		this.name = name;
	}

	/** The font file. */
	public Path file() {
		return file;
	}

	/** The font's name inside a collection (.ttc), or {@code null} for a single font file. */
	public String name() {
		return name;
	}

	@Override
	public String toString() {
		return name == null ? file.toString() : file + " (" + name + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The font to print Chinese with.
	 *
	 * @throws CjkFontException when the property names an unusable font, or none of the known fonts is installed; the
	 *                          message says what to install or set
	 */
	public static CjkFont find() throws CjkFontException {
		String override = System.getProperty(PROPERTY);
		if (override != null && !override.isBlank()) {
			Path path = Path.of(override.strip());
			try {
				return usable(path);
			} catch (IOException e) {
				throw new CjkFontException(NLS.bind(Messages.Font_unusable, path, org.officebench.core.LoadProblem.withoutStop(e.getMessage())), e);
			}
		}
		for (String known : KNOWN) {
			Path path = Path.of(known);
			if (Files.isReadable(path)) {
				try {
					return usable(path);
				} catch (IOException e) {
					// a damaged or unsuitable file: try the next one
				}
			}
		}
		throw new CjkFontException(NLS.bind(Messages.Font_missing, String.join(", ", KNOWN)), null); //$NON-NLS-1$
	}

	/** A TrueType font for Latin letters and digits, or {@code null} if none is installed. */
	static Path latinFallback() {
		for (String known : LATIN) {
			Path path = Path.of(known);
			if (Files.isReadable(path)) {
				return path;
			}
		}
		return null;
	}

	/** The file's first font with TrueType outlines and Chinese characters. */
	static CjkFont usable(Path path) throws IOException {
		if (!Files.isReadable(path)) {
			throw new IOException(NLS.bind("{0}: no such file", path)); //$NON-NLS-1$
		}
		if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) { //$NON-NLS-1$
			List<String> found = new ArrayList<>();
			List<String> reasons = new ArrayList<>();
			try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
				collection.processAllFonts(font -> {
					if (found.isEmpty()) {
						String reason = unsuitable(font);
						if (reason == null) {
							found.add(font.getName());
						} else {
							reasons.add(reason);
						}
					}
				});
			}
			if (found.isEmpty()) {
				throw new IOException(reasons.isEmpty() ? Messages.Font_noChinese : reasons.get(0));
			}
			return new CjkFont(path, found.get(0));
		}
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
			String reason = unsuitable(font);
			if (reason != null) {
				throw new IOException(reason);
			}
		}
		return new CjkFont(path, null);
	}

	private static String unsuitable(TrueTypeFont font) throws IOException {
		if (!font.getTableMap().containsKey("glyf")) { //$NON-NLS-1$
			return Messages.Font_postScript;
		}
		CmapLookup cmap = font.getUnicodeCmapLookup(false);
		if (cmap == null || cmap.getGlyphId(PROBE) == 0) {
			return Messages.Font_noChinese;
		}
		return null;
	}

	/** Opens this font for reading; the caller closes what it returns (and, for a collection, the collection). */
	TrueTypeFont open(List<AutoCloseable> toClose) throws IOException {
		if (name == null) {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
			toClose.add(font);
			return font;
		}
		TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
		toClose.add(collection);
		TrueTypeFont font = collection.getFontByName(name);
		if (font == null) {
			throw new IOException(NLS.bind("{0}: no font named {1}", file, name)); //$NON-NLS-1$
		}
		return font;
	}
}
