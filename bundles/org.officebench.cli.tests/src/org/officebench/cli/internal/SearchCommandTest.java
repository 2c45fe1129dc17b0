package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.util.Json;
import org.officebench.tests.support.SeparateJvm.Result;

/** {@code search} and {@code reindex} as a user runs them: own JVM, a real repository, real files, exit codes. */
class SearchCommandTest {

	@TempDir
	Path temp;

	private Result cli(String language, String... args) throws Exception {
		return CliRun.run(temp, language, args);
	}

	@Test
	void searchBuildsTheIndexFindsTraditionalTextAndFollowsTheRepository() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Path inbox = Files.createDirectories(temp.resolve("收件箱"));
		Files.write(inbox.resolve("營運部例會記錄.txt"), "營運部第四季度會議紀要\n會議決定：加強門店巡檢，落實整改責任。\n".repeat(3).getBytes(Charset.forName("Big5")));
		Files.write(inbox.resolve("门店巡检制度.txt"), "门店巡检制度\n第一条 为规范门店巡检工作，制定本制度。\n".repeat(3).getBytes(Charset.forName("GBK")));
		Result filed = cli("en", "--repo", repo, "import", "--year", "2024", "--retention", "D30", "--org", "BGS", inbox.toString());
		assertEquals(0, filed.exitCode(), filed.out() + filed.err());
		String code = filed.out().lines().filter(l -> l.contains("營運部例會記錄")).findFirst().orElseThrow().split("\t")[0];

		Result first = cli("zh_CN", "--repo", repo, "search", "会议纪要");
		assertEquals(0, first.exitCode(), first.out() + first.err());
		assertTrue(first.err().contains("尚无检索索引") && first.err().contains("检索索引已重建"), "says it builds the index: " + first.err());
		assertTrue(first.err().contains("正在建立索引："), "progress on stderr: " + first.err());
		assertTrue(first.out().contains(code + "\t營運部例會記錄\t"), first.out());
		assertTrue(first.out().contains("【會議紀要】"), "the traditional text marked for a simplified query: " + first.out());
		assertTrue(first.out().contains("位于 營運部例會記錄.txt"), first.out());

		Result json = cli("en", "--repo", repo, "search", "--json", "--limit", "3", "會議紀要");
		assertEquals(0, json.exitCode(), json.err());
		assertFalse(json.err().contains("index") || json.err().contains("Index"), "the index is up to date: nothing to say: " + json.err());
		List<String> lines = json.out().strip().lines().toList();
		assertTrue(lines.size() >= 2 && lines.size() <= 3, json.out());
		double previous = Double.MAX_VALUE;
		for (String line : lines) {
			for (String field : List.of("archivalCode", "title", "file", "score", "snippet")) {
				assertTrue(line.contains("\"" + field + "\":"), field + " in " + line);
			}
			double score = Double.parseDouble(line.replaceAll(".*\"score\":([0-9.]+).*", "$1"));
			assertTrue(score <= previous, "best first: " + json.out());
			previous = score;
		}
		String big5 = lines.stream().filter(l -> code.equals(Json.field(l, "archivalCode"))).findFirst().orElseThrow();
		assertEquals("營運部例會記錄.txt", Json.field(big5, "file"), "the file name as filed");
		assertTrue(Json.field(big5, "snippet").contains("會議紀要"), big5);

		Result narrowed = cli("en", "--repo", repo, "search", "--json", "--year", "2024", "--retention", "D30", "--org", "bgs", "门店", "巡检");
		assertEquals(0, narrowed.exitCode(), narrowed.err());
		assertEquals(2, narrowed.out().strip().lines().count(), "the two filed files, not the 2025 samples: " + narrowed.out());
		assertTrue(narrowed.out().lines().allMatch(l -> "2024".equals(Json.field(l, "year")) && "D30".equals(Json.field(l, "retention"))));

		Files.writeString(inbox.resolve("消防演练总结.txt"), "年度消防演练总结：疏散用时四分钟。\n");
		assertEquals(0, cli("en", "--repo", repo, "import", "--year", "2025", inbox.resolve("消防演练总结.txt").toString()).exitCode());
		Result updated = cli("en", "--repo", repo, "search", "\"消防演练\"");
		assertEquals(0, updated.exitCode(), updated.err());
		assertTrue(updated.err().contains("brought up to date: 1 entries written"), "only the new 件 is indexed: " + updated.err());
		assertTrue(updated.out().contains("消防演练总结.txt"), updated.out());
		assertTrue(updated.out().contains("1 found"), updated.out());
	}

	@Test
	void aDamagedIndexIsRebuiltAndReindexShowsProgress() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Result before = cli("en", "--repo", repo, "verify");
		Result reindex = cli("zh_CN", "--repo", repo, "reindex");
		assertEquals(0, reindex.exitCode(), reindex.err());
		assertTrue(reindex.err().contains("正在建立索引："), reindex.err());
		assertTrue(reindex.out().contains("检索索引已重建："), reindex.out());
		Result after = cli("en", "--repo", repo, "verify");
		assertEquals(before.exitCode(), after.exitCode());
		assertEquals(before.out(), after.out(), "the four-properties check does not mind the index folder");

		Path largest;
		try (Stream<Path> files = Files.list(Path.of(repo, "index"))) {
			largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
					.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
		}
		try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() / 3);
		}
		Result repaired = cli("en", "--repo", repo, "search", "巡检流于形式");
		assertEquals(0, repaired.exitCode(), repaired.err());
		assertTrue(repaired.err().contains("damaged") && repaired.err().contains("Rebuilding"), repaired.err());
		assertTrue(repaired.out().contains("门店周巡检流程") && repaired.out().contains("in Step: 现场巡检"), repaired.out());
	}

	@Test
	void badQueriesAreToldWhatToDo() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Result none = cli("zh_CN", "--repo", repo, "search");
		assertEquals(2, none.exitCode());
		assertTrue(none.err().contains("要查找什么"), none.err());
		Result punctuation = cli("zh_CN", "--repo", repo, "search", "，。！");
		assertEquals(1, punctuation.exitCode(), punctuation.out());
		assertTrue(punctuation.err().contains("只有标点"), punctuation.err());
		assertFalse(punctuation.err().contains("Exception"), punctuation.err());
		Result open = cli("en", "--repo", repo, "search", "\"巡检流于形式", "--limit", "x");
		assertEquals(2, open.exitCode());
		assertTrue(open.err().contains("\"x\""), open.err());
		Result quote = cli("en", "--repo", repo, "search", "\"巡检流于形式");
		assertEquals(0, quote.exitCode(), quote.err());
		assertTrue(quote.err().contains("quote was not closed"), quote.err());
		assertTrue(quote.out().contains("门店周巡检流程"), quote.out());
	}
}
