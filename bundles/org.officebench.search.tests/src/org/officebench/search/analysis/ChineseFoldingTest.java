package org.officebench.search.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChineseFoldingTest {

	@Test
	void theShippedTableIsWhatIcuGives() throws IOException {
		char[] icu = ChineseFolding.fromIcu();
		char[] shipped;
		try (InputStream in = ChineseFolding.class.getResourceAsStream(ChineseFolding.RESOURCE)) {
			shipped = ChineseFolding.read(in);
		}
		if (!java.util.Arrays.equals(icu, shipped)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ChineseFolding.write(icu, out);
			Path fresh = Files.write(Path.of("target", ChineseFolding.RESOURCE), out.toByteArray());
			assertArrayEquals(icu, shipped, "ICU changed: copy " + fresh.toAbsolutePath() + " over src/org/officebench/search/analysis/"
					+ ChineseFolding.RESOURCE + " and change SearchSchema.VERSION (indexes must be rebuilt)");
		}
	}

	@Test
	void foldsTraditionalToSimplifiedWidthAndCase() {
		assertEquals("会议纪要", ChineseFolding.fold("會議紀要"));
		assertEquals("营运管理部工作指引", ChineseFolding.fold("營運管理部工作指引"));
		assertEquals("档号 z109-ws·2024", ChineseFolding.fold("檔號 Ｚ１０９－ＷＳ·２０２４"));
		assertEquals("mbo报表", ChineseFolding.fold("MBO報表"));
		String text = "這是測試：會議紀要（第３期）";
		assertEquals(text.length(), ChineseFolding.fold(text).length(), "same length, so offsets stay");
	}

	@Test
	void textMatchesAreFoundInTheFoldedTextAndReportedInTheOriginal() {
		String text = "營運部第四季度會議紀要。会议纪要另附。MBO目标 start art";
		List<TextMatches.Range> matches = TextMatches.find(text, List.of("会议纪要", "mbo", "art"));
		assertEquals(List.of("會議紀要", "会议纪要", "MBO", "art"), matches.stream().map(r -> text.substring(r.start(), r.end())).toList(),
				"art in start is not a match");
		TextMatches.Snippet snippet = TextMatches.snippet("第一行\n" + "无关内容。".repeat(40) + "這裡有會議紀要\n下一行", List.of("会议纪要"), 20);
		assertTrue(snippet.marked("【", "】").endsWith("這裡有【會議紀要】 下一行"), snippet.marked("【", "】"));
		assertEquals(20, snippet.text().length(), "a short text at the end is filled up from before");
		assertNotEquals(0, snippet.offsetInSource());
		TextMatches.Snippet start = TextMatches.snippet("无关内容。".repeat(40) + "這裡有會議紀要，" + "后文。".repeat(40), List.of("会议纪要"), 20);
		assertTrue(start.text().startsWith("這裡有會議紀要"), "starts at the sentence: " + start.text());
	}
}
