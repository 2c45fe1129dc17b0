package org.officebench.core.internal;

import java.nio.file.Path;

/**
 * For tests: tells a listener which thread reads a document's file or puts a written file in place, so that a
 * workbench test can check that no disk I/O happens on the UI thread. No listener is set in the product.
 */
public final class FileAccessTrace {

	/** What was done to a file. */
	public enum Access {
		/** A document was read from the file. */
		READ,
		/** A written file was moved into place. */
		WRITE
	}

	/** Told of each access, on the thread that makes it. */
	@FunctionalInterface
	public interface Listener {
		void accessed(Access access, Path file, Thread thread);
	}

	private static volatile Listener listener;

	private FileAccessTrace() {
	}

	/** Sets (or with {@code null} removes) the one listener. */
	public static void setListener(Listener newListener) {
		listener = newListener;
	}

	static void record(Access access, Path file) {
		Listener current = listener;
		if (current != null) {
			current.accessed(access, file, Thread.currentThread());
		}
	}
}
