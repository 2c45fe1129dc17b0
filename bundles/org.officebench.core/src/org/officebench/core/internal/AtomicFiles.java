package org.officebench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes that a crash cannot leave half done: write a temp file beside the target, fsync it, rename it over
 * the target, fsync the folder. A crash leaves the old file or the new one, and at worst a temp file that
 * {@link #cleanTempFiles(Path)} removes later.
 */
public final class AtomicFiles {

	/** Temp files start with '.' and end with this, so listings skip them. */
	public static final String TEMP_SUFFIX = ".obtmp";

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path temp = tempFileFor(target);
		try {
			try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
			moveIntoPlace(temp, target);
		} catch (IOException e) {
			throw DiskFull.check(target, e);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Something that writes a file's content; {@link #write(Path, ContentWriter)} makes it atomic. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(java.io.OutputStream out) throws IOException;
	}

	/** Like {@link #write(Path, byte[])} for content too big to hold in memory twice. */
	public static void write(Path target, ContentWriter content) throws IOException {
		Path temp = tempFileFor(target);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					java.io.OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			moveIntoPlace(temp, target);
		} catch (IOException e) {
			throw DiskFull.check(target, e);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Streams {@code content} into a temp file beside {@code target}; the caller moves or deletes it. */
	public static Path writeTemp(Path target, InputStream content) throws IOException {
		Path temp = tempFileFor(target);
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			byte[] chunk = new byte[64 * 1024];
			int n;
			while ((n = content.read(chunk)) > 0) {
				ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
			}
			out.force(true);
		} catch (IOException e) {
			IOException reported = DiskFull.check(target, e);
			Files.deleteIfExists(temp);
			throw reported;
		} catch (RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		return temp;
	}

	public static void moveIntoPlace(Path temp, Path target) throws IOException {
		FileAccessTrace.record(FileAccessTrace.Access.WRITE, target);
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
		syncFolder(target.getParent());
	}

	public static boolean isTempFile(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
	}

	/** Removes temp files a crash left in {@code folder}. @return how many */
	public static int cleanTempFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		int removed = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TEMP_SUFFIX)) {
			for (Path file : files) {
				if (isTempFile(file) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		return removed;
	}

	private static Path tempFileFor(Path target) throws IOException {
		Path folder = target.getParent();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw DiskFull.check(target, e);
		}
		return folder.resolve("." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + TEMP_SUFFIX);
	}

	private static void syncFolder(Path folder) {
		// Makes the rename itself durable; not every file system lets a folder be opened, so this is best effort.
		try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
			dir.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// nothing more can be done portably
		}
	}
}
