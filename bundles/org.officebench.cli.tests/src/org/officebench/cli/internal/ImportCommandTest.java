package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.util.Json;
import org.officebench.tests.support.SeparateJvm.Result;

/** {@code import}: filing files from the command line, as a user runs it (own JVM, real files, exit codes). */
class ImportCommandTest {

	@TempDir
	Path temp;

	private Result cli(String language, String... args) throws Exception {
		return CliRun.run(temp, language, args);
	}

	@Test
	void aBatchFilesWhatItCanReportsTheRestAndPrintsOneLinePerItem() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init").exitCode());
		Path inbox = Files.createDirectories(temp.resolve("收件箱"));
		Files.writeString(inbox.resolve("营运部周例会纪要.txt"), "营运部周例会纪要\n一、本周营运情况通报。\n", StandardCharsets.UTF_8);
		Files.write(inbox.resolve("门店巡检制度（GBK）.txt"), "门店巡检制度\n第一条 为规范门店巡检工作，制定本制度。\n".getBytes(Charset.forName("GBK")));
		Files.writeString(inbox.resolve("纪要 副本 #2 (终稿)&.txt"), "营运部周例会纪要\n一、本周营运情况通报。\n", StandardCharsets.UTF_8);
		Files.write(inbox.resolve("空文件.txt"), new byte[0]);

		Result noFonds = cli("zh_CN", "--repo", repo, "import", inbox.toString());
		assertEquals(2, noFonds.exitCode(), noFonds.out() + noFonds.err());
		assertTrue(noFonds.err().contains("--fonds"), noFonds.err());

		Result batch = cli("zh_CN", "--repo", repo, "import", "--fonds", "Z109", "--year", "2024", "--retention", "D30", "--org", "YYB",
				inbox.toString(), temp.resolve("不存在.pdf").toString());
		assertEquals(1, batch.exitCode(), "one refused file makes the batch fail: " + batch.out() + batch.err());
		List<String> lines = batch.out().strip().lines().toList();
		assertEquals(4, lines.size(), batch.out());
		for (int n = 1; n <= 3; n++) {
			String code = "Z109-WS·2024-D30-YYB-000" + n;
			assertEquals(1, lines.stream().filter(l -> l.startsWith(code + "\t")).count(), "件号 " + n + " issued once: " + batch.out());
		}
		String original = lines.stream().filter(l -> l.contains("\t营运部周例会纪要\t营运部周例会纪要.txt")).findFirst().orElseThrow();
		String copy = lines.stream().filter(l -> l.contains("\t纪要 副本 #2 (终稿)&\t纪要 副本 #2 (终稿)&.txt")).findFirst().orElseThrow();
		assertTrue(original.contains("内容相同") != copy.contains("内容相同"), "exactly one is linked to the other: " + batch.out());
		assertTrue(lines.stream().anyMatch(l -> l.contains("\t门店巡检制度（GBK）\t")), "the GBK file: " + batch.out());
		assertTrue(lines.get(3).contains("已归档 3 件") && lines.get(3).contains("2 个文件未归档"), lines.get(3));
		assertTrue(batch.err().contains("空文件.txt"), batch.err());
		assertTrue(batch.err().contains("不存在.pdf") && batch.err().contains("文件不存在"), batch.err());

		Result before = cli("en", "--repo", repo, "catalogue", "--json");
		Result onlyBad = cli("en", "--repo", repo, "import", inbox.resolve("空文件.txt").toString());
		assertEquals(1, onlyBad.exitCode(), onlyBad.out() + onlyBad.err());
		assertEquals(before.out(), cli("en", "--repo", repo, "catalogue", "--json").out(), "a refused batch changes nothing");

		Path report = temp.resolve("月度经营分析报告.txt");
		Files.writeString(report, "月度经营分析报告\n本月营业收入同比增长。\n", StandardCharsets.UTF_8);
		Result json = cli("en", "--repo", repo, "import", "--json", "--year", "2025", "--retention", "Y", report.toString());
		assertEquals(0, json.exitCode(), json.out() + json.err());
		String line = json.out().strip();
		assertEquals("Z109-WS·2025-Y-YYB-0001", Json.field(line, "archivalCode"), "the catalogue's first 机构 when --org is not given: " + line);
		assertEquals("月度经营分析报告", Json.field(line, "title"));
		assertEquals("月度经营分析报告.txt", Json.field(line, "file"));
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(report))), Json.field(line, "sha256"));

		assertEquals(4, cli("en", "--repo", repo, "catalogue", "--json").out().strip().lines().count(), "all filed 件 are kept");
	}
}
