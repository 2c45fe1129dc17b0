package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.util.Json;
import org.officebench.tests.support.SeparateJvm.Result;

/** {@code appraisal}, {@code lend}, {@code overdue} and {@code return} in their own JVM, on the sample repository. */
class ArchiveUseEndToEndTest {

	private static final String CODE = "Z109-WS·2025-D10-YYB-0001";

	@TempDir
	Path temp;

	private Result cli(String language, String... args) throws Exception {
		return CliRun.run(temp, language, args);
	}

	@Test
	void lendOverdueReturn() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		LocalDate due = LocalDate.now().plusDays(14);

		Result lend = cli("zh_CN", "--repo", repo, "lend", CODE, "--to", "财务部 王芳", "--purpose", "年度审计", "--due", due.toString());
		assertEquals(0, lend.exitCode(), lend.err());
		assertTrue(lend.out().contains("已借出 " + CODE + "《营运部上半年工作总结》给 财务部 王芳，应于 " + due + " 归还"), lend.out());

		Result again = cli("en", "--repo", repo, "lend", CODE, "--to", "李四", "--purpose", "查阅", "--due", due.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("already lent out to 财务部 王芳"), again.err());

		Result notYet = cli("en", "--repo", repo, "overdue", "--json");
		assertEquals(0, notYet.exitCode(), notYet.err());
		assertEquals("", notYet.out().strip(), "not overdue today");

		Result overdue = cli("zh_CN", "--repo", repo, "overdue", "--as-of", due.plusDays(10).toString(), "--json");
		assertEquals(0, overdue.exitCode(), overdue.err());
		List<String> lines = overdue.out().strip().lines().toList();
		assertEquals(1, lines.size(), overdue.out());
		assertEquals(CODE, Json.field(lines.get(0), "archivalCode"));
		assertEquals("财务部 王芳", Json.field(lines.get(0), "borrower"));
		assertEquals("10", Json.field(lines.get(0), "daysOverdue"));

		Result table = cli("zh_CN", "--repo", repo, "overdue", "--as-of", due.plusDays(10).toString());
		assertTrue(table.out().startsWith("档号\t题名\t借阅人\t应还日期\t逾期天数"), table.out());
		assertTrue(table.out().contains(CODE + "\t营运部上半年工作总结\t财务部 王芳\t" + due + "\t10"), table.out());
		assertTrue(table.out().contains("共 1 件逾期未还"), table.out());

		Result back = cli("zh_CN", "--repo", repo, "return", CODE);
		assertEquals(0, back.exitCode(), back.err());
		assertTrue(back.out().contains("已归还 " + CODE), back.out());
		Result none = cli("en", "--repo", repo, "overdue", "--as-of", due.plusDays(10).toString());
		assertTrue(none.out().contains("0 items overdue"), none.out());
		Result twice = cli("en", "--repo", repo, "return", CODE);
		assertEquals(1, twice.exitCode());
		assertTrue(twice.err().contains("is not lent out"), twice.err());
	}

	@Test
	void appraisalListsTheSampleItemsOnceTheirTenYearsAreOver() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Result before = cli("en", "--repo", repo, "appraisal", "--as-of", "2035-12-31", "--json");
		assertEquals(0, before.exitCode(), before.err());
		assertEquals("", before.out().strip(), "2025 D10 items are kept through 2035");
		Result due = cli("en", "--repo", repo, "appraisal", "--as-of", "2036-01-01", "--json");
		List<String> lines = due.out().strip().lines().toList();
		assertEquals(5, lines.size(), due.out());
		assertEquals(CODE, Json.field(lines.get(0), "archivalCode"));
		assertEquals("2036-01-01", Json.field(lines.get(0), "dueFrom"));
		Result text = cli("zh_CN", "--repo", repo, "appraisal", "--as-of", "2036-01-01");
		assertTrue(text.out().contains(CODE + "\t营运部上半年工作总结\t2025\t定期10年\t2036-01-01\t待鉴定"), text.out());
		assertTrue(text.out().contains("共 5 件到期待鉴定"), text.out());
	}

	@Test
	void badInputSaysWhatIsWrong() throws Exception {
		String repo = temp.resolve("repo").toString();
		assertEquals(0, cli("en", "--repo", repo, "init", "--samples").exitCode());
		Result unknown = cli("zh_CN", "--repo", repo, "lend", "Z109-WS·2025-D10-YYB-0099", "--to", "王芳", "--purpose", "审计",
				"--due", "2030-01-01");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("没有档号为 \"Z109-WS·2025-D10-YYB-0099\" 的件"), unknown.err());
		Result badDate = cli("en", "--repo", repo, "overdue", "--as-of", "31.03.2026");
		assertEquals(2, badDate.exitCode());
		assertTrue(badDate.err().contains("write it as YYYY-MM-DD"), badDate.err());
		Result noBorrower = cli("en", "--repo", repo, "lend", CODE, "--purpose", "审计", "--due", "2030-01-01");
		assertEquals(2, noBorrower.exitCode(), noBorrower.out() + noBorrower.err());
		assertTrue(noBorrower.err().contains("--to"), noBorrower.err());
		Result early = cli("en", "--repo", repo, "lend", CODE, "--to", "王芳", "--purpose", "审计", "--due", "2000-01-01");
		assertEquals(1, early.exitCode());
		assertTrue(early.err().contains("before the loan date"), early.err());
	}
}
