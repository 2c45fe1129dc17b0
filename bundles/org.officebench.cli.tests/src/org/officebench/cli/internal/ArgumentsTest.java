package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

	@Test
	void optionsMayComeBeforeOrAfterTheCommand() throws Exception {
		Arguments a = new Arguments(new String[] { "--repo", "/r", "new", "policy", "--title", "周巡检报表制度" });
		assertEquals("/r", a.option("--repo"));
		assertEquals("周巡检报表制度", a.option("--title"));
		assertEquals("new", a.command());
		assertEquals(List.of("policy"), a.positionals());
		a.noMore(1);
	}

	@Test
	void leftoverOptionsAndArgumentsAreErrors() throws Exception {
		Arguments a = new Arguments(new String[] { "list", "--jsn" });
		a.command();
		a.flag("--json");
		var e = assertThrows(Cli.UsageException.class, () -> a.noMore(0));
		assertTrue(e.getMessage().contains("--jsn"));
		Arguments b = new Arguments(new String[] { "show", "a", "b" });
		b.command();
		assertThrows(Cli.UsageException.class, () -> b.noMore(1));
		Arguments c = new Arguments(new String[] { "new", "policy", "--title" });
		assertThrows(Cli.UsageException.class, () -> c.option("--title"));
	}
}
