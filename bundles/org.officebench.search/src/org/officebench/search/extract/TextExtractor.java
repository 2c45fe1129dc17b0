package org.officebench.search.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

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
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileFormat;
import org.officebench.archive.FileInspection;
import org.officebench.archive.FileInspector;
import org.officebench.core.ServiceLoaders;

/**
 * Takes the text out of a file for the index: PDF (PDFBox), DOCX and XLSX (POI, spreadsheets streamed), DOC and XLS
 * (POI HWPF/HSSF), OFD ({@link OfdText}, the JDK's zip and StAX), plain text in the encoding {@link FileInspector}
 * detects (UTF-8, GB18030, Big5, …).
 * <p>
 * The format, the size limit, encryption, damage and zip bombs are judged by the archive's {@link FileInspector}, the
 * same check filing uses. The parser then runs on a worker thread under the time limit; a parser that does not finish
 * is abandoned (interrupted, its thread left to die as a daemon) and the file reported as {@link Extraction.Kind#TIMEOUT}.
 * Text beyond {@link Limits#maxChars()} is cut. A file never makes this throw or hang: a bad one gives a
 * {@link Extraction#failure() failure} with a reason. Thread-safe.
 */
public final class TextExtractor {

	/**
	 * @param maxBytes files larger than this are not read
	 * @param maxChars text beyond this is cut (the rest of a huge file is not indexed)
	 * @param timeout  per file, inspection and parsing together
	 */
	public record Limits(long maxBytes, int maxChars, Duration timeout) {
		public static final Limits DEFAULT = new Limits(512L * 1024 * 1024, 4_000_000, Duration.ofSeconds(60));

		public Limits {
			if (maxBytes < 1 || maxChars < 1 || timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException(maxBytes + " " + maxChars + " " + timeout); //$NON-NLS-1$ //$NON-NLS-2$
			}
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
	private final FileInspector inspector;

	public TextExtractor() {
		this(Limits.DEFAULT);
	}

	public TextExtractor(Limits limits) {
		this.limits = Objects.requireNonNull(limits);
		this.inspector = new FileInspector().withMaxSize(limits.maxBytes()).withTimeout(limits.timeout());
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
		FileInspection inspection = inspector.inspect(file);
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
		} catch (OutOfMemoryError e) {
			// one huge allocation that failed; what was allocated for this file is garbage now
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

	private Extraction docx(Path file) throws Exception {
		// closing the package is closing the document: the extractor is not closed on its own
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(pkg));
			return capped(extractor.getText(), FileFormat.DOCX);
		}
	}

	private Extraction xlsx(Path file) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFEventBasedExcelExtractor extractor = new XSSFEventBasedExcelExtractor(pkg);
			extractor.setIncludeSheetNames(true);
			return capped(extractor.getText(), FileFormat.XLSX);
		}
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

	private Extraction text(Path file, String encoding) throws IOException {
		Charset charset;
		try {
			charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		} catch (IllegalArgumentException e) {
			charset = StandardCharsets.UTF_8;
		}
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
		StringBuilder text = new StringBuilder();
		boolean full = false;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
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
		if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
			text.deleteCharAt(0);
		}
		return Extraction.text(text.toString(), FileFormat.TXT, full);
	}

	private Extraction capped(String text, FileFormat format) {
		String value = text == null ? "" : text; //$NON-NLS-1$
		if (value.length() > limits.maxChars()) {
			return Extraction.text(value.substring(0, limits.maxChars()), format, true);
		}
		return Extraction.text(value, format, false);
	}
}
