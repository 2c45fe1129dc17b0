package org.officebench.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.LoadProblem;
import org.officebench.core.Repository;

/**
 * A catalogue file that cannot be read is never taken for an absent catalogue: filing, numbering, listing and checking
 * a 全宗 stop while a catalogue that may be that 全宗's cannot be read, or another catalogue would be created and 档号
 * issued again. The 全宗 of an unreadable file is taken from its root element when that much is still there; when it
 * is not, the file blocks every 全宗.
 */
public final class UnreadableCatalogues {

	private static final Pattern FONDS = Pattern.compile("\\bfondsCode\\s*=\\s*[\"']([^\"'<>]*)[\"']"); //$NON-NLS-1$
	private static final int HEAD = 64 * 1024;

	private UnreadableCatalogues() {
	}

	/**
	 * Lists the repository's documents and throws for the first archive catalogue file that could not be read and
	 * may belong to {@code fonds}.
	 *
	 * @param fonds 全宗号 (case ignored), or null for every 全宗
	 * @throws DocumentLoadException naming the file, why it cannot be read, and that the 全宗 waits for it
	 */
	public static void check(Repository repository, String fonds) throws DocumentLoadException {
		repository.documents();
		String folder = "documents/" + DocumentKind.ARCHIVE.folder() + "/"; //$NON-NLS-1$ //$NON-NLS-2$
		for (LoadProblem problem : repository.problems()) {
			if (problem.file() == null || !problem.file().replace('\\', '/').startsWith(folder)) {
				continue;
			}
			String of = fondsOf(repository.root().resolve(problem.file()));
			if (fonds != null && of != null && !of.equalsIgnoreCase(fonds.strip())) {
				continue;
			}
			String reason = of == null ? NLS.bind(Messages.Catalogue_unreadableAll, LoadProblem.withoutStop(problem.reason()))
					: NLS.bind(Messages.Catalogue_unreadable, of, LoadProblem.withoutStop(problem.reason()));
			throw new DocumentLoadException(new LoadProblem(problem.file(), problem.line(), problem.column(), reason,
					Messages.Catalogue_unreadableAdvice), null);
		}
	}

	/** The 全宗号 written on the file's root element, or null when it cannot be found. */
	static String fondsOf(Path file) {
		if (file.getFileName() == null || !file.getFileName().toString().endsWith(".xmi")) { //$NON-NLS-1$
			return null;
		}
		try (InputStream in = Files.newInputStream(file)) {
			String head = new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
			int root = head.indexOf("ArchiveCatalogue"); //$NON-NLS-1$
			int end = root < 0 ? -1 : head.indexOf('>', root);
			if (end < 0) {
				return null;
			}
			Matcher matcher = FONDS.matcher(head.substring(root, end));
			return matcher.find() && !matcher.group(1).isBlank() ? matcher.group(1).strip() : null;
		} catch (IOException e) {
			return null;
		}
	}
}
