package org.officebench.search.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileFormat;

/**
 * The text of an OFD (GB/T 33190) with the JDK alone: {@code OFD.xml} → each {@code DocBody/DocRoot} → its
 * {@code Pages/Page} in order → each page's template pages and its {@code TextObject/TextCode}s in document order.
 * <p>
 * TextCodes of one line are joined as they stand. A new line starts where the baseline moves; a line that wraps inside
 * a Chinese sentence (the one before runs to the right margin and does not end a sentence) is joined without a break,
 * because the index finds a phrase only where its characters stand side by side. Other lines are kept apart by a line
 * break. The zip was already checked against bombs by the archive's FileInspector; the bytes read here are capped
 * per part and in total all the same, and a page's templates are read once per document.
 */
final class OfdText {

	static final long MAX_PART_BYTES = 64L * 1024 * 1024;
	static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

	/** The file cannot be read as OFD; {@link #detail} tells the user why. */
	static final class Damaged extends Exception {
		private static final long serialVersionUID = 1L;

		Damaged(String detail) {
			super(detail);
		}
	}

	/** More bytes than the caps allow. */
	static final class TooBig extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** The character limit is reached: what was gathered is kept. */
	private static final class Full extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private static final String NS_FREE_ROOT = "OFD.xml"; //$NON-NLS-1$

	private final int maxChars;
	private final long maxPartBytes;
	private final long maxTotalBytes;

	private final XMLInputFactory xml;
	private final StringBuilder text = new StringBuilder();
	private long totalBytes;
	private int pages;

	// the line being written: its baseline and where its last TextCode ends, in page millimetres
	private boolean lineOpen;
	private double lineY;
	private double lineEnd;
	private double lineSize;

	OfdText(int maxChars) {
		this(maxChars, MAX_PART_BYTES, MAX_TOTAL_BYTES);
	}

	OfdText(int maxChars, long maxPartBytes, long maxTotalBytes) {
		this.maxChars = maxChars;
		this.maxPartBytes = maxPartBytes;
		this.maxTotalBytes = maxTotalBytes;
		xml = XMLInputFactory.newDefaultFactory(); // the JDK's, not whatever a bundle's service file offers
		xml.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		xml.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
	}

