package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.tests.support.SeparateJvm;
import org.officebench.tests.support.SeparateJvm.Result;

/**
 * {@code officebench help} is answered before anything heavy loads: no class of Lucene, POI or PDFBox, seen through
 * the JVM's own class-loading log of a separate JVM running the command line as the script does.
 */
class HelpClassLoadingTest {

	/** A line of -Xlog:class+load for a class of one of the big libraries. */
	private static final Pattern LIBRARY = Pattern.compile("\\] (org\\.apache\\.(lucene|poi|pdfbox)\\.\\S+)");

	@TempDir
	Path temp;

	@Test
	void helpLoadsNoLuceneNoPoiNoPdfBox() throws Exception {
		Path work = Files.createTempDirectory(temp, "help");
		// The log goes to a file in the JVM's working folder (work), not to stdout where the usage is printed.
		Result help = SeparateJvm.runApplication("org.officebench.cli.app", work,
				Map.of("LC_ALL", "C.UTF-8", "JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=classes.txt"),
				"-nl", "en", "help");
		assertEquals(0, help.exitCode(), help.err());
		assertTrue(help.out().contains("Usage: officebench"), help.out());
		List<String> loaded = Files.readAllLines(work.resolve("classes.txt"), StandardCharsets.UTF_8);
		// The log is the real one: it has the command line's own classes.
		assertTrue(loaded.stream().anyMatch(line -> line.contains("] org.officebench.cli.CliApplication ")),
				"no class-loading log of the command line: " + loaded.size() + " lines");
		List<String> libraries = loaded.stream().map(LIBRARY::matcher).filter(m -> m.find()).map(m -> m.group(1)).toList();
		assertEquals(List.of(), libraries, "help loaded classes of Lucene, POI or PDFBox");
	}
}
