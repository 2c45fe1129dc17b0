package org.officebench.core.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryLockedException;

/**
 * An OS file lock on {@code .officebench.lock}. The holder writes who it is into the file so that a refused
 * process can name it. The OS drops the lock when the process dies, so a crash never leaves it stuck.
 */
final class RepositoryLock implements AutoCloseable {

	static final String FILE_NAME = ".officebench.lock";

	private final FileChannel channel;
	private final FileLock lock;

	private RepositoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static RepositoryLock acquire(Path root, String user) throws RepositoryException {
		Path file = root.resolve(FILE_NAME);
		FileChannel channel;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
		} catch (AccessDeniedException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_readOnly, root));
		} catch (FileSystemException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_cannotWrite, root, e.getReason() != null ? e.getReason() : e.toString()), e);
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_cannotWrite, root, e.toString()), e);
		}
		try {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null; // held by this very process (another window or a test)
			}
			if (lock == null) {
				String holder = readHolder(file);
				channel.close();
				throw new RepositoryLockedException(NLS.bind(Messages.Repository_locked, root, holder), holder);
			}
			String holder = NLS.bind(Messages.Repository_lockHolder,
					new Object[] { user, hostName(), ProcessHandle.current().pid(), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString() });
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(true);
			return new RepositoryLock(channel, lock);
		} catch (IOException e) {
			try {
				channel.close();
			} catch (IOException ignored) {
				// already failing
			}
			throw new RepositoryException(NLS.bind(Messages.Repository_cannotWrite, root, e.toString()), e);
		}
	}

	private static String readHolder(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8).trim();
			return text.isEmpty() ? Messages.Repository_unknownHolder : text;
		} catch (IOException e) {
			return Messages.Repository_unknownHolder;
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return ManagementFactory.getRuntimeMXBean().getName();
		}
	}

	@Override
	public void close() {
		try {
			channel.truncate(0);
			lock.release();
			channel.close();
		} catch (IOException e) {
			// the OS drops the lock with the process anyway
		}
	}
}