	/**
	 * @throws Damaged when a part is missing or not well-formed
	 * @throws TooBig  when the parts inflate beyond the caps
	 */
	Extraction read(Path file) throws IOException, Damaged {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			try {
				ZipEntry root = zip.getEntry(NS_FREE_ROOT);
				if (root == null) {
					throw new Damaged(NLS.bind(Messages.Ofd_missingPart, NS_FREE_ROOT));
				}
				List<String> documents = documentRoots(zip, root);
				if (documents.isEmpty()) {
					throw new Damaged(Messages.Ofd_noDocument);
				}
				for (String document : documents) {
					document(zip, document);
				}
			} catch (Full e) {
				return Extraction.text(text.toString(), FileFormat.OFD, true);
			}
		} catch (ZipException e) {
			throw new Damaged(String.valueOf(e.getMessage()));
		}
		String value = text.toString();
		if (value.isBlank() && pages > 0) {
			return Extraction.failed(FileFormat.OFD, Extraction.Kind.NO_TEXT_LAYER, null);
		}
		return Extraction.text(value, FileFormat.OFD, false);
	}

	/**
	 * True for a zip laid out like an OFD (a Document.xml and page Content.xml files) but without its OFD.xml: a
	 * damaged OFD rather than some other zip.
	 */
	static boolean isOfdWithoutRoot(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			boolean document = false;
			boolean page = false;
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				String name = e.nextElement().getName().toLowerCase(Locale.ROOT);
				if (name.equals("ofd.xml")) { //$NON-NLS-1$
					return false;
				}
				document |= name.endsWith("/document.xml"); //$NON-NLS-1$
				page |= name.contains("pages/") && name.endsWith("/content.xml"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return document && page;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	// ------------------------------------------------------------------------------------------------- structure

	private List<String> documentRoots(ZipFile zip, ZipEntry root) throws IOException, Damaged {
		List<String> roots = new ArrayList<>();
		XMLStreamReader r = open(zip, NS_FREE_ROOT, root);
		try {
			while (r.hasNext()) {
				if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("DocRoot")) { //$NON-NLS-1$
					String path = r.getElementText().strip();
					if (!path.isEmpty()) {
						roots.add(resolve("", path)); //$NON-NLS-1$
					}
				}
			}
		} catch (XMLStreamException e) {
			throw broken(NS_FREE_ROOT, e);
		} finally {
			close(r);
		}
		return roots;
	}

	private void document(ZipFile zip, String documentPath) throws IOException, Damaged, Full {
		String folder = folderOf(documentPath);
		List<String> pagePaths = new ArrayList<>();
		Map<String, String> templates = new HashMap<>(); // ID → path
		XMLStreamReader r = open(zip, documentPath, null);
		try {
			while (r.hasNext()) {
				if (r.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = r.getLocalName();
				String baseLoc = r.getAttributeValue(null, "BaseLoc"); //$NON-NLS-1$
				if (name.equals("Page") && baseLoc != null) { //$NON-NLS-1$
					pagePaths.add(resolve(folder, baseLoc));
				} else if (name.equals("TemplatePage") && baseLoc != null) { //$NON-NLS-1$
					templates.put(String.valueOf(r.getAttributeValue(null, "ID")), resolve(folder, baseLoc)); //$NON-NLS-1$
				}
			}
		} catch (XMLStreamException e) {
			throw broken(documentPath, e);
		} finally {
			close(r);
		}
		Map<String, String> templateText = new HashMap<>(); // path → its text, read once
		for (String page : pagePaths) {
			pages++;
			page(zip, page, templates, templateText);
		}
	}

	private void page(ZipFile zip, String path, Map<String, String> templates, Map<String, String> templateText)
			throws IOException, Damaged, Full {
		List<String> foreground = new ArrayList<>();
		XMLStreamReader r = open(zip, path, null);
		breakLine();
		try {
			texts(r, path, (templateId, zOrder) -> {
				String templatePath = templates.get(templateId);
				if (templatePath == null) {
					return; // a dangling reference costs only the template's text
				}
				if ("Foreground".equals(zOrder)) { //$NON-NLS-1$
					foreground.add(templatePath);
				} else {
					template(zip, templatePath, templateText);
				}
			});
		} finally {
			close(r);
		}
		for (String templatePath : foreground) {
			template(zip, templatePath, templateText);
		}
	}

	private void template(ZipFile zip, String path, Map<String, String> cache) throws IOException, Damaged, Full {
		String known = cache.get(path);
		if (known == null) {
			OfdText alone = new OfdText(maxChars, maxPartBytes, maxTotalBytes - totalBytes);
			XMLStreamReader r = alone.open(zip, path, null);
			try {
				alone.texts(r, path, null);
			} catch (Full e) {
				// as much as fits
			} finally {
				close(r);
			}
			totalBytes += alone.totalBytes;
			known = alone.text.toString().strip();
			cache.put(path, known);
		}
		if (!known.isEmpty()) {
			breakLine();
			append(known);
			breakLine();
		}
	}

	@FunctionalInterface
	private interface TemplateUse {
		void use(String templateId, String zOrder) throws IOException, Damaged, Full;
	}

	// ------------------------------------------------------------------------------------------------- text

	/** Every TextObject of one page or template; {@code templates} is told of the page's template references. */
	private void texts(XMLStreamReader r, String path, TemplateUse templates) throws IOException, Damaged, Full {
		try {
			double[] box = null; // x, y of the current TextObject
			double[] ctm = null;
			double size = 0;
			while (r.hasNext()) {
				int event = r.next();
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (r.getLocalName()) {
				case "Template" -> { //$NON-NLS-1$
					if (templates != null) {
						templates.use(r.getAttributeValue(null, "TemplateID"), r.getAttributeValue(null, "ZOrder")); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				case "TextObject" -> { //$NON-NLS-1$
					box = numbers(r.getAttributeValue(null, "Boundary")); //$NON-NLS-1$
					ctm = numbers(r.getAttributeValue(null, "CTM")); //$NON-NLS-1$
					double[] s = numbers(r.getAttributeValue(null, "Size")); //$NON-NLS-1$
					size = s != null && s.length > 0 && s[0] > 0 ? s[0] : 3.5;
				}
				case "TextCode" -> { //$NON-NLS-1$
					textCode(r, box, ctm, size);
				}
				default -> {
					// paths, images, resources: no text
				}
				}
				if (Thread.currentThread().isInterrupted()) {
					throw new IOException("interrupted"); //$NON-NLS-1$
				}
			}
		} catch (XMLStreamException e) {
			throw broken(path, e);
		}
	}

	private void textCode(XMLStreamReader r, double[] box, double[] ctm, double size) throws XMLStreamException, Full {
		String xAttr = r.getAttributeValue(null, "X"); //$NON-NLS-1$
		String yAttr = r.getAttributeValue(null, "Y"); //$NON-NLS-1$
		String deltaX = r.getAttributeValue(null, "DeltaX"); //$NON-NLS-1$
		StringBuilder code = new StringBuilder();
		for (int depth = 1; depth > 0;) {
			int event = r.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			} else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				code.append(r.getText());
			}
		}
		String value = code.toString().replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
		if (value.isEmpty()) {
			return;
		}
		double scale = size;
		if (ctm != null && ctm.length == 6) {
			scale = size * Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
		}
		if (xAttr == null || yAttr == null || box == null || box.length < 2) {
			// no position of its own: it goes on where the text stands
			continueLine(value, scale);
			return;
		}
		double localX = number(xAttr);
		double localY = number(yAttr);
		double width = advance(value, deltaX, size);
		double x0 = localX;
		double x1 = localX + width;
		double y = localY;
		if (ctm != null && ctm.length == 6) {
			x0 = ctm[0] * localX + ctm[2] * localY + ctm[4];
			x1 = ctm[0] * (localX + width) + ctm[2] * localY + ctm[4];
			y = ctm[1] * localX + ctm[3] * localY + ctm[5];
		}
		place(value, box[0] + x0, box[0] + x1, box[1] + y, scale);
	}

	/** The advance of a TextCode from its DeltaX (with the {@code g count value} shorthand), or an estimate. */
	private static double advance(String text, String deltaX, double size) {
		int glyphs = text.codePointCount(0, text.length());
		double sum = 0;
		int counted = 0;
		if (deltaX != null) {
			String[] tokens = deltaX.trim().split("\\s+"); //$NON-NLS-1$
			for (int i = 0; i < tokens.length && counted < glyphs - 1; i++) {
				if (tokens[i].equals("g") && i + 2 < tokens.length) { //$NON-NLS-1$
					int repeat = (int) number(tokens[i + 1]);
					double value = number(tokens[i + 2]);
					for (int k = 0; k < repeat && counted < glyphs - 1; k++, counted++) {
						sum += value;
					}
					i += 2;
				} else if (!tokens[i].isEmpty()) {
					sum += number(tokens[i]);
					counted++;
				}
			}
		}
		// glyphs without a delta, and the last one: a full em for Chinese, half for Latin
		int[] points = text.codePoints().toArray();
		for (int i = counted; i < points.length; i++) {
			sum += isWide(points[i]) ? size : size / 2;
		}
		return sum;
	}

	private void place(String value, double x0, double x1, double y, double size) throws Full {
		if (!lineOpen) {
			append(value);
		} else if (Math.abs(y - lineY) <= 0.5 * Math.max(size, lineSize)) {
			// the same line: side by side, or apart where there is a gap (table columns)
			if (x0 - lineEnd > 1.5 * Math.max(size, lineSize) && !endsWithSpace()) {
				append(" "); //$NON-NLS-1$
			}
			append(value);
		} else {
			boolean nextLine = y > lineY && y - lineY <= 2.2 * Math.max(size, lineSize);
			boolean full = lineEnd >= x1 - 2 * Math.max(size, lineSize);
			char last = text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
			if (nextLine && full && !endsSentence(last) && last != '\n') {
				if (!isWide(last) && !isWide(value.codePointAt(0))) {
					append(" "); //$NON-NLS-1$
				}
			} else {
				newLine();
			}
			append(value);
		}
		lineOpen = true;
		lineY = y;
		lineEnd = x1;
		lineSize = size;
	}

	private void continueLine(String value, double size) throws Full {
		append(value);
		if (!lineOpen) {
			lineOpen = true;
			lineSize = size;
		}
		lineEnd += advance(value, null, size);
	}

	private void breakLine() throws Full {
		newLine();
		lineOpen = false;
	}

	private void newLine() throws Full {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			append("\n"); //$NON-NLS-1$
		}
	}

	private boolean endsWithSpace() {
		return text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1));
	}

	private void append(String value) throws Full {
		int room = maxChars - text.length();
		if (value.length() > room) {
			text.append(value, 0, room);
			throw new Full();
		}
		text.append(value);
	}

	private static boolean endsSentence(char c) {
		return "。！？；：…!?;:".indexOf(c) >= 0; //$NON-NLS-1$
	}

	/** Chinese, Japanese, Korean characters and full-width punctuation: no space stands between them. */
	private static boolean isWide(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
			return true;
		}
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION && codePoint >= 0x2018 && codePoint <= 0x2026;
	}

	// ------------------------------------------------------------------------------------------------- parts

	private XMLStreamReader open(ZipFile zip, String path, ZipEntry known) throws IOException, Damaged {
		ZipEntry entry = known != null ? known : zip.getEntry(path);
		if (entry == null) {
			throw new Damaged(NLS.bind(Messages.Ofd_missingPart, path));
		}
		byte[] bytes;
		try (InputStream in = new Capped(zip.getInputStream(entry))) {
			bytes = in.readAllBytes();
		}
		try {
			return xml.createXMLStreamReader(new StringReader(decode(bytes, path)));
		} catch (XMLStreamException e) {
			throw broken(path, e);
		}
	}

	private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"); //$NON-NLS-1$

	/**
	 * The part as text, in the encoding it declares (UTF-8 by the standard). Decoded here, strictly, because the JDK's
	 * parser prints "[Fatal Error]" to the console on a bad byte sequence before it throws.
	 */
	private static String decode(byte[] bytes, String path) throws Damaged {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		Charset charset = StandardCharsets.UTF_8;
		Matcher declared = DECLARED_ENCODING.matcher(new String(bytes, start, Math.min(bytes.length - start, 200), StandardCharsets.ISO_8859_1));
		if (declared.find()) {
			try {
				charset = Charset.forName(declared.group(1));
			} catch (IllegalArgumentException e) {
				// an unknown name: the standard's UTF-8
			}
		}
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(in).toString();
		} catch (CharacterCodingException e) {
			int line = 1;
			for (int i = start; i < in.position() && i < bytes.length; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new Damaged(NLS.bind(Messages.Ofd_brokenPart, path, Integer.toString(line)));
		}
	}

	private static void close(XMLStreamReader r) {
		try {
			r.close(); // over a string: nothing else to release
		} catch (XMLStreamException e) {
			// nothing to keep
		}
	}

	/** A part that is not well-formed XML; a cap or an interrupt that the parser wrapped is thrown as it was. */
	private static Damaged broken(String path, XMLStreamException e) throws IOException {
		if (e.getNestedException() instanceof IOException io) {
			throw io;
		}
		if (e.getCause() instanceof IOException io) {
			throw io;
		}
		int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
		return new Damaged(NLS.bind(Messages.Ofd_brokenPart, path, line > 0 ? Integer.toString(line) : "?")); //$NON-NLS-1$
	}

	/** Counts what a part inflates to against both caps. */
	private final class Capped extends FilterInputStream {
		private long count;

		Capped(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws TooBig {
			count += n;
			totalBytes += n;
			if (count > maxPartBytes || totalBytes > maxTotalBytes) {
				throw new TooBig();
			}
		}
	}

	// ------------------------------------------------------------------------------------------------- paths, numbers

	private static String folderOf(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "" : path.substring(0, slash + 1); //$NON-NLS-1$
	}

	/** A location (ST_Loc): relative to {@code folder}, or to the package root when it starts with '/'. */
	static String resolve(String folder, String location) {
		String loc = location.strip().replace('\\', '/');
		String joined = loc.startsWith("/") ? loc.substring(1) : folder + loc; //$NON-NLS-1$
		List<String> parts = new ArrayList<>();
		for (String part : joined.split("/")) { //$NON-NLS-1$
			if (part.isEmpty() || part.equals(".")) { //$NON-NLS-1$
				continue;
			}
			if (part.equals("..")) { //$NON-NLS-1$
				if (!parts.isEmpty()) {
					parts.remove(parts.size() - 1);
				}
			} else {
				parts.add(part);
			}
		}
		return String.join("/", parts); //$NON-NLS-1$
	}

	private static double[] numbers(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String[] tokens = value.trim().split("[\\s,]+"); //$NON-NLS-1$
		double[] result = new double[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			result[i] = number(tokens[i]);
		}
		return result;
	}

	private static double number(String value) {
		try {
			return Double.parseDouble(value.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
