package org.officebench.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageSettingsTest {

	@TempDir
	Path home;

	@Test
	void writesLanguageAndKeepsOtherSettings() throws Exception {
		Path file = home.resolve(".officebench/settings.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "memory=2g\n");
		LanguageSettings settings = new LanguageSettings(file);
		assertEquals("zh_TW", settings.language("zh_TW"), "nothing stored yet: the running language");
		settings.setLanguage(LanguageSettings.ENGLISH);
		String text = Files.readString(file);
		assertTrue(text.contains("language=en"), text);
		assertTrue(text.contains("memory=2g"), text);
		assertEquals("en", new LanguageSettings(file).language("zh_CN"));
	}

	@Test
	void normalizesLocales() {
		assertEquals("zh_CN", LanguageSettings.normalize("zh"));
		assertEquals("zh_CN", LanguageSettings.normalize("zh_CN"));
		assertEquals("zh_TW", LanguageSettings.normalize("zh_HK"));
		assertEquals("zh_TW", LanguageSettings.normalize("zh-Hant-TW"));
		assertEquals("en", LanguageSettings.normalize("en_US"));
	}
}
