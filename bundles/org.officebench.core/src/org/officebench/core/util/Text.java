package org.officebench.core.util;

/**
 * Text that comes from outside (file names, titles typed on a command line) made safe to store and to show.
 * <ul>
 * <li>{@link #storable}: XML 1.0, in which documents are saved, cannot hold most C0 control characters, lone
 * surrogates, U+FFFE or U+FFFF. Each such character is written as a visible backslash-u-XXXX (as Java writes it) (a bell,
 * U+0007, becomes the six characters backslash, u, 0, 0, 0, 7), so that a save never fails on it and the name
 * still says what it was. Everything else is kept as it is.</li>
 * <li>{@link #oneLine}: for one-line-per-row terminal output: every control character (C0 with tab and line breaks,
 * DEL, C1), the bidirectional overrides and lone surrogates are shown as backslash-u-XXXX (as Java writes it), so that a name with a
 * newline or an escape sequence neither breaks the row nor reaches the terminal raw.</li>
 * </ul>
 */
public final class Text {

	private Text() {
	}

	/** {@code text} with each character XML 1.0 cannot hold written as backslash-u-XXXX; null stays null. */
	public static String storable(String text) {
		return escape(text, false);
	}

	/** True when {@link #storable} would change nothing. */
	public static boolean isStorable(String text) {
		return text == null || storable(text) == text;
	}

	/** {@code text} on one line with no raw control character, for terminal output; null stays null. */
	public static String oneLine(String text) {
		return escape(text, true);
	}

	private static String escape(String text, boolean forTerminal) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
			boolean bad;
			if (pair) {
				bad = false;
			} else if (Character.isSurrogate(c)) {
				bad = true; // lone: no Unicode character, no UTF-8 encoding
			} else if (forTerminal) {
				bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
			} else {
				bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff;
			}
			if (bad) {
				if (out == null) {
					out = new StringBuilder(length + 16).append(text, 0, i);
				}
				out.append(String.format("\\u%04X", Integer.valueOf(c))); //$NON-NLS-1$
			} else {
				if (out != null) {
					out.append(c);
					if (pair) {
						out.append(text.charAt(i + 1));
					}
				}
				if (pair) {
					i++;
				}
			}
		}
		return out == null ? text : out.toString();
	}
}
