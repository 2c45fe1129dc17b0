package org.officebench.core;

/**
 * A document file that could not be read. The file is left as it is on disk.
 *
 * @param file   relative to the repository root
 * @param line   1-based, or 0 when unknown
 * @param reason what the parser said
 * @param advice what the user can do about it
 */
public record LoadProblem(String file, int line, int column, String reason, String advice) {

	/** One line for a log, a status bar or the CLI. */
	public String describe() {
		return line > 0 ? org.eclipse.osgi.util.NLS.bind(org.officebench.core.internal.Messages.LoadProblem_withLine,
				new Object[] { file, line, withoutStop(reason), advice })
				: org.eclipse.osgi.util.NLS.bind(org.officebench.core.internal.Messages.LoadProblem_noLine,
						new Object[] { file, withoutStop(reason), advice });
	}

	/** A parser's sentence without its closing full stop, for a message that adds its own. */
	public static String withoutStop(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		while (!t.isEmpty() && (t.endsWith(".") || t.endsWith("\u3002"))) { //$NON-NLS-1$ //$NON-NLS-2$
			t = t.substring(0, t.length() - 1).strip();
		}
		return t;
	}
}
