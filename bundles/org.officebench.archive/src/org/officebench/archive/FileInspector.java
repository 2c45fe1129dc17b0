package org.officebench.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileInspection.Refusal;
import org.officebench.archive.FileInspection.RefusalKind;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Looks at one file before it is filed: its format by content (magic bytes, zip entries, OLE2 streams), its page
 * count where the format says it, the encoding of a text file, or why it cannot be filed.
 * <p>
 * Every inspection runs on its own daemon thread with a time limit, so that one bad file cannot hang a batch. PDFs are
 * opened with a temp-file-only stream cache (a huge file does not fill the heap); zip containers are scanned
 * entry by entry against POI's {@link ZipSecureFile} limits before POI opens them, so a zip bomb is refused by
 * measurement, not by the text of an exception.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class FileInspector {

	/** 2 GiB. */
	public static final long DEFAULT_MAX_SIZE = 2L * 1024 * 1024 * 1024;
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

	private static final int HEAD = 8192;
	private static final int TEXT_SAMPLE = 64 * 1024;
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	private static final AtomicInteger THREADS = new AtomicInteger();
	private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "OfficeBench file inspection " + THREADS.incrementAndGet()); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	private final long maxSize;
	private final Duration timeout;

	public FileInspector() {
		this(DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT);
	}

	private FileInspector(long maxSize, Duration timeout) {
		if (maxSize < 1 || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException(maxSize + " " + timeout); //$NON-NLS-1$
		}
		this.maxSize = maxSize;
		this.timeout = timeout;
	}

	/** The same inspector with another size limit (bytes). */
	public FileInspector withMaxSize(long bytes) {
		return new FileInspector(bytes, timeout);
	}

	/** The same inspector with another time limit per file. */
	public FileInspector withTimeout(Duration limit) {
		return new FileInspector(maxSize, Objects.requireNonNull(limit));
	}

	public long maxSize() {
		return maxSize;
	}

	public Duration timeout() {
		return timeout;
	}

	/** Inspects a file within the time limit; never throws for a bad file, it gives a refusal instead. */
	public FileInspection inspect(Path file) {
		String name = String.valueOf(file.getFileName());
		Future<FileInspection> future = EXECUTOR.submit(() -> inspectNow(file));
		try {
			return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			future.cancel(true);
			return refused(file, -1, FileFormat.OTHER, RefusalKind.TIMEOUT,
					NLS.bind(Messages.Inspect_timeout, name, Long.toString(timeout.toSeconds())));
		} catch (InterruptedException e) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			return refused(file, -1, FileFormat.OTHER, RefusalKind.TIMEOUT,
					NLS.bind(Messages.Inspect_timeout, name, Long.toString(timeout.toSeconds())));
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return refused(file, -1, FileFormat.OTHER, RefusalKind.UNREADABLE,
					NLS.bind(Messages.Inspect_unreadable, name, org.officebench.core.LoadProblem.withoutStop(String.valueOf(cause))));
		}
	}

	private FileInspection inspectNow(Path file) {
		String name = String.valueOf(file.getFileName());
		long size;
		byte[] head;
		try {
			size = Files.size(file);
			if (size == 0) {
				return refused(file, 0, FileFormat.OTHER, RefusalKind.EMPTY, NLS.bind(Messages.Inspect_empty, name));
			}
			if (size > maxSize) {
				return refused(file, size, FileFormat.OTHER, RefusalKind.TOO_LARGE,
						NLS.bind(Messages.Inspect_tooLarge, new Object[] { name, bytes(size), bytes(maxSize) }));
			}
			try (InputStream in = Files.newInputStream(file)) {
				head = in.readNBytes(HEAD);
			}
		} catch (NoSuchFileException e) {
			return refused(file, -1, FileFormat.OTHER, RefusalKind.UNREADABLE,
					NLS.bind(Messages.Inspect_unreadable, name, org.officebench.core.LoadProblem.withoutStop(String.valueOf(e.getMessage()))));
		} catch (IOException e) {
			return refused(file, -1, FileFormat.OTHER, RefusalKind.UNREADABLE,
					NLS.bind(Messages.Inspect_unreadable, name, org.officebench.core.LoadProblem.withoutStop(String.valueOf(e.getMessage()))));
		}
		if (isPdf(head)) {
			return pdf(file, size);
		}
		if (startsWith(head, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
			return zip(file, size);
		}
		if (startsWith(head, OLE2)) {
			return ole2(file, size);
		}
		if (startsWith(head, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')) {
			return new FileInspection(file, size, FileFormat.PNG, 1, null, null);
		}
		if (startsWith(head, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return new FileInspection(file, size, FileFormat.JPEG, 1, null, null);
		}
		if (startsWith(head, (byte) 'I', (byte) 'I', (byte) 42, (byte) 0) || startsWith(head, (byte) 'M', (byte) 'M', (byte) 0, (byte) 42)) {
			return new FileInspection(file, size, FileFormat.TIFF, 1, null, null);
		}
		return text(file, size);
	}

	// ------------------------------------------------------------------------------------------------- PDF

	private static boolean isPdf(byte[] head) {
		byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
		for (int i = 0; i + magic.length <= Math.min(head.length, 1024); i++) {
			if (Arrays.equals(head, i, i + magic.length, magic, 0, magic.length)) {
				return true;
			}
		}
		return false;
	}

	private static FileInspection pdf(Path file, long size) {
		String name = String.valueOf(file.getFileName());
		try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			return new FileInspection(file, size, FileFormat.PDF, document.getNumberOfPages(), null, null);
		} catch (InvalidPasswordException e) {
			return refused(file, size, FileFormat.PDF, RefusalKind.ENCRYPTED, NLS.bind(Messages.Inspect_encrypted, name));
		} catch (IOException | RuntimeException e) {
			return refused(file, size, FileFormat.PDF, RefusalKind.CORRUPT,
					NLS.bind(Messages.Inspect_corrupt, name, FileFormat.PDF));
		}
	}

	// ------------------------------------------------------------------------------------------------- zip (OOXML, OFD)

	private static final class ZipBomb extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private static final class Counting extends FilterInputStream {
		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count += n;
			}
			return n;
		}
	}

	private static FileInspection zip(Path file, long size) {
		String name = String.valueOf(file.getFileName());
		Set<String> entries = new HashSet<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				entries.add(e.nextElement().getName());
			}
		} catch (IOException | RuntimeException e) {
			FileFormat guess = byExtension(name);
			return refused(file, size, guess, RefusalKind.CORRUPT, NLS.bind(Messages.Inspect_corrupt, name, guess));
		}
		FileFormat format;
		if (entries.contains("[Content_Types].xml") && entries.contains("word/document.xml")) { //$NON-NLS-1$ //$NON-NLS-2$
			format = FileFormat.DOCX;
		} else if (entries.contains("[Content_Types].xml") && entries.contains("xl/workbook.xml")) { //$NON-NLS-1$ //$NON-NLS-2$
			format = FileFormat.XLSX;
		} else if (entries.contains("OFD.xml")) { //$NON-NLS-1$
			format = FileFormat.OFD;
		} else {
			format = FileFormat.OTHER;
		}
		try {
			scanZip(file, entries.size());
		} catch (ZipBomb e) {
			return refused(file, size, format, RefusalKind.ZIP_BOMB, NLS.bind(Messages.Inspect_zipBomb, name,
					Double.toString(ZipSecureFile.getMinInflateRatio())));
		} catch (IOException | RuntimeException e) {
			return refused(file, size, format, RefusalKind.CORRUPT, NLS.bind(Messages.Inspect_corrupt, name, format));
		}
		if (format != FileFormat.DOCX && format != FileFormat.XLSX) {
			return new FileInspection(file, size, format, -1, null, null);
		}
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			int pages = -1;
			POIXMLProperties properties = new POIXMLProperties(pkg);
			if (format == FileFormat.DOCX) {
				CTProperties app = properties.getExtendedProperties().getUnderlyingProperties();
				pages = app != null && app.isSetPages() ? app.getPages() : -1;
			}
			return new FileInspection(file, size, format, pages, null, null);
		} catch (EncryptedDocumentException e) {
			return refused(file, size, format, RefusalKind.ENCRYPTED, NLS.bind(Messages.Inspect_encrypted, name));
		} catch (Exception e) { // IOException, InvalidFormatException, POIXMLException, OpenXML4JRuntimeException, XmlException
			return refused(file, size, format, RefusalKind.CORRUPT, NLS.bind(Messages.Inspect_corrupt, name, format));
		}
	}

	/**
	 * Inflates every entry (checking its CRC) and measures it against POI's limits: the maximum entry size, the maximum
	 * number of entries, and the minimum ratio of compressed to inflated bytes above the grace size.
	 */
	private static void scanZip(Path file, int entryCount) throws IOException, ZipBomb {
		if (entryCount > ZipSecureFile.getMaxFileCount()) {
			throw new ZipBomb();
		}
		double minRatio = ZipSecureFile.getMinInflateRatio();
		long maxEntry = ZipSecureFile.getMaxEntrySize();
		long grace = ZipSecureFile.getGraceEntrySize();
		byte[] buffer = new byte[64 * 1024];
		try (Counting raw = new Counting(Files.newInputStream(file)); ZipInputStream zip = new ZipInputStream(raw)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				long rawStart = raw.count;
				long inflated = 0;
				for (int n; (n = zip.read(buffer)) > 0;) {
					inflated += n;
					if (inflated > maxEntry) {
						throw new ZipBomb();
					}
					if (inflated > grace && (double) (raw.count - rawStart) / inflated < minRatio) {
						throw new ZipBomb();
					}
					if (Thread.currentThread().isInterrupted()) {
						throw new IOException("interrupted"); //$NON-NLS-1$
					}
				}
			}
		}
	}

	// ------------------------------------------------------------------------------------------------- OLE2 (DOC, XLS)

	private static FileInspection ole2(Path file, long size) {
		String name = String.valueOf(file.getFileName());
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry("EncryptedPackage")) { //$NON-NLS-1$ an OOXML file with a password
				return refused(file, size, byExtension(name), RefusalKind.ENCRYPTED, NLS.bind(Messages.Inspect_encrypted, name));
			}
			if (root.hasEntry("WordDocument")) { //$NON-NLS-1$
				return new FileInspection(file, size, FileFormat.DOC, -1, null, null);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) { //$NON-NLS-1$ //$NON-NLS-2$
				return new FileInspection(file, size, FileFormat.XLS, -1, null, null);
			}
			return new FileInspection(file, size, FileFormat.OTHER, -1, null, null);
		} catch (IOException | RuntimeException e) {
			FileFormat guess = byExtension(name);
			return refused(file, size, guess, RefusalKind.CORRUPT, NLS.bind(Messages.Inspect_corrupt, name, guess));
		}
	}

	// ------------------------------------------------------------------------------------------------- text

	private static FileInspection text(Path file, long size) {
		byte[] sample;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(TEXT_SAMPLE);
		} catch (IOException e) {
			return refused(file, size, FileFormat.OTHER, RefusalKind.UNREADABLE,
					NLS.bind(Messages.Inspect_unreadable, String.valueOf(file.getFileName()), org.officebench.core.LoadProblem.withoutStop(String.valueOf(e.getMessage()))));
		}
		boolean ascii = true;
		int control = 0;
		for (byte b : sample) {
			if (b == 0) {
				return new FileInspection(file, size, FileFormat.OTHER, -1, null, null);
			}
			if (b < 0) {
				ascii = false;
			} else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
				control++;
			}
		}
		if (control > sample.length / 100 + 1) {
			return new FileInspection(file, size, FileFormat.OTHER, -1, null, null);
		}
		if (ascii || startsWith(sample, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) {
			return new FileInspection(file, size, FileFormat.TXT, -1, "UTF-8", null); //$NON-NLS-1$
		}
		CharsetDetector detector = new CharsetDetector();
		detector.setText(sample);
		CharsetMatch match = detector.detect();
		if (match == null || match.getConfidence() < 10) {
			return new FileInspection(file, size, FileFormat.OTHER, -1, null, null);
		}
		return new FileInspection(file, size, FileFormat.TXT, -1, match.getName(), null);
	}

	// ------------------------------------------------------------------------------------------------- helpers

	private static FileFormat byExtension(String name) {
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT); //$NON-NLS-1$
		for (FileFormat format : FileFormat.values()) {
			if (format.name().equals(extension)) {
				return format;
			}
		}
		return FileFormat.OTHER;
	}

	private static boolean startsWith(byte[] data, byte... prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static FileInspection refused(Path file, long size, FileFormat format, RefusalKind kind, String message) {
		return new FileInspection(file, size, format, -1, null, new Refusal(kind, message));
	}

	/** A size for the user: 2 GiB, 300 MiB, 12 KiB, 5 bytes. */
	static String bytes(long size) {
		String[] units = { "bytes", "KiB", "MiB", "GiB", "TiB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		double value = size;
		int unit = 0;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value); //$NON-NLS-1$
		return number + ' ' + units[unit];
	}
}
