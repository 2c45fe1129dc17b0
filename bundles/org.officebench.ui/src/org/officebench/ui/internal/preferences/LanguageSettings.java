package org.officebench.ui.internal.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code ${user.home}/.officebench/settings.properties}, read by the start script: {@code language=zh_CN},
 * {@code zh_TW} or {@code en} becomes the launcher's {@code -nl}.
 */
public final class LanguageSettings {

	public static final String KEY = "language"; //$NON-NLS-1$
	public static final String SIMPLIFIED = "zh_CN"; //$NON-NLS-1$
	public static final String TRADITIONAL = "zh_TW"; //$NON-NLS-1$
	public static final String ENGLISH = "en"; //$NON-NLS-1$

	private final Path file;

	public LanguageSettings(Path file) {
		this.file = file;
	}

	/** The settings file of the current user. */
	public static LanguageSettings ofUser() {
		return new LanguageSettings(Path.of(System.getProperty("user.home"), ".officebench", "settings.properties")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public Path file() {
		return file;
	}

	/** The language written in the file, or else the one the workbench runs in now (zh_CN, zh_TW or en). */
	public String language(String currentNl) throws IOException {
		String stored = load().getProperty(KEY);
		if (stored != null && (stored.equals(SIMPLIFIED) || stored.equals(TRADITIONAL) || stored.equals(ENGLISH))) {
			return stored;
		}
		return normalize(currentNl);
	}

	/** zh_TW, zh_HK and zh_Hant become zh_TW; other Chinese zh_CN; everything else en. */
	public static String normalize(String nl) {
		if (nl == null) {
			return SIMPLIFIED;
		}
		String value = nl.replace('-', '_');
		if (value.startsWith("zh")) { //$NON-NLS-1$
			return value.contains("TW") || value.contains("HK") || value.contains("MO") || value.contains("Hant") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					? TRADITIONAL
					: SIMPLIFIED;
		}
		return value.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : SIMPLIFIED; //$NON-NLS-1$
	}

	/** Writes {@code language=…}, keeping whatever else the file holds. */
	public void setLanguage(String language) throws IOException {
		Properties properties = load();
		properties.setProperty(KEY, language);
		Files.createDirectories(file.getParent());
		Path temp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(temp)) {
			properties.store(out, "OfficeBench settings (language: zh_CN, zh_TW or en; read at start)"); //$NON-NLS-1$
		}
		try {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Properties load() throws IOException {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				properties.load(in);
			}
		}
		return properties;
	}
}
