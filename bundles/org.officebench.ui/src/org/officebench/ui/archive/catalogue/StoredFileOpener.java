package org.officebench.ui.archive.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveItem;
import org.officebench.model.StoredFile;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;

/** Opens an item's stored file: copies it out of the content store into a temp folder, then hands it to the system. */
final class StoredFileOpener {

	private StoredFileOpener() {
	}

	/** @return the copy handed to the system, or null when there was nothing to open */
	static Path open(Shell shell, Repository repository, ArchiveItem item) {
		if (item.getFiles().isEmpty()) {
			Dialogs.info(shell, Messages.Open_title, NLS.bind(Messages.Open_noFile, item.getArchivalCode()));
			return null;
		}
		StoredFile stored = item.getFiles().get(0);
		String name = safeName(stored.getFileName(), stored.getSha256());
		try {
			if (stored.getSha256() == null || !repository.contentStore().contains(stored.getSha256())) {
				Dialogs.error(shell, Messages.Open_title, NLS.bind(Messages.Open_missing, name));
				return null;
			}
			// A folder per content, so two items with the same file name never overwrite each other's copy.
			Path folder = Path.of(System.getProperty("java.io.tmpdir"), "officebench-open", stored.getSha256().substring(0, 16)); //$NON-NLS-1$ //$NON-NLS-2$
			Files.createDirectories(folder);
			Path copy = folder.resolve(name);
			try (InputStream in = repository.contentStore().open(stored.getSha256())) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			copy.toFile().setReadOnly(); // the archived original is not edited through its copy
			if (!Program.launch(copy.toString())) {
				Dialogs.info(shell, Messages.Open_title, NLS.bind(Messages.Open_noProgram, name, copy));
			}
			return copy;
		} catch (IOException | RuntimeException e) {
			OfficeBenchUI.log("Cannot open " + name, e); //$NON-NLS-1$
			Dialogs.error(shell, Messages.Open_title, NLS.bind(Messages.Open_failed, name, e.getMessage()));
			return null;
		}
	}

	private static String safeName(String fileName, String sha256) {
		String name = fileName == null || fileName.isBlank() ? String.valueOf(sha256) : fileName;
		return name.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
