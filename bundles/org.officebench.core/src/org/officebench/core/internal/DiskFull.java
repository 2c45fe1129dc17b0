package org.officebench.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.DiskFullException;

/** Tells a full disk (ENOSPC) from other write failures, so that the user reads what happened and what to do. */
final class DiskFull {

	/** A folder with less free space than this after a failed write counts as full. */
	private static final long NEARLY_FULL = 4096;

	private DiskFull() {
	}

	/** @return {@code failure} as a {@link DiskFullException} when the disk of {@code target} is full, else itself */
	static IOException check(Path target, IOException failure) {
		if (failure instanceof DiskFullException || !isDiskFull(target, failure)) {
			return failure;
		}
		return new DiskFullException(target, NLS.bind(Messages.Disk_full, target), failure);
	}

	private static boolean isDiskFull(Path target, IOException failure) {
		for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && (message.contains("No space left on device") //$NON-NLS-1$ (Linux, macOS: ENOSPC)
					|| message.contains("ENOSPC") //$NON-NLS-1$
					|| message.contains("not enough space on the disk") //$NON-NLS-1$ (Windows)
					|| message.contains("Disk quota exceeded"))) { //$NON-NLS-1$ (EDQUOT: full for this user)
				return true;
			}
		}
		// The system's message may be in another language: ask the disk itself.
		for (Path folder = target.getParent(); folder != null; folder = folder.getParent()) {
			if (Files.isDirectory(folder)) {
				try {
					return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
				} catch (IOException | RuntimeException e) {
					return false;
				}
			}
		}
		return false;
	}
}
