package org.officebench.archive.print;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Writing an export safely: into a temporary file next to the target, moved over it only when complete. */
final class Exports {

	private Exports() {
	}

	static Path tempFileFor(Path file) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		if (dir != null && !Files.isDirectory(dir)) {
			Files.createDirectories(dir);
		}
		return Files.createTempFile(dir, "." + file.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static void replace(Path temp, Path file) throws IOException {
		try {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Saves the document to the file through a temporary file. */
	static void save(PDDocument document, Path file) throws IOException {
		Path temp = tempFileFor(file);
		try {
			document.save(temp.toFile());
			replace(temp, file);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
