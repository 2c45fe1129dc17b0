package org.officebench.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;

/**
 * {@code --repo DIR restore FILE.zip}: a backup made by {@link BackupCommand} back into DIR, which must be empty or
 * absent. Every entry is checked before anything is written (a name that leaves the repository, an entry the
 * manifest does not list, a file it lists that is missing), then written into a temp folder beside DIR with its SHA-256
 * and size checked against the manifest, and the folder renamed to DIR at the end: a refused backup leaves nothing.
 */
final class RestoreCommand {

	private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (\\d+) (.+)"); //$NON-NLS-1$

	/** Why a backup is refused: the message is said as it is. */
	private static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;

	RestoreCommand(PrintStream out, PrintStream err, RepositoryService service) {
		this.out = out;
		this.err = err;
		this.service = service;
	}

	int run(Path repo, Arguments a) throws Cli.UsageException, RepositoryException {
		List<String> rest = a.positionals();
		if (rest.isEmpty()) {
			throw new Cli.UsageException(Messages.Error_restoreNeedsFile);
		}
		a.noMore(1);
		Path backup = Path.of(rest.get(0)).toAbsolutePath().normalize();
		Path target = repo.toAbsolutePath().normalize();
		if (!Files.isRegularFile(backup) || !Files.isReadable(backup)) {
			err.println(NLS.bind(Messages.Restore_cannotRead, backup));
			return Cli.FAILURE;
		}
		try {
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
					err.println(NLS.bind(Messages.Restore_notFolder, target));
					return Cli.FAILURE;
				}
				try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
					if (entries.iterator().hasNext()) {
						err.println(NLS.bind(Messages.Restore_notEmpty, target));
						return Cli.FAILURE;
					}
				}
			}
			Files.createDirectories(target.getParent());
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Restore_failed, target, ExportCommand.reason(e)));
			return Cli.FAILURE;
		}
		Path temp = target.resolveSibling("." + target.getFileName() + ".restore-" + UUID.randomUUID().toString().substring(0, 8)); //$NON-NLS-1$ //$NON-NLS-2$
		int files;
		try {
			files = extract(backup, temp);
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				Files.delete(target); // empty, checked above
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			BackupCommand.syncFolder(target.getParent());
		} catch (Refused e) {
			BackupCommand.deleteQuietly(temp);
			err.println(e.getMessage());
			return Cli.FAILURE;
		} catch (IOException | RuntimeException e) {
			BackupCommand.deleteQuietly(temp);
			err.println(NLS.bind(Messages.Restore_failed, target, ExportCommand.reason(e)));
			return Cli.FAILURE;
		}
		// the folders a repository has even when they were empty (and not in the zip)
		try (Repository repository = service.open(target, Cli.user(), false)) {
			out.println(NLS.bind(Messages.Restore_done, new Object[] { Integer.toString(files), backup, repository.root() }));
		}
		return Cli.OK;
	}

	/** Checks the backup and writes its files under {@code temp}; returns how many. */
	private int extract(Path backup, Path temp) throws Refused, IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(backup.toFile(), StandardCharsets.UTF_8);
		} catch (ZipException e) {
			throw new Refused(NLS.bind(Messages.Restore_notZip, backup, ExportCommand.reason(e)));
		}
		try (zip) {
			Map<String, BackupCommand.Item> manifest = manifest(zip, backup);
			// every name checked before anything is written
			Set<String> seen = new HashSet<>();
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				if (name.equals(BackupCommand.MANIFEST)) {
					continue;
				}
				if (!safe(name)) {
					throw new Refused(NLS.bind(Messages.Restore_unsafeEntry, backup, printable(name)));
				}
				if (!manifest.containsKey(name) || !seen.add(name)) {
					throw new Refused(NLS.bind(Messages.Restore_unlisted, backup, printable(name)));
				}
			}
			for (String path : manifest.keySet()) {
				if (!seen.contains(path)) {
					throw new Refused(NLS.bind(Messages.Restore_missing, backup, printable(path)));
				}
			}
			Files.createDirectory(temp);
			for (BackupCommand.Item item : manifest.values()) {
				Path file = temp.resolve(item.path()).normalize();
				if (!file.startsWith(temp)) {
					throw new Refused(NLS.bind(Messages.Restore_unsafeEntry, backup, printable(item.path())));
				}
				Files.createDirectories(file.getParent());
				MessageDigest digest = BackupCommand.sha256();
				long size = 0;
				try (InputStream in = zip.getInputStream(zip.getEntry(item.path()));
						FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
					byte[] buffer = new byte[64 * 1024];
					for (int n; (n = in.read(buffer)) > 0;) {
						size += n;
						if (size > item.size()) {
							break; // more than the manifest says: refused below, without writing it all
						}
						digest.update(buffer, 0, n);
						java.nio.ByteBuffer chunk = java.nio.ByteBuffer.wrap(buffer, 0, n);
						while (chunk.hasRemaining()) {
							channel.write(chunk);
						}
					}
					channel.force(true);
				} catch (ZipException | java.io.EOFException e) {
					throw new Refused(NLS.bind(Messages.Restore_notZip, backup, ExportCommand.reason(e)));
				}
				String sha256 = HexFormat.of().formatHex(digest.digest());
				if (size != item.size() || !sha256.equals(item.sha256())) {
					throw new Refused(NLS.bind(Messages.Restore_digest, backup, printable(item.path())));
				}
				java.nio.file.attribute.FileTime modified = zip.getEntry(item.path()).getLastModifiedTime();
				if (modified != null) {
					Files.setLastModifiedTime(file, modified);
				}
			}
			return manifest.size();
		}
	}

	/** The manifest's files by path, in order; refused when there is none or it is not one. */
	private static Map<String, BackupCommand.Item> manifest(ZipFile zip, Path backup) throws Refused, IOException {
		ZipEntry entry = zip.getEntry(BackupCommand.MANIFEST);
		if (entry == null) {
			throw new Refused(NLS.bind(Messages.Restore_notBackup, backup, BackupCommand.MANIFEST));
		}
		String text;
		try (InputStream in = zip.getInputStream(entry)) {
			text = new String(in.readNBytes(64 * 1024 * 1024), StandardCharsets.UTF_8);
		} catch (ZipException | java.io.EOFException e) {
			throw new Refused(NLS.bind(Messages.Restore_notZip, backup, ExportCommand.reason(e)));
		}
		if (!text.startsWith(BackupCommand.HEADER + '\n')) {
			throw new Refused(NLS.bind(Messages.Restore_notBackup, backup, BackupCommand.MANIFEST));
		}
		Map<String, BackupCommand.Item> items = new LinkedHashMap<>();
		String[] lines = text.split("\n"); //$NON-NLS-1$
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].startsWith("#") || lines[i].isEmpty()) { //$NON-NLS-1$
				continue;
			}
			Matcher m = LINE.matcher(lines[i]);
			if (!m.matches()) {
				throw new Refused(NLS.bind(Messages.Restore_badManifest, new Object[] { backup, BackupCommand.MANIFEST, Integer.toString(i + 1) }));
			}
			String path = m.group(3);
			if (!safe(path)) {
				throw new Refused(NLS.bind(Messages.Restore_unsafeEntry, backup, printable(path)));
			}
			if (items.put(path, new BackupCommand.Item(m.group(1), Long.parseLong(m.group(2)), path)) != null) {
				throw new Refused(NLS.bind(Messages.Restore_badManifest, new Object[] { backup, BackupCommand.MANIFEST, Integer.toString(i + 1) }));
			}
		}
		if (!items.containsKey("repository.properties")) { //$NON-NLS-1$
			throw new Refused(NLS.bind(Messages.Restore_notBackup, backup, BackupCommand.MANIFEST));
		}
		return items;
	}

	/** A relative name inside one of the repository's parts, with no way out of it. */
	static boolean safe(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":") || name.endsWith("/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return false;
		}
		for (String part : name.split("/", -1)) { //$NON-NLS-1$
			if (part.isEmpty() || part.equals(".") || part.equals("..") || part.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) { //$NON-NLS-1$ //$NON-NLS-2$
				return false;
			}
		}
		String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : name; //$NON-NLS-1$
		return BackupCommand.PARTS.contains(first) && (name.contains("/") != first.equals("repository.properties")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A name as it can be shown on one line of a terminal. */
	private static String printable(String name) {
		StringBuilder s = new StringBuilder();
		name.codePoints().forEach(c -> {
			if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
				s.append(String.format("\\u%04x", c)); //$NON-NLS-1$
			} else {
				s.appendCodePoint(c);
			}
		});
		return s.toString();
	}
}
