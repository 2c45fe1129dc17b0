package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.RetentionRules;
import org.officebench.core.util.Json;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.RetentionPeriod;
import org.officebench.tests.support.SeparateJvm.Result;
import org.officebench.tests.support.TestRepositories;

/** {@code import} without {@code --retention} takes the retention from the 全宗's own 保管期限表. */
class ImportRetentionTest {

	@TempDir
	Path temp;

	private Result cli(String... args) throws Exception {
		return CliRun.run(temp, "en", args);
	}

	@Test
	void theCataloguesEditedScheduleDecidesTheRetention() throws Exception {
		Path folder = temp.resolve("repo");
		assertEquals(0, cli("--repo", folder.toString(), "init").exitCode());
		Path lease = Files.writeString(temp.resolve("门店租赁合同.txt"), "门店租赁合同\n甲方：营运部\n", StandardCharsets.UTF_8);
		Result first = cli("--repo", folder.toString(), "import", "--json", "--fonds", "Z109", "--year", "2025", "--org", "YYB", lease.toString());
		assertEquals(0, first.exitCode(), first.out() + first.err());
		assertEquals("D30", Json.field(first.out().strip(), "retention"), "合同 are kept 30 years by the default table: " + first.out());

		// The catalogue import created holds the default table as its own; the office changes 合同 to 永久.
		try (Repository repository = TestRepositories.open(folder, false)) {
			String id = repository.documents().stream().filter(s -> s.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow().id();
			OfficeDocument document = repository.open(id);
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			assertTrue(EcoreUtil.equals(RetentionRules.defaultRules(), catalogue.getRetentionRules()), "created with the default rows");
			int contracts = RetentionRules.entries(catalogue).stream().filter(e -> e.kind().contains("合同")).findFirst().orElseThrow().index();
			document.commandStack().execute(RetentionRules.setRetention(document.editingDomain(), catalogue, contracts, RetentionPeriod.PERMANENT));
			document.save();
		}

		Path renewal = Files.writeString(temp.resolve("门店租赁合同（续签）.txt"), "门店租赁合同（续签）\n", StandardCharsets.UTF_8);
		Result second = cli("--repo", folder.toString(), "import", "--json", "--year", "2025", renewal.toString());
		assertEquals(0, second.exitCode(), second.out() + second.err());
		String line = second.out().strip();
		assertEquals("Y", Json.field(line, "retention"), line);
		assertEquals("Z109-WS·2025-Y-YYB-0001", Json.field(line, "archivalCode"), line);
	}
}
