package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.BoxNotes;
import org.officebench.archive.print.BoxSpines;
import org.officebench.archive.print.CatalogueEntry;
import org.officebench.archive.print.CatalogueFilter;
import org.officebench.archive.print.CataloguePdf;
import org.officebench.archive.print.CatalogueXlsx;
import org.officebench.archive.print.CjkFontException;
import org.officebench.archive.print.StampLabels;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.core.util.Text;

/**
 * {@code export catalogue --format xlsx|pdf --out FILE [filters]} and {@code export labels|spines|notes --out FILE.pdf
 * [filters]}: the 归档文件目录, 归档章, 盒脊 and 备考表 of the chosen 件, written to a file.
 */
final class ExportCommand {

	private static final String XLSX = "xlsx"; //$NON-NLS-1$
	private static final String PDF = "pdf"; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;

	ExportCommand(PrintStream out, PrintStream err, RepositoryService service) {
		this.out = out;
		this.err = err;
		this.service = service;
	}

	int run(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, DocumentLoadException {
		String outText = a.option("--out"); //$NON-NLS-1$
		String formatText = a.option("--format"); //$NON-NLS-1$
		CatalogueFilter filter = CatalogueOptions.filter(a);
		BoxNotes.Fields fields = new BoxNotes.Fields(a.option("--note"), a.option("--arranger"), a.option("--arranged"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				a.option("--checker"), a.option("--checked")); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> rest = a.positionals();
		if (rest.isEmpty()) {
			throw new Cli.UsageException(Messages.Error_exportWhat);
		}
		a.noMore(1);
		String what = rest.get(0);
		if (!List.of("catalogue", "labels", "spines", "notes").contains(what)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			throw new Cli.UsageException(NLS.bind(Messages.Error_exportUnknown, what));
		}
		if (outText == null || outText.isBlank()) {
			throw new Cli.UsageException(Messages.Error_exportNeedsOut);
		}
		Path file = Path.of(outText);
		String format = format(what, formatText, file);
		if (!isWritableTarget(file)) {
			err.println(Text.oneLine(NLS.bind(Messages.Error_exportNotRegular, file.toAbsolutePath())));
			return Cli.FAILURE;
		}
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
		try (Repository repository = service.openForReading(repo, Cli.user())) {
			List<CatalogueEntry> entries = filter.select(repository);
			if (entries.isEmpty()) {
				err.println(Messages.Export_nothing);
				return Cli.FAILURE;
			}
			int[] boxes = { 0 };
			try {
				writeAtomically(file, temp -> {
					switch (what) {
					case "catalogue" -> { //$NON-NLS-1$
						if (format.equals(XLSX)) {
							CatalogueXlsx.write(entries, temp);
						} else {
							CataloguePdf.write(entries, temp);
						}
					}
					case "labels" -> StampLabels.write(entries, temp); //$NON-NLS-1$
					case "spines" -> boxes[0] = BoxSpines.write(entries, temp); //$NON-NLS-1$
					default -> boxes[0] = BoxNotes.write(entries, temp, fields);
					}
				});
			} catch (CjkFontException e) {
				err.println(e.getMessage());
				return Cli.FAILURE;
			} catch (IOException | RuntimeException e) {
				// RuntimeException too: PDFBox and POI report some write failures unchecked
				err.println(NLS.bind(Messages.Error_exportWrite, file.toAbsolutePath(), reason(e)));
				return Cli.FAILURE;
			}
			out.println(boxes[0] > 0 ? NLS.bind(Messages.Export_writtenBoxes, new Object[] { file.toAbsolutePath(), entries.size(), boxes[0] })
					: NLS.bind(Messages.Export_written, file.toAbsolutePath(), entries.size()));
		}
		return Cli.OK;
	}

	/** Writes one file given its path. */
	interface Writer {
		void write(Path file) throws IOException;
	}

	/**
	 * Whether an export may go to {@code file}: a new file, or an existing regular one that is replaced. A folder, a
	 * symbolic link, a device or a pipe is never written to or replaced.
	 */
	static boolean isWritableTarget(Path file) {
		return !Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Writes through a temp file beside {@code file}, then renames it over: a reader sees the old file or the new one,
	 * never half of one. The temp file is made by the writer, so it has the permissions of the user's umask.
	 */
	static void writeAtomically(Path file, Writer writer) throws IOException {
		Path target = file.toAbsolutePath();
		String name = target.getFileName().toString();
		Path temp = target.resolveSibling(".officebench-" + Long.toHexString(System.nanoTime()) + "-" + name); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(target.getParent()); // a file in the way says so
		try {
			writer.write(temp);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			// The writers may go through a temp file of their own (0600): give it what a new file of the user gets.
			Path probe = target.resolveSibling(".officebench-" + Long.toHexString(System.nanoTime()) + ".umask"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
				Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(probe));
			} catch (UnsupportedOperationException e) {
				// not a POSIX file system: its own defaults apply
			} finally {
				Files.deleteIfExists(probe);
			}
			if (!isWritableTarget(target)) { // made special meanwhile
				throw new FileAlreadyExistsException(target.toString());
			}
			try {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** The format asked for, else the one the file name ends with. */
	private static String format(String what, String formatText, Path file) throws Cli.UsageException {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		String format = formatText != null ? formatText.toLowerCase(Locale.ROOT)
				: name.endsWith(".xlsx") ? XLSX : name.endsWith(".pdf") ? PDF : null; //$NON-NLS-1$ //$NON-NLS-2$
		if (what.equals("catalogue")) { //$NON-NLS-1$
			if (format == null || !(format.equals(XLSX) || format.equals(PDF))) {
				throw new Cli.UsageException(NLS.bind(Messages.Error_exportFormat, formatText == null ? name : formatText));
			}
			return format;
		}
		if (formatText != null && !format.equals(PDF)) {
			throw new Cli.UsageException(NLS.bind(Messages.Error_exportPdfOnly, what, formatText));
		}
		return PDF;
	}

	/** Why writing failed, for people: the usual file system refusals said plainly. */
	static String reason(Throwable e) {
		if (e instanceof AccessDeniedException denied) {
			return NLS.bind(Messages.Error_exportDenied, denied.getFile());
		}
		if (e instanceof NoSuchFileException missing) {
			return NLS.bind(Messages.Error_exportNoFolder, missing.getFile());
		}
		if (e instanceof FileAlreadyExistsException inTheWay) {
			return NLS.bind(Messages.Error_exportNotFolder, inTheWay.getFile());
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

}
