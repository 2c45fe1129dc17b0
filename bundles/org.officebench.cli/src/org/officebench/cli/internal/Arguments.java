package org.officebench.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * The words after {@code officebench}: options ({@code --name value}), flags ({@code --name}) and
 * positionals, the first positional being the command. Anything left unread is an error, so a mistyped
 * option is never silently ignored.
 */
final class Arguments {

	private static final List<String> WITH_VALUE = List.of("--repo", "--kind", "--title", "--number", "--fonds", "--year", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"--retention", "--org", "--as-of", "--to", "--purpose", "--due", "--out", "--format", "--note", "--arranger", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"--arranged", "--checker", "--checked", "--limit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final List<String> words;
	private final boolean[] used;

	Arguments(String[] args) {
		this.words = List.of(args);
		this.used = new boolean[args.length];
	}

	String option(String name) throws Cli.UsageException {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals(name)) {
				if (i + 1 >= words.size() || words.get(i + 1).startsWith("--")) { //$NON-NLS-1$
					throw new Cli.UsageException(NLS.bind(Messages.Error_missingValue, name));
				}
				used[i] = used[i + 1] = true;
				return words.get(i + 1);
			}
		}
		return null;
	}

	boolean flag(String name) {
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i).equals(name)) {
				used[i] = true;
				return true;
			}
		}
		return false;
	}

	/** The command: the first word that is neither an option nor an option's value. */
	String command() {
		for (int i = 0; i < words.size(); i++) {
			if (isValueOrOption(i)) {
				continue;
			}
			used[i] = true;
			return words.get(i);
		}
		return null;
	}

	/** Positionals after the command, in order (call after {@link #command()} and the options). */
	List<String> positionals() {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!used[i] && !isValueOrOption(i)) {
				out.add(words.get(i));
			}
		}
		return out;
	}

	/** Fails on any option not asked for and on more than {@code positionals} positionals. */
	void noMore(int positionals) throws Cli.UsageException {
		int seen = 0;
		for (int i = 0; i < words.size(); i++) {
			if (used[i]) {
				continue;
			}
			String word = words.get(i);
			if (word.startsWith("-")) { //$NON-NLS-1$
				throw new Cli.UsageException(NLS.bind(Messages.Error_unknownOption, word));
			}
			if (!isValueOrOption(i) && ++seen > positionals) {
				throw new Cli.UsageException(NLS.bind(Messages.Error_extraArgument, word));
			}
		}
	}

	private boolean isValueOrOption(int i) {
		String word = words.get(i);
		if (word.startsWith("-")) { //$NON-NLS-1$
			return true;
		}
		return i > 0 && WITH_VALUE.contains(words.get(i - 1));
	}
}
