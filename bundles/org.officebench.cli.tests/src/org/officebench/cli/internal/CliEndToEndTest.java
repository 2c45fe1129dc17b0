package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.Repository;
import org.officebench.core.util.Json;
import org.officebench.tests.support.SeparateJvm.Result;
import org.officebench.tests.support.TestRepositories;

/** The command line as a user runs it: its own JVM and OSGi framework, real files, exit codes, languages. */
class CliEndToEndTest {

	/** The language as the officebench script passes it, from LANG (see its -nl). */
	private static final String ENGLISH = "en";
	private static final String CHINESE = "zh_CN";

	@TempDir
	Path temp;

	private Result cli(String language, String... args) throws Exception {
		return CliRun.run(temp, language, args);
	}

	@Test
	void initNewListShowInASeparateJvm() throws Exception {
		String repo = temp.resolve("repo").toString();
		Result init = cli(ENGLISH, "--repo", repo, "init", "--samples");
		assertEquals(0, init.exitCode(), init.err());
		assertTrue(init.out().contains("Created the repository"), init.out());

		Result created = cli(ENGLISH, "--repo", repo, "new", "policy", "--title", "物资使用登记制度", "--number", "营运〔2025〕12号", "--json");
		assertEquals(0, created.exitCode(), created.err());
		String id = Json.field(created.out().strip(), "id");
		assertEquals("物资使用登记制度", Json.field(created.out().strip(), "title"));

		Result list = cli(ENGLISH, "--repo", repo, "list", "--json");
		assertEquals(0, list.exitCode(), list.err());
		List<String> lines = list.out().strip().lines().toList();
		assertEquals(5, lines.size(), "four samples and the new policy: " + list.out());
		assertTrue(lines.stream().anyMatch(l -> id.equals(Json.field(l, "id")) && "营运〔2025〕12号".equals(Json.field(l, "documentNumber"))));

		Result policies = cli(ENGLISH, "--repo", repo, "list", "--kind", "policy");
		assertEquals(0, policies.exitCode());
		assertTrue(policies.out().contains("物资使用登记制度") && policies.out().contains("營運管理部工作指引"), policies.out());
		assertFalse(policies.out().contains("门店周巡检流程"), "only policies: " + policies.out());

		Result show = cli(ENGLISH, "--repo", repo, "show", id, "--json");
		assertEquals(0, show.exitCode(), show.err());
		assertEquals("policy", Json.field(show.out().strip(), "kind"));
		assertEquals("draft", Json.field(show.out().strip(), "status"));

		Result text = cli(CHINESE, "--repo", repo, "show", id);
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("题名: 物资使用登记制度"), text.out());
		assertTrue(text.out().contains("状态: 草稿"), text.out());
	}

	@Test
	void catalogueListsTheFiledItemsWithFilters() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli(ENGLISH, "--repo", repo, "init", "--samples").exitCode());

		Result json = cli(ENGLISH, "--repo", repo, "catalogue", "--json", "--retention", "d10", "--org", "YYB");
		assertEquals(0, json.exitCode(), json.err());
		List<String> items = json.out().strip().lines().toList();
		assertEquals(5, items.size(), json.out());
		assertEquals("Z109-WS·2025-D10-YYB-0001", Json.field(items.get(0), "archivalCode"));
		assertEquals("营运部上半年工作总结", Json.field(items.get(0), "title"));
		assertEquals("20250716", Json.field(items.get(0), "date"));
		assertTrue(Json.field(items.get(0), "sha256").matches("[0-9a-f]{64}"), items.get(0));
		assertEquals("营运部上半年工作总结.txt", Json.field(items.get(0), "file"));

		Result chinese = cli(CHINESE, "--repo", repo, "catalogue", "--year", "2024");
		assertEquals(0, chinese.exitCode(), chinese.err());
		assertTrue(chinese.out().startsWith("序号\t档号\t文号\t责任者\t题名\t日期"), chinese.out());
		assertTrue(chinese.out().contains("共 0 件"), chinese.out());

		Result table = cli(CHINESE, "--repo", repo, "catalogue");
		assertTrue(table.out().contains("Z109-WS·2025-D10-YYB-0005\t\t综合管理部\t营运部工作总结汇编\t20251220\t内部\t1\t\t定期10年\tYYB\t2025"), table.out());

		Result bad = cli(ENGLISH, "--repo", repo, "catalogue", "--retention", "forever");
		assertEquals(2, bad.exitCode());
		assertTrue(bad.err().contains("use Y (permanent), D30 or D10"), bad.err());
	}

	@Test
	void usageErrorsExitWithTwoAndSayWhatToDo() throws Exception {
		String repo = temp.resolve("repo").toString();
		Result unknown = cli(ENGLISH, "--repo", repo, "frobnicate");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("Unknown command \"frobnicate\""), unknown.err());
		assertTrue(unknown.err().contains("officebench help"), unknown.err());

		Result chinese = cli(CHINESE, "--repo", repo, "list", "--colour");
		assertEquals(2, chinese.exitCode());
		assertTrue(chinese.err().contains("未知选项 \"--colour\""), chinese.err());

		Result noTitle = cli(ENGLISH, "--repo", repo, "new", "minutes");
		assertEquals(2, noTitle.exitCode());
		assertTrue(noTitle.err().contains("--title"), noTitle.err());

		Result help = cli(CHINESE, "help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("用法"), help.out());
	}

	@Test
	void failuresExitWithOneAndNameTheCause() throws Exception {
		Path repo = temp.resolve("repo");
		Result missing = cli(ENGLISH, "--repo", repo.toString(), "list");
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("init"), "says how to make one: " + missing.err());

		cli(ENGLISH, "--repo", repo.toString(), "init");
		Result unknownId = cli(ENGLISH, "--repo", repo.toString(), "show", "no-such-id");
		assertEquals(1, unknownId.exitCode());
		assertTrue(unknownId.err().contains("no-such-id"), unknownId.err());

		// A workbench (here: this test process) holds the repository: writers are refused, readers are not.
		try (Repository held = TestRepositories.open(repo, false)) {
			Result refused = cli(ENGLISH, "--repo", repo.toString(), "new", "minutes", "--title", "晨会");
			assertEquals(1, refused.exitCode());
			assertTrue(refused.err().contains("in use by another OfficeBench"), refused.err());
			assertTrue(refused.err().contains(TestRepositories.USER), "names the holder: " + refused.err());
			Result reader = cli(ENGLISH, "--repo", repo.toString(), "list");
			assertEquals(0, reader.exitCode(), reader.err());
		}
	}
}
