package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.officebench.core.util.Text;

/**
 * Where the command line writes what went wrong unexpectedly: {@code ~/.officebench/logs/cli-YYYYMMDD.log} (or the
 * folder named by {@value #FOLDER_PROPERTY}), a place the user can find; never the throw-away configuration area.
 */
final class CliLog {

	static final String FOLDER_PROPERTY = "officebench.log.dir"; //$NON-NLS-1$

	private CliLog() {
	}

	static Path folder() {
		String folder = System.getProperty(FOLDER_PROPERTY);
		return folder != null && !folder.isBlank() ? Path.of(folder)
				: Path.of(System.getProperty("user.home"), ".officebench", "logs"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Appends the failure with its command line and stack trace; returns the log file, or null when none could be written. */
	static Path write(Throwable failure, String[] args) {
		StringWriter text = new StringWriter();
		try (PrintWriter out = new PrintWriter(text)) {
			out.println(LocalDateTime.now() + " officebench " + Text.oneLine(String.join(" ", args))); //$NON-NLS-1$ //$NON-NLS-2$
			failure.printStackTrace(out);
			out.println();
		}
		String name = "cli-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".log"; //$NON-NLS-1$ //$NON-NLS-2$
		for (Path folder : new Path[] { folder(), Path.of(System.getProperty("java.io.tmpdir"), "officebench-logs") }) { //$NON-NLS-1$ //$NON-NLS-2$
			try {
				Files.createDirectories(folder);
				Path file = folder.resolve(name).toAbsolutePath();
				Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				return file;
			} catch (IOException | RuntimeException e) {
				// try the next place
			}
		}
		return null;
	}

	/**
	 * What POI, PDFBox and the other libraries log (through slf4j-simple, which writes to stderr) goes to
	 * {@code libraries-YYYYMMDD.log} beside the command line's own log: a file the command handles (damaged, hostile,
	 * encrypted) is reported in one line in the user's language, never with a library's stack trace. Set before the
	 * first logger is made; a value already given (-Dorg.slf4j.simpleLogger.logFile) is kept.
	 */
	static void routeLibraryLogging() {
		String property = "org.slf4j.simpleLogger.logFile"; //$NON-NLS-1$
		if (System.getProperty(property) != null) {
			return;
		}
		try {
			Path folder = folder();
			Files.createDirectories(folder);
			System.setProperty(property, folder.resolve("libraries-" //$NON-NLS-1$
					+ LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".log").toAbsolutePath().toString()); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off"); // no place to write: say nothing //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
