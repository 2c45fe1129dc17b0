package org.officebench.search.extract;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.extractor.ExcelExtractor;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileFormat;
import org.officebench.archive.FileInspection;
import org.officebench.archive.FileInspector;
import org.officebench.core.ServiceLoaders;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Takes the text out of a file for the index: PDF (PDFBox), DOCX (streamed with StAX), XLSX (POI's event extractor), DOC and XLS
 * (POI HWPF/HSSF), OFD ({@link OfdText}, the JDK's zip and StAX), plain text in the encoding {@link FileInspector}
 * detects (UTF-8, GB18030, Big5, …).
 * <p>
 * The format, the size limit, encryption, damage and zip bombs are judged by the archive's {@link FileInspector}, the
 * same check filing uses. The parser then runs on a worker thread under the time limit; a parser that does not finish
 * is abandoned (interrupted, its thread left to die as a daemon) and the file reported as {@link Extraction.Kind#TIMEOUT}.
 * Text beyond {@link Limits#maxChars()} is cut, and no more than {@link Limits#maxXmlBytes()} of XML is read from an
 * office package. A file read without error but without text is {@link Extraction.Kind#NO_TEXT}; text that does not fit
 * its encoding is never indexed garbled. A file never makes this throw or hang: a bad one gives a
 * {@link Extraction#failure() failure} with a reason. Thread-safe.
 */
public final class TextExtractor {

	/**
	 * @param maxBytes    files larger than this are not read
	 * @param maxChars    text beyond this is cut (the rest of a huge file is not indexed)
	 * @param timeout     per file, inspection and parsing together
	 * @param maxXmlBytes the memory budget of an office package (DOCX, XLSX): the most XML, counted inflated, that is
	 *                    read from it. A DOCX is streamed and its text cut there ({@link Extraction.Kind#TEXT_CUT}); an
	 *                    XLSX whose parts inflate to more is not read ({@link Extraction.Kind#TOO_LARGE}). The zip-bomb
	 *                    check judges the ratio only: a file of 10 MB may inflate to 1 GB and pass it.
	 */
	public record Limits(long maxBytes, int maxChars, Duration timeout, long maxXmlBytes) {
		/** The XML budget unless the system property {@value #XML_BUDGET_PROPERTY} (in MB) says otherwise: 256 MB. */
		public static final long DEFAULT_XML_BYTES = Long.getLong(Limits.XML_BUDGET_PROPERTY, 256) * 1024 * 1024;
		public static final String XML_BUDGET_PROPERTY = "officebench.search.xmlBudgetMB"; //$NON-NLS-1$
		public static final Limits DEFAULT = new Limits(512L * 1024 * 1024, 4_000_000, Duration.ofSeconds(60));

		public Limits {
			if (maxBytes < 1 || maxChars < 1 || timeout.isNegative() || timeout.isZero() || maxXmlBytes < 1) {
				throw new IllegalArgumentException(maxBytes + " " + maxChars + " " + timeout + " " + maxXmlBytes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}

		public Limits(long maxBytes, int maxChars, Duration timeout) {
			this(maxBytes, maxChars, timeout, DEFAULT_XML_BYTES);
		}

		/** The budget in whole MB, as the user is told. */
		public long maxXmlMegabytes() {
			return Math.max(1, maxXmlBytes / (1024 * 1024));
		}
	}

	private static final AtomicInteger THREADS = new AtomicInteger();
	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "OfficeBench text extraction " + THREADS.incrementAndGet()); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		return thread;
	});

	private static final class TooMuchText extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** A writer that keeps the first {@code max} characters and then stops the parser. */
	private static final class Capped extends Writer {
		private final StringBuilder text = new StringBuilder();
		private final int max;
		boolean full;

		Capped(int max) {
			this.max = max;
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			int room = max - text.length();
			text.append(buffer, offset, Math.min(room, length));
			if (length > room) {
				full = true;
				throw new TooMuchText();
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new IOException("interrupted"); //$NON-NLS-1$
			}
		}

		@Override
		public void flush() {
			// in memory
		}

		@Override
		public void close() {
			// in memory
		}
	}

	private final Limits limits;
	/** Made with the first file: the archive bundle it comes from readies POI and PDFBox when it starts. */
	private FileInspector inspector;

	public TextExtractor() {
		this(Limits.DEFAULT);
	}

	public TextExtractor(Limits limits) {
		this.limits = Objects.requireNonNull(limits);
	}

	private synchronized FileInspector inspector() {
		if (inspector == null) {
			inspector = new FileInspector().withMaxSize(limits.maxBytes()).withTimeout(limits.timeout());
		}
		return inspector;
	}

	public Limits limits() {
		return limits;
	}

	public Extraction extract(Path file) {
		return extract(file, () -> false);
	}

	/**
	 * @param canceled polled while the parser runs; when it turns true the parser is abandoned and the result is
	 *                 {@link Extraction.Kind#CANCELED}
	 */
	public Extraction extract(Path file, BooleanSupplier canceled) {
		ServiceLoaders.ensureReady();
		if (!Files.isRegularFile(file)) {
			return Extraction.failed(FileFormat.OTHER, Extraction.Kind.MISSING, null);
		}
		long started = System.nanoTime();
		FileInspection inspection = inspector().inspect(file);
		if (!inspection.isAccepted()) {
			return refused(inspection);
		}
		long remaining = limits.timeout().toNanos() - (System.nanoTime() - started);
		if (remaining <= 0) {
			return Extraction.failed(inspection.format(), Extraction.Kind.TIMEOUT, null);
		}
		Future<Extraction> future = WORKERS.submit(() -> parse(inspection));
		long deadline = System.nanoTime() + remaining;
		try {
			while (true) {
				long wait = Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100));
				if (wait <= 0) {
					future.cancel(true);
					return Extraction.failed(inspection.format(), Extraction.Kind.TIMEOUT, null);
				}
				try {
					return future.get(wait, TimeUnit.NANOSECONDS);
				} catch (TimeoutException e) {
					if (canceled.getAsBoolean()) {
						future.cancel(true);
						return Extraction.failed(inspection.format(), Extraction.Kind.CANCELED, null);
					}
				}
			}
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			return Extraction.failed(inspection.format(), Extraction.Kind.CANCELED, null);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			if (cause instanceof VirtualMachineError) { // out of memory or stack: the file is too much to read
				return Extraction.failed(inspection.format(), Extraction.Kind.TOO_LARGE, null);
			}
			return Extraction.failed(inspection.format(), Extraction.Kind.CORRUPT, String.valueOf(cause));
		}
	}

	private static Extraction refused(FileInspection inspection) {
		Extraction.Kind kind = switch (inspection.refusal().kind()) {
		case EMPTY -> Extraction.Kind.EMPTY;
		case TOO_LARGE -> Extraction.Kind.TOO_LARGE;
		case ENCRYPTED -> Extraction.Kind.ENCRYPTED;
		case CORRUPT -> Extraction.Kind.CORRUPT;
		case ZIP_BOMB -> Extraction.Kind.ZIP_BOMB;
		case TIMEOUT -> Extraction.Kind.TIMEOUT;
		case UNREADABLE -> Extraction.Kind.UNREADABLE;
		};
		return Extraction.failed(inspection.format(), kind, null);
	}

	private Extraction parse(FileInspection inspection) {
		FileFormat format = inspection.format();
		Extraction extraction = parseFormat(inspection);
		if (!extraction.isFailed() && extraction.text().isBlank()) {
			// read without error, yet nothing to search: listed, so that an empty-looking file is not silently so
			return Extraction.failed(extraction.format(), Extraction.Kind.NO_TEXT, null);
		}
		return extraction;
	}

	private Extraction parseFormat(FileInspection inspection) {
		FileFormat format = inspection.format();
		Path file = inspection.file();
		try {
			return switch (format) {
			case PDF -> pdf(file);
			case DOCX -> docx(file);
			case XLSX -> xlsx(file);
			case DOC -> doc(file);
			case XLS -> xls(file);
			case TXT -> text(file, inspection.encoding());
			case OFD -> ofd(file);
			case OTHER -> OfdText.isOfdWithoutRoot(file)
					? Extraction.failed(FileFormat.OFD, Extraction.Kind.CORRUPT, NLS.bind(Messages.Ofd_missingPart, "OFD.xml")) //$NON-NLS-1$
					: Extraction.failed(format, Extraction.Kind.NO_TEXT_FORMAT, format.name());
			default -> Extraction.failed(format, Extraction.Kind.NO_TEXT_FORMAT, format.name());
			};
		} catch (InvalidPasswordException | EncryptedDocumentException e) {
			return Extraction.failed(format, Extraction.Kind.ENCRYPTED, null);
		} catch (OutOfMemoryError | StackOverflowError e) {
			// one huge allocation (or nesting) that failed; what was allocated for this file is garbage now
			return Extraction.failed(format, Extraction.Kind.TOO_LARGE, null);
		} catch (Exception e) { // IOException, POI's and XMLBeans' checked and runtime exceptions
			if (Thread.currentThread().isInterrupted()) {
				return Extraction.failed(format, Extraction.Kind.CANCELED, null);
			}
			return Extraction.failed(format, Extraction.Kind.CORRUPT, String.valueOf(e.getMessage()));
		}
	}

	private Extraction pdf(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(false);
			stripper.setLineSeparator(LINE_MARK);
			stripper.setPageEnd(LINE_MARK + PAGE_MARK);
			Capped out = new Capped(limits.maxChars());
			try {
				stripper.writeText(document, out);
			} catch (TooMuchText e) {
				// the first maxChars characters are kept
			}
			String text = joinWrappedLines(out.text);
			if (text.isBlank() && document.getNumberOfPages() > 0) {
				return Extraction.failed(FileFormat.PDF, Extraction.Kind.NO_TEXT_LAYER, null);
			}
			return Extraction.text(text, FileFormat.PDF, out.full);
		}
	}

	private static final String LINE_MARK = "\uE000"; //$NON-NLS-1$
	private static final String PAGE_MARK = "\uE001"; //$NON-NLS-1$

	/**
	 * Chinese text wraps anywhere, also inside a word: where a line as long as the page's longest ends in a Han character
	 * and the next begins with one, the line break is dropped, so a word or phrase split by the wrap is found. Shorter
	 * lines (headings, a paragraph's last line) keep their break. PDFBox's own paragraph guess is not used: with some CJK
	 * fonts it takes every line for a paragraph.
	 */
	static String joinWrappedLines(CharSequence marked) {
		StringBuilder text = new StringBuilder(marked.length());
		for (String page : marked.toString().split(PAGE_MARK, -1)) {
			String[] lines = page.split(LINE_MARK, -1);
			int[] widths = new int[lines.length];
			int longest = 0;
			for (int i = 0; i < lines.length; i++) {
				String stripped = lines[i].strip();
				widths[i] = stripped.codePointCount(0, stripped.length());
				longest = Math.max(longest, widths[i]);
			}
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i];
				text.append(line);
				if (i == lines.length - 1) {
					break;
				}
				String end = line.stripTrailing();
				String next = lines[i + 1];
				boolean full = widths[i] * 5 >= longest * 4;
				boolean wrapped = full && !end.isEmpty() && !next.isEmpty() && isHan(end.codePointBefore(end.length()))
						&& isHan(next.codePointAt(0));
				if (!wrapped) {
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/**
	 * The text of a DOCX, streamed: the main document, then its headers, footers, footnotes and endnotes, read with StAX
	 * (no DTDs, no external entities) through a stream that counts the inflated XML. At {@link Limits#maxXmlBytes()} the
	 * reading stops and the text so far is kept ({@link Extraction.Kind#TEXT_CUT}); memory never holds more than the
	 * text itself, whatever the part inflates to.
	 */
	private Extraction docx(Path file) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			PackageRelationshipCollection mains = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
			if (mains.size() == 0) {
				mains = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
			}
			if (mains.size() == 0) {
				return Extraction.failed(FileFormat.DOCX, Extraction.Kind.CORRUPT, "word/document.xml"); //$NON-NLS-1$
			}
			PackagePart main = pkg.getPart(mains.getRelationship(0));
			if (main == null) {
				return Extraction.failed(FileFormat.DOCX, Extraction.Kind.CORRUPT, "word/document.xml"); //$NON-NLS-1$
			}
			List<PackagePart> parts = new ArrayList<>();
			parts.add(main);
			for (PackageRelationship relation : main.getRelationships()) {
				String type = relation.getRelationshipType();
				if (relation.getTargetMode() == TargetMode.INTERNAL && (type.endsWith("/header") || type.endsWith("/footer") //$NON-NLS-1$ //$NON-NLS-2$
						|| type.endsWith("/footnotes") || type.endsWith("/endnotes"))) { //$NON-NLS-1$ //$NON-NLS-2$
					PackagePart part = pkg.getPart(relation);
					if (part != null) {
						parts.add(part);
					}
				}
			}
			WordXml reader = new WordXml(limits.maxChars(), limits.maxXmlBytes());
			for (PackagePart part : parts) {
				if (!reader.read(part)) {
					break;
				}
			}
			String text = reader.text.toString();
			if (reader.overBudget) {
				return Extraction.cut(text, FileFormat.DOCX,
						new Extraction.Failure(Extraction.Kind.TEXT_CUT, Long.toString(limits.maxXmlMegabytes())));
			}
			return Extraction.text(text, FileFormat.DOCX, reader.full);
		}
	}

	/** The JDK's StAX (not whatever a bundle's service file offers), without DTDs or external entities; one per reader. */
	private static XMLInputFactory xml() {
		XMLInputFactory xml = XMLInputFactory.newDefaultFactory();
		xml.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		xml.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
		return xml;
	}

	/** Counts the bytes read (inflated) and stops at the budget; stops too when the thread is interrupted. */
	private static final class Budgeted extends FilterInputStream {
		private final WordXml owner;

		Budgeted(InputStream in, WordXml owner) {
			super(in);
			this.owner = owner;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (Thread.currentThread().isInterrupted()) {
				throw new IOException("interrupted"); //$NON-NLS-1$
			}
			long room = owner.budget - owner.read;
			if (room <= 0) {
				owner.overBudget = true;
				throw new OverBudget();
			}
			int n = super.read(b, off, (int) Math.min(len, room));
			if (n > 0) {
				owner.read += n;
			}
			return n;
		}
	}

	private static final class OverBudget extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** The text runs of WordprocessingML parts ({@code w:t}), with tabs, breaks, cells and paragraphs as white space. */
	private static final class WordXml {
		final StringBuilder text = new StringBuilder();
		final int maxChars;
		final long budget;
		long read;
		boolean overBudget;
		boolean full;

		WordXml(int maxChars, long budget) {
			this.maxChars = maxChars;
			this.budget = budget;
		}

		/** @return false when the text or the budget is full */
		boolean read(PackagePart part) throws IOException, XMLStreamException {
			try (InputStream in = new Budgeted(part.getInputStream(), this)) {
				XMLStreamReader xml = xml().createXMLStreamReader(in);
				try {
					boolean inText = false;
					while (xml.hasNext()) {
						int event = xml.next();
						if (event == XMLStreamConstants.START_ELEMENT) {
							String name = xml.getLocalName();
							inText = name.equals("t"); //$NON-NLS-1$
							if (name.equals("tab")) { //$NON-NLS-1$
								append("\t"); //$NON-NLS-1$
							} else if (name.equals("br") || name.equals("cr")) { //$NON-NLS-1$ //$NON-NLS-2$
								append("\n"); //$NON-NLS-1$
							}
						} else if (event == XMLStreamConstants.END_ELEMENT) {
							String name = xml.getLocalName();
							inText = false;
							if (name.equals("p") || name.equals("tr")) { //$NON-NLS-1$ //$NON-NLS-2$
								append("\n"); //$NON-NLS-1$
							} else if (name.equals("tc")) { //$NON-NLS-1$
								append("\t"); //$NON-NLS-1$
							}
						} else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
								|| event == XMLStreamConstants.SPACE)) {
							append(xml.getText());
						}
						if (full) {
							return false;
						}
					}
				} finally {
					xml.close();
				}
			} catch (XMLStreamException | IOException e) {
				if (overBudget) {
					return false;
				}
				throw e;
			}
			return true;
		}

		private void append(String s) {
			int room = maxChars - text.length();
			text.append(s, 0, Math.min(room, s.length()));
			if (s.length() > room) {
				full = true;
			}
		}
	}

	/**
	 * An XLSX is read by POI's event extractor, which holds the shared strings and the text in memory: it is read only
	 * when its parts inflate to no more than the budget, measured by inflating them (never by the sizes the zip claims).
	 */
	private Extraction xlsx(Path file) throws Exception {
		if (inflatedSize(file, limits.maxXmlBytes()) > limits.maxXmlBytes()) {
			return Extraction.failed(FileFormat.XLSX, Extraction.Kind.TOO_LARGE, null);
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFEventBasedExcelExtractor extractor = new XSSFEventBasedExcelExtractor(pkg);
			extractor.setIncludeSheetNames(true);
			String text = extractor.getText();
			String cells = text == null ? "" : text; //$NON-NLS-1$
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				sheets.next().close();
				String name = sheets.getSheetName();
				if (name != null && !name.isEmpty()) {
					cells = cells.replace(name, ""); //$NON-NLS-1$
				}
			}
			if (cells.isBlank()) { // sheet names only: formulas without values, or nothing in the cells
				return Extraction.failed(FileFormat.XLSX, Extraction.Kind.NO_TEXT, null);
			}
			return capped(text, FileFormat.XLSX);
		}
	}

	/** The bytes a zip's entries inflate to, counted up to {@code stop} + 1. */
	static long inflatedSize(Path file, long stop) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				for (int n; (n = zip.read(buffer)) > 0;) {
					total += n;
					if (total > stop) {
						return total;
					}
					if (Thread.currentThread().isInterrupted()) {
						throw new IOException("interrupted"); //$NON-NLS-1$
					}
				}
			}
		}
		return total;
	}

	private Extraction doc(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			WordExtractor extractor = new WordExtractor(fs);
			return capped(extractor.getText(), FileFormat.DOC);
		}
	}

	private Extraction xls(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			ExcelExtractor extractor = new ExcelExtractor(new HSSFWorkbook(fs));
			extractor.setIncludeSheetNames(true);
			return capped(extractor.getText(), FileFormat.XLS);
		}
	}

	private Extraction ofd(Path file) throws IOException {
		try {
			return new OfdText(limits.maxChars()).read(file);
		} catch (OfdText.Damaged e) {
			return Extraction.failed(FileFormat.OFD, Extraction.Kind.CORRUPT, e.getMessage());
		} catch (OfdText.TooBig e) {
			return Extraction.failed(FileFormat.OFD, Extraction.Kind.ZIP_BOMB, null);
		}
	}

	/**
	 * Plain text in the encoding the inspection found, decoded strictly. Bytes that do not fit it (GBK text after a UTF-8
	 * byte-order mark, a file that turns out not to be UTF-8 past the inspected sample) are decoded again in the Chinese
	 * encoding ICU finds for them (GB18030, Big5); when none fits, the file is listed as {@link Extraction.Kind#WRONG_ENCODING}
	 * instead of indexing garbled text.
	 */
	private Extraction text(Path file, String encoding) throws IOException {
		Charset charset;
		try {
			charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		} catch (IllegalArgumentException e) {
			charset = StandardCharsets.UTF_8;
		}
		Decoded decoded = decode(file, charset, 0);
		if (decoded != null) {
			return Extraction.text(decoded.text, FileFormat.TXT, decoded.full);
		}
		byte[] sample;
		int skip;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(256 * 1024);
		}
		skip = sample.length >= 3 && sample[0] == (byte) 0xEF && sample[1] == (byte) 0xBB && sample[2] == (byte) 0xBF ? 3 : 0;
		CharsetDetector detector = new CharsetDetector();
		detector.setText(java.util.Arrays.copyOfRange(sample, skip, sample.length));
		CharsetMatch[] matches = detector.detectAll();
		for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
			String name = match.getName();
			if (!name.equalsIgnoreCase("GB18030") && !name.equalsIgnoreCase("Big5")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue; // the encodings of Chinese text; a Latin one would decode anything into garbage
			}
			Charset other = Charset.forName(name);
			if (other.equals(charset)) {
				continue;
			}
			decoded = decode(file, other, skip);
			if (decoded != null) {
				return Extraction.text(decoded.text, FileFormat.TXT, decoded.full);
			}
		}
		return Extraction.failed(FileFormat.TXT, Extraction.Kind.WRONG_ENCODING, charset.name());
	}

	private record Decoded(String text, boolean full) {
	}

	/** @return the text, or null when the bytes (after the first {@code skip}) do not fit {@code charset} */
	private Decoded decode(Path file, Charset charset, int skip) throws IOException {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		StringBuilder text = new StringBuilder();
		boolean full = false;
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(skip);
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
				char[] buffer = new char[16 * 1024];
				for (int n; (n = reader.read(buffer)) > 0;) {
					int room = limits.maxChars() - text.length();
					text.append(buffer, 0, Math.min(n, room));
					if (n > room) {
						full = true;
						break;
					}
					if (Thread.currentThread().isInterrupted()) {
						throw new IOException("interrupted"); //$NON-NLS-1$
					}
				}
			}
		} catch (java.nio.charset.CharacterCodingException e) {
			return null;
		}
		if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
			text.deleteCharAt(0);
		}
		return new Decoded(text.toString(), full);
	}

	private Extraction capped(String text, FileFormat format) {
		String value = text == null ? "" : text; //$NON-NLS-1$
		if (value.length() > limits.maxChars()) {
			return Extraction.text(value.substring(0, limits.maxChars()), format, true);
		}
		return Extraction.text(value, format, false);
	}
}
