package org.officebench.ui.internal.app;

import java.nio.file.Path;

/** Where the workbench finds its repository: {@code --repo DIR}, else {@code -Dofficebench.repo}, else ~/OfficeBench. */
public final class RepositoryLocation {

	public static final String ARGUMENT = "--repo"; //$NON-NLS-1$
	public static final String PROPERTY = "officebench.repo"; //$NON-NLS-1$

	private RepositoryLocation() {
	}

	/**
	 * @param args     the application arguments (may be null)
	 * @param property the value of the system property {@value #PROPERTY} (may be null)
	 * @param home     the user's home folder
	 */
	public static Path resolve(String[] args, String property, String home) {
		if (args != null) {
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if ((ARGUMENT.equals(arg) || "-repo".equals(arg)) && i + 1 < args.length && !args[i + 1].isBlank()) { //$NON-NLS-1$
					return absolute(args[i + 1]);
				}
				if (arg.startsWith(ARGUMENT + "=") && arg.length() > ARGUMENT.length() + 1) { //$NON-NLS-1$
					return absolute(arg.substring(ARGUMENT.length() + 1));
				}
			}
		}
		if (property != null && !property.isBlank()) {
			return absolute(property);
		}
		return Path.of(home, "OfficeBench").toAbsolutePath().normalize(); //$NON-NLS-1$
	}

	private static Path absolute(String folder) {
		String name = folder.strip();
		if (name.equals("~") || name.startsWith("~/")) { //$NON-NLS-1$ //$NON-NLS-2$
			name = System.getProperty("user.home") + name.substring(1); //$NON-NLS-1$
		}
		return Path.of(name).toAbsolutePath().normalize();
	}
}
