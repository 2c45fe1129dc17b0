package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.RepositoryService;

/** An error nobody foresaw: a non-zero exit, one line saying what happened and where the log is, and the log. */
class CliUncaughtErrorTest {

	@TempDir
	Path temp;

	@Test
	void anUncaughtErrorExitsOneWithAMessageAndALogFile() throws Exception {
		RepositoryService broken = (RepositoryService) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { RepositoryService.class }, (proxy, method, args) -> {
					throw new IllegalStateException("the disk controller caught fire");
				});
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Path logs = temp.resolve("logs");
		System.setProperty(CliLog.FOLDER_PROPERTY, logs.toString());
		int exit;
		try {
			exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), broken)
					.run(new String[] { "--repo", temp.resolve("repo").toString(), "import", "--fonds", "Z109", temp.toString() });
		} finally {
			System.clearProperty(CliLog.FOLDER_PROPERTY);
		}
		String message = err.toString(StandardCharsets.UTF_8);
		assertEquals(Cli.FAILURE, exit, message);
		assertEquals(1, message.strip().lines().count(), "one line, no stack trace: " + message);
		assertTrue(message.contains("the disk controller caught fire"), message);
		List<Path> files;
		try (Stream<Path> list = Files.list(logs)) {
			files = list.toList();
		}
		assertEquals(1, files.size(), files.toString());
		assertTrue(message.contains(files.get(0).toString()), "says where the log is: " + message);
		String log = Files.readString(files.get(0));
		assertTrue(log.contains("IllegalStateException") && log.contains("\tat "), "the log has the stack trace: " + log);
		assertTrue(log.contains("import"), "and the command: " + log);
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("Z109-"), "nothing claimed");
	}
}
