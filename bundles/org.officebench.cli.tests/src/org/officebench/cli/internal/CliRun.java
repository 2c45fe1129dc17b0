package org.officebench.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.officebench.tests.support.SeparateJvm;
import org.officebench.tests.support.SeparateJvm.Result;

/** Runs the command line as the officebench script does, in its own JVM and OSGi framework. */
final class CliRun {

	private CliRun() {
	}

	/**
	 * Like the officebench script: the language from LANG as -nl, and a UTF-8 C locale so that Chinese arguments arrive
	 * intact even where no Chinese locale is installed.
	 */
	static Result run(Path temp, String language, String... args) throws Exception {
		Path work = Files.createTempDirectory(temp, "run");
		String[] all = new String[args.length + 2];
		all[0] = "-nl";
		all[1] = language;
		System.arraycopy(args, 0, all, 2, args.length);
		return SeparateJvm.runApplication("org.officebench.cli.app", work, Map.of("LC_ALL", "C.UTF-8"), all);
	}
}
