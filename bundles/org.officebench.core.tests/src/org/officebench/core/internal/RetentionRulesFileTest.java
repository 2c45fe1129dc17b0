package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.RetentionRules;
import org.officebench.core.archive.RetentionSchedule;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.RetentionRule;
import org.officebench.tests.support.TestRepositories;

/** A 全宗's edited 保管期限表 survives save and reopen, as XMI and in the compact format; old files keep loading. */
class RetentionRulesFileTest {

	@TempDir
	Path temp;

	@Test
	void editedRulesSurviveSaveAndReopenAsXmi() throws Exception {
		roundTrip(0, ".xmi");
	}

	@Test
	void editedRulesSurviveSaveAndReopenInTheCompactFormat() throws Exception {
		roundTrip(org.officebench.core.archive.CatalogueParticipant.COMPACT_FROM_ITEMS, ".obin");
	}

	private void roundTrip(int items, String extension) throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		List<RetentionRule> edited;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "营运部文书档案");
			id = document.id();
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			fill(catalogue, items);
			var domain = document.editingDomain();
			var stack = document.commandStack();
			stack.execute(RetentionRules.add(domain, catalogue, 0, "项目立项文件", "立项、可行性+研究", RetentionPeriod.PERMANENT));
			stack.execute(RetentionRules.setRetention(domain, catalogue, 5, RetentionPeriod.YEARS_10));
			stack.execute(RetentionRules.remove(domain, catalogue, 3));
			stack.execute(RetentionRules.move(domain, catalogue, 0, 7));
			edited = EcoreUtil.copyAll(catalogue.getRetentionRules()).stream().toList();
			document.save();
			assertTrue(document.file().endsWith(extension), document.file());
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.open(id);
			assertTrue(document.file().endsWith(extension), document.file());
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			assertEquals(items, catalogue.getItems().size());
			assertTrue(EcoreUtil.equals(edited, catalogue.getRetentionRules()), "the rules as edited, in order");
			assertEquals("项目立项文件", catalogue.getRetentionRules().get(7).getKind());
			assertEquals(RetentionPeriod.PERMANENT,
					RetentionSchedule.of(catalogue).propose("新店可行性研究报告").orElseThrow().retention());
			assertFalse(document.isDirty());
		}
	}

	@Test
	void aCatalogueWrittenBeforeTheTableWasEditableLoadsWithTheDefaultAndIsNotRewritten() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		Path file;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "旧档案");
			id = document.id();
			file = folder.resolve(document.file());
		}
		// As an earlier release wrote it: no retentionRules elements at all.
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<retentionRules"), xml);
		String old = xml.replaceAll("(?m)^\\s*<retentionRules[^>]*/>\\R", "");
		assertFalse(old.contains("retentionRules"), old);
		Files.writeString(file, old, StandardCharsets.UTF_8);
		byte[] oldBytes = Files.readAllBytes(file);

		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.open(id);
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			assertTrue(catalogue.getRetentionRules().isEmpty());
			assertEquals(RetentionSchedule.loadDefault(), RetentionSchedule.of(catalogue));
			assertFalse(document.isDirty(), "nothing to save until the user edits the table");
		}
		assertArrayEquals(oldBytes, Files.readAllBytes(file), "the file is left as it was");

		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.open(id);
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			document.commandStack().execute(RetentionRules.setKind(document.editingDomain(), catalogue, 0, "企业设立、变更文件"));
			assertTrue(document.isDirty());
			document.save();
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			ArchiveCatalogue catalogue = (ArchiveCatalogue) repository.open(id).root();
			assertEquals(RetentionSchedule.loadDefault().rows().size(), catalogue.getRetentionRules().size());
			assertEquals("企业设立、变更文件", catalogue.getRetentionRules().get(0).getKind());
		}
	}

	private static void fill(ArchiveCatalogue catalogue, int count) {
		for (int i = 0; i < count; i++) {
			ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
			item.setId("i" + i);
			item.setTitle("关于门店巡检的通知（第" + i + "件）");
			item.setYear(2025);
			item.setItemNumber(i + 1);
			item.setRetention(RetentionPeriod.YEARS_10);
			item.setOrganizationCode("YYB");
			item.setDate(new Date(1_735_689_600_000L + i * 60_000L));
			catalogue.getItems().add(item);
		}
	}
}
