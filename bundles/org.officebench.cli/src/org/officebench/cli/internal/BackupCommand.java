package org.officebench.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;

/**
 * {@code backup --out FILE.zip}: a consistent snapshot of the repository while a workbench may be writing to it.
 * <p>
 * The repository is opened for reading (no lock). Each document file is read once, straight into the zip, with its
 * SHA-256 (a save replaces the file by a rename, so an open file is one whole version); then the store, whose files
 * never change once written, so every file the documents name is there; then {@code audit.head} and the audit log up
 * to its last whole line. {@code index/} is left out (derived, rebuilt when missing), {@code trash/} is kept (deleted
 * documents are never erased, and the store files only they name are kept too). The zip is written to a temp file
 * beside {@code FILE.zip}, forced to disk and renamed; its last entry, {@value #MANIFEST}, lists every file with its
 * SHA-256 and size.
 */
final class BackupCommand {

	static final String MANIFEST = "officebench-backup.txt"; //$NON-NLS-1$
	static final String HEADER = "# OfficeBench backup 1"; //$NON-NLS-1$
	/** The parts of a repository a backup holds, relative to its root. */
	static final List<String> PARTS = List.of("repository.properties", "documents", "trash", "store", "audit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}"); //$NON-NLS-1$

	/** One file in the backup. */
	record Item(String sha256, long size, String path) {
		String line() {
			return sha256 + ' ' + size + ' ' + path;
		}
	}

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;

	BackupCommand(PrintStream out, PrintStream err, RepositoryService service) {
		this.out = out;
		this.err = err;
		this.service = service;
	}

	int run(Path repo, Arguments a) throws Cli.UsageException, RepositoryException {
		String outText = a.option("--out"); //$NON-NLS-1$
		a.noMore(0);
		if (outText == null || outText.isBlank()) {
			throw new Cli.UsageException(Messages.Error_backupNeedsOut);
		}
		Path target = Path.of(outText.strip()).toAbsolutePath().normalize();
		if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			throw new Cli.UsageException(NLS.bind(Messages.Error_backupNotZip, outText));
		}
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			err.println(NLS.bind(Messages.Backup_notRegular, target));
			return Cli.FAILURE;
		}
		try (Repository repository = service.openForReading(repo, Cli.user())) {
			Path root = repository.root();
			if (target.startsWith(root)) {
				err.println(NLS.bind(Messages.Backup_insideRepository, target, root));
				return Cli.FAILURE;
			}
			Path temp = target.resolveSibling("." + target.getFileName() + '.' + UUID.randomUUID().toString().substring(0, 8) + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
			List<Item> items;
			long bytes;
			try {
				Files.createDirectories(target.getParent());
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
					ZipOutputStream zip = new ZipOutputStream(java.nio.channels.Channels.newOutputStream(channel), StandardCharsets.UTF_8);
					items = write(root, zip);
					zip.finish();
					zip.flush();
					channel.force(true);
				}
				try {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
				syncFolder(target.getParent());
				bytes = items.stream().mapToLong(Item::size).sum();
			} catch (IOException | RuntimeException e) {
				deleteQuietly(temp);
				err.println(NLS.bind(Messages.Backup_failed, target, ExportCommand.reason(e)));
				return Cli.FAILURE;
			}
			out.println(NLS.bind(Messages.Backup_written, new Object[] { Integer.toString(items.size()), size(bytes), root, target }));
			return Cli.OK;
		}
	}

	/** Writes the parts of the repository and the manifest into the zip; returns what it holds. */
	private List<Item> write(Path root, ZipOutputStream zip) throws IOException {
		List<Item> items = new ArrayList<>();
		add(root, "repository.properties", zip, items, Long.MAX_VALUE); //$NON-NLS-1$
		for (String folder : List.of("documents", "trash", "store")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (String path : files(root, folder)) {
				Item item = add(root, path, zip, items, Long.MAX_VALUE);
				String name = path.substring(path.lastIndexOf('/') + 1);
				if (item != null && path.startsWith("store/") && HEX64.matcher(name).matches() && !name.equals(item.sha256())) { //$NON-NLS-1$
					err.println(NLS.bind(Messages.Backup_damagedStoreFile, path, item.sha256()));
				}
			}
		}
		// the head before the log: the log then holds at least the entries the head names
		add(root, "audit/audit.head", zip, items, Long.MAX_VALUE); //$NON-NLS-1$
		Path log = root.resolve("audit/audit.log"); //$NON-NLS-1$
		if (Files.isRegularFile(log, LinkOption.NOFOLLOW_LINKS)) {
			add(root, "audit/audit.log", zip, items, wholeLines(log)); //$NON-NLS-1$
		}
		StringBuilder manifest = new StringBuilder(HEADER).append('\n');
		manifest.append("# created ").append(Instant.now()).append('\n'); //$NON-NLS-1$
		for (Item item : items) {
			manifest.append(item.line()).append('\n');
		}
		zip.putNextEntry(new ZipEntry(MANIFEST));
		zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		return items;
	}

	/** The regular files under a part of the repository, sorted, without temp files of unfinished writes. */
	private static List<String> files(Path root, String folder) throws IOException {
		Path start = root.resolve(folder);
		if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(start)) {
			return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
					.filter(p -> !p.getFileName().toString().startsWith(".")) //$NON-NLS-1$
					.map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
		}
	}

	/** The length of the log up to and with its last newline: whole entries only. */
	private static long wholeLines(Path log) throws IOException {
		try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
			long size = channel.size();
			java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
			for (long at = size - 1; at >= 0; at--) {
				one.clear();
				channel.read(one, at);
				if (one.get(0) == '\n') {
					return at + 1;
				}
			}
			return 0;
		}
	}

	/** Copies one file (at most {@code limit} bytes) into the zip, once, with its digest; null when it is gone. */
	private static Item add(Path root, String path, ZipOutputStream zip, List<Item> items, long limit) throws IOException {
		Path file = root.resolve(path);
		InputStream in;
		try {
			in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
		} catch (java.nio.file.NoSuchFileException e) {
			return null; // removed meanwhile (a temp file renamed, a document deleted): not part of this snapshot
		}
		MessageDigest digest = sha256();
		long size = 0;
		ZipEntry entry = new ZipEntry(path);
		try {
			// kept, so that a restored store file is not taken for one modified after it was filed
			entry.setLastModifiedTime(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
		} catch (IOException e) {
			// the time of the backup then
		}
		zip.putNextEntry(entry);
		try (in) {
			OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest);
			byte[] buffer = new byte[64 * 1024];
			while (size < limit) {
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - size));
				if (n < 0) {
					break;
				}
				zip.write(buffer, 0, n);
				sink.write(buffer, 0, n);
				size += n;
			}
		}
		zip.closeEntry();
		Item item = new Item(HexFormat.of().formatHex(digest.digest()), size, path);
		items.add(item);
		return item;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)); //$NON-NLS-1$
	}

	static void syncFolder(Path folder) {
		try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
			dir.force(true);
		} catch (IOException e) {
			// best effort: not every file system lets a folder be opened
		}
	}

	static void deleteQuietly(Path path) {
		try {
			if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
				try (Stream<Path> walk = Files.walk(path)) {
					for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(p);
					}
				}
			} else {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// nothing more to do
		}
	}
}
