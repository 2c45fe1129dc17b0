package org.officebench.core.util;

import java.util.Map;

/** Just enough JSON writing for the audit log and the command line's --json output. */
public final class Json {

	private Json() {
	}

	public static String quote(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				// Control characters (C0, DEL, C1) and the bidi controls are written escaped: the output is valid JSON
				// either way, and escaped it cannot steer the terminal it is printed to.
				if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** One object on one line; values are written as strings, numbers, booleans or null. */
	public static String object(Map<String, ?> fields) {
		StringBuilder out = new StringBuilder("{");
		for (Map.Entry<String, ?> e : fields.entrySet()) {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append(quote(e.getKey())).append(':');
			Object v = e.getValue();
			if (v == null) {
				out.append("null");
			} else if (v instanceof Number || v instanceof Boolean) {
				out.append(v);
			} else if (v instanceof Iterable<?> list) {
				out.append('[');
				boolean first = true;
				for (Object item : list) {
					if (!first) {
						out.append(',');
					}
					first = false;
					out.append(quote(String.valueOf(item)));
				}
				out.append(']');
			} else {
				out.append(quote(v.toString()));
			}
		}
		return out.append('}').toString();
	}

	/** Reads the string value of {@code key} from a flat one-line object written by {@link #object(Map)}. */
	public static String field(String json, String key) {
		String marker = quote(key) + ":";
		int at = json.indexOf(marker);
		if (at < 0) {
			return null;
		}
		int i = at + marker.length();
		if (json.startsWith("null", i)) {
			return null;
		}
		if (i >= json.length() || json.charAt(i) != '"') {
			int end = i;
			while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
				end++;
			}
			return json.substring(i, end);
		}
		StringBuilder out = new StringBuilder();
		for (i++; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '"') {
				return out.toString();
			}
			if (c == '\\' && i + 1 < json.length()) {
				char n = json.charAt(++i);
				switch (n) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append(n);
				}
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
