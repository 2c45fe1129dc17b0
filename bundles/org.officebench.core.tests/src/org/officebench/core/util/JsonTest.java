package org.officebench.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** JSON lines printed to a terminal (--json, the audit log) carry no character that could steer it. */
class JsonTest {

	@Test
	void controlCharactersOfEveryKindAreEscapedAndReadBack() {
		String title = "巡检\u0007表\u007f\u009b[2J\u202e倒\u2066x\u0000";
		String line = Json.object(Map.of("title", title));
		for (char c : line.toCharArray()) {
			assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069),
					"raw U+" + Integer.toHexString(c) + " in " + line);
		}
		assertEquals("{\"title\":\"巡检\\u0007表\\u007f\\u009b[2J\\u202e倒\\u2066x\\u0000\"}", line);
		assertEquals(title, Json.field(line, "title"), "the reader gives the title back as it was");
	}
}
