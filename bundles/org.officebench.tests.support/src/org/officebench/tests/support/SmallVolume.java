package org.officebench.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real small disk for the tests of a full disk: a tmpfs of a given size mounted on a folder. Mounting needs root,
 * as on CI; where it cannot be had, the test is skipped and says why.
 */
public final class SmallVolume implements AutoCloseable {

	private final Path path;

	private SmallVolume(Path path) {
		this.path = path;
	}

	/** @param size as mount takes it, e.g. {@code 2m} */
	public static SmallVolume mount(Path folder, String size) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		boolean mounted = false;
		String why;
		try {
			Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					.redirectErrorStream(true).start();
			boolean done = mount.waitFor(30, TimeUnit.SECONDS);
			String output = new String(mount.getInputStream().readAllBytes()).trim();
			mounted = done && mount.exitValue() == 0;
			why = done ? "mount exited with " + mount.exitValue() + ": " + output : "mount did not finish"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException e) {
			why = "mount could not be run: " + e.getMessage(); //$NON-NLS-1$
		}
		Assumptions.assumeTrue(mounted, "A small tmpfs volume could not be mounted (" + why //$NON-NLS-1$
				+ "); this test needs root (as on CI) to fill a real disk. Skipped here."); //$NON-NLS-1$
		return new SmallVolume(folder);
	}

	public Path path() {
		return path;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		new ProcessBuilder("umount", path.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS); //$NON-NLS-1$
	}
}
