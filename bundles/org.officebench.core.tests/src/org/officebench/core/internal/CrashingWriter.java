package org.officebench.core.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Run in its own JVM by {@link AtomicFilesTest}: rewrites a file forever until it is killed. */
public final class CrashingWriter {

	private static final int LINES = 20_000;

	public static void main(String[] args) throws Exception {
		Path target = Path.of(args[0]);
		for (long version = 0;; version++) {
			AtomicFiles.write(target, content(version).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** About 600 KB, so that a write takes long enough to be caught in the middle. */
	static String content(long version) {
		StringBuilder out = new StringBuilder("version " + version + "\n");
		for (int i = 0; i < LINES; i++) {
			out.append("第").append(i).append("行 版本").append(version).append('\n');
		}
		return out.append("end ").append(version).append('\n').toString();
	}

	static boolean isWholeVersion(String text) {
		if (!text.startsWith("version ")) {
			return false;
		}
		long version = Long.parseLong(text.substring(8, text.indexOf('\n')));
		return text.equals(content(version));
	}

	private CrashingWriter() {
	}
}
