package org.officebench.tests.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs an Eclipse application in a new JVM, on a new Equinox framework made of the bundles of the running
 * test runtime (less the test bundles). This is how the product runs it too: nothing is shared with the
 * test's own JVM.
 */
public final class SeparateJvm {

	public record Result(int exitCode, String out, String err) {
	}

	private SeparateJvm() {
	}

	public static Result runApplication(String application, Path workDir, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		Bundle self = FrameworkUtil.getBundle(SeparateJvm.class);
		if (self.getBundleContext() == null) {
			try {
				self.start(Bundle.START_TRANSIENT);
			} catch (org.osgi.framework.BundleException e) {
				throw new IOException(e);
			}
		}
		BundleContext context = self.getBundleContext();
		StringBuilder bundles = new StringBuilder();
		String launcher = null;
		for (Bundle bundle : context.getBundles()) {
			String name = bundle.getSymbolicName();
			if ("org.eclipse.equinox.launcher".equals(name)) { //$NON-NLS-1$
				launcher = fileUrl(bundle);
			}
			if (bundle.getBundleId() == 0 || name == null || name.endsWith(".tests") || name.startsWith("org.eclipse.tycho") //$NON-NLS-1$ //$NON-NLS-2$
					|| name.equals("org.officebench.tests.support") || name.startsWith("org.eclipse.equinox.launcher") //$NON-NLS-1$ //$NON-NLS-2$
					|| name.startsWith("org.apache.maven") || name.startsWith("org.junit") || name.startsWith("junit-")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			if (bundles.length() > 0) {
				bundles.append(',');
			}
			bundles.append("reference:").append(fileUrl(bundle)); //$NON-NLS-1$
			if (name.equals("org.apache.felix.scr") || name.equals("org.eclipse.equinox.common")) { //$NON-NLS-1$ //$NON-NLS-2$
				bundles.append("@2:start"); //$NON-NLS-1$
			} else if (name.equals("org.eclipse.core.runtime")) { //$NON-NLS-1$
				bundles.append("@start"); //$NON-NLS-1$
			}
		}
		Path configuration = Files.createTempDirectory(workDir, "config"); //$NON-NLS-1$
		String ini = "osgi.bundles=" + bundles.toString().replace("\\", "/") + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ "osgi.bundles.defaultStartLevel=4\n" //$NON-NLS-1$
				+ "eclipse.ignoreApp=false\nosgi.noShutdown=false\n"; //$NON-NLS-1$
		Files.writeString(configuration.resolve("config.ini"), ini, StandardCharsets.ISO_8859_1); //$NON-NLS-1$
		String java = ProcessHandle.current().info().command().orElse("java"); //$NON-NLS-1$
		if (launcher == null) {
			throw new IOException("org.eclipse.equinox.launcher is not in the test runtime; require it in the test fragment"); //$NON-NLS-1$
		}
		// The Equinox launcher, as the product's script uses it: unlike EclipseStarter.main it exits with the
		// application's result even when framework threads linger.
		String framework = new File(codeSource(Bundle.class)).toURI().toString();
		List<String> command = new ArrayList<>(List.of(java, "-Dosgi.framework=" + framework, "-jar", //$NON-NLS-1$ //$NON-NLS-2$
				new File(URI.create(launcher)).getPath(), "-install", workDir.toUri().toString(), //$NON-NLS-1$
				"-configuration", configuration.toUri().toString(), "-data", "@none", "-application", application)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
		builder.environment().putAll(env);
		Path out = workDir.resolve("stdout.txt"); //$NON-NLS-1$
		Path err = workDir.resolve("stderr.txt"); //$NON-NLS-1$
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("the separate JVM did not finish in 60 s: " + command); //$NON-NLS-1$
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Where a bundle lives on disk, as a file URL. */
	private static String fileUrl(Bundle bundle) throws IOException {
		File file = FileLocator.getBundleFileLocation(bundle)
				.orElseThrow(() -> new IOException("bundle " + bundle.getSymbolicName() + " is not a file: " + bundle.getLocation())); //$NON-NLS-1$ //$NON-NLS-2$
		return file.getAbsoluteFile().toURI().toString();
	}

	/** The jar, or the root folder of the class files, that a class was loaded from: a plain class path entry. */
	public static String codeSource(Class<?> type) throws IOException {
		try {
			File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (location.isFile()) {
				return location.getAbsolutePath();
			}
			// A bundle in a reactor folder: its classes are wherever its build put them, so ask for the class file.
			URL classFile = FileLocator.toFileURL(type.getResource(type.getSimpleName() + ".class")); //$NON-NLS-1$
			Path root = Path.of(classFile.toURI());
			for (int depth = type.getPackageName().split("\\.").length; depth >= 0; depth--) { //$NON-NLS-1$
				root = root.getParent();
			}
			return root.toString();
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}
}
