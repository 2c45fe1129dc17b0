package org.officebench.core.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Text as the compact format writes it, in its objects and in a catalogue's table section: (length × 2 + 0) and
 * Latin-1 bytes, or (length × 2 + 1) and UTF-16 chars, big-endian, so that reading makes a string in one copy
 * (decoding UTF-8 Chinese takes five times as long).
 */
public final class CompactText {

	private CompactText() {
	}

	public static void write(DataOutputStream out, String value) throws IOException {
		int length = value.length();
		boolean latin1 = true;
		for (int i = 0; i < length && latin1; i++) {
			latin1 = value.charAt(i) <= 0xFF;
		}
		if (length > (Integer.MAX_VALUE >> 2)) {
			throw new IOException("text of " + length + " characters"); //$NON-NLS-1$
		}
		out.writeInt(length << 1 | (latin1 ? 0 : 1));
		if (latin1) {
			out.write(value.getBytes(StandardCharsets.ISO_8859_1));
		} else {
			// One write, not two per character as DataOutputStream.writeChars does.
			byte[] bytes = new byte[2 * length];
			for (int i = 0, j = 0; i < length; i++, j += 2) {
				char c = value.charAt(i);
				bytes[j] = (byte) (c >> 8);
				bytes[j + 1] = (byte) c;
			}
			out.write(bytes);
		}
	}

	/** Decodes {@code characters} UTF-16 chars from {@code bytes} at {@code from} into {@code chars}. */
	public static void utf16(byte[] bytes, int from, char[] chars, int characters) {
		for (int i = 0, j = from; i < characters; i++, j += 2) {
			chars[i] = (char) (bytes[j] << 8 | bytes[j + 1] & 0xFF);
		}
	}
}
