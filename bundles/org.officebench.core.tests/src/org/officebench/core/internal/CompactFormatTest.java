package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.table.CatalogueWarmUp;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.DestructionRegister;
import org.officebench.model.Document;
import org.officebench.model.ModelVersion;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.StoredFile;
import org.officebench.tests.support.TestRepositories;

class CompactFormatTest {

	@TempDir
	Path temp;

	@Test
	void everySampleDocumentComesBackEqualWithItsInnerReferences() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), true)) {
			for (DocumentSummary summary : repository.documents()) {
				Document original = repository.open(summary.id()).root();
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				CompactFormat.write(original, ModelVersion.CURRENT, "2026-11-23T10:00:00.000+0800", bytes);
				Document copy = CompactFormat.read(new ByteArrayInputStream(bytes.toByteArray()), ModelVersion.CURRENT);
				assertTrue(EcoreUtil.equals(original, copy), summary.kind() + " " + summary.title() + " round trip");
			}
		}
	}

	@Test
	void aBigCatalogueIsSavedCompactAndSmallAgainAsXmi() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "大档案");
			id = document.id();
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			fill(catalogue, org.officebench.core.archive.CatalogueParticipant.COMPACT_FROM_ITEMS + 5);
			DestructionRegister register = OfficeBenchFactory.eINSTANCE.createDestructionRegister();
			register.setNumber("XH-2026-001");
			register.getSignatories().addAll(List.of("张三", "李四"));
			register.getItems().addAll(catalogue.getItems().subList(3, 6));
			catalogue.getDestructionRegisters().add(register);
			document.save();

			assertTrue(document.file().endsWith(".obin"), document.file());
			assertFalse(Files.exists(folder.resolve(FileRepository.withExtension(document.file(), "xmi"))), "the XMI file is gone");
			DocumentSummary summary = repository.documents().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
			assertEquals("大档案", summary.title(), "listed from the compact file's head");
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.open(id);
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			assertEquals(org.officebench.core.archive.CatalogueParticipant.COMPACT_FROM_ITEMS + 5, catalogue.getItems().size());
			ArchiveItem fourth = catalogue.getItems().get(3);
			assertEquals("关于印发营运部周巡检报表制度的通知（第3件）", fourth.getTitle());
			assertEquals("a3", fourth.getFiles().get(0).getSha256());
			assertSame(fourth, catalogue.getDestructionRegisters().get(0).getItems().get(0), "register points at the same 件");
			assertFalse(document.isDirty());

			catalogue.getItems().subList(100, catalogue.getItems().size()).clear();
			document.save();
			assertTrue(document.file().endsWith(".xmi"), "small again: " + document.file());
			assertEquals(1, repository.documents().stream().filter(s -> s.id().equals(id)).count(), "listed once");
		}
	}

	@Test
	void theStartUpWarmUpRunsOnlyForACompactCatalogueAndLeavesNothingBehind() throws Exception {
		Path folder = temp.resolve("warm");
		try (Repository repository = TestRepositories.open(folder, true)) {
			assertFalse(CatalogueWarmUp.worthwhile(repository.documents()), "the samples are small XMI documents");
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "大档案");
			fill((ArchiveCatalogue) document.root(), org.officebench.core.archive.CatalogueParticipant.COMPACT_FROM_ITEMS);
			document.save();
			assertTrue(CatalogueWarmUp.worthwhile(repository.documents()), "a catalogue saved in the compact format");

			List<Path> before;
			try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
				before = files.sorted().toList();
			}
			long freeBefore = Runtime.getRuntime().maxMemory() - Runtime.getRuntime().totalMemory() + Runtime.getRuntime().freeMemory();
			CatalogueWarmUp.run(() -> false, 256L << 20);
			try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
				assertEquals(before, files.sorted().toList(), "nothing written");
			}
			System.gc();
			long freeAfter = Runtime.getRuntime().maxMemory() - Runtime.getRuntime().totalMemory() + Runtime.getRuntime().freeMemory();
			assertTrue(freeAfter > freeBefore - (64L << 20), "nothing kept: " + (freeBefore >> 20) + " MB free before, " + (freeAfter >> 20) + " after");

			int[] asked = new int[1];
			CatalogueWarmUp.run(() -> ++asked[0] > 0, 256L << 20);
			assertTrue(asked[0] > 0 && asked[0] <= 3, "canceled at once, asked " + asked[0] + " times");
		}
	}

	@Test
	void aTruncatedCompactFileIsReportedAndLeftAlone() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository repository = TestRepositories.open(folder, true)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "截断的档案");
			fill((ArchiveCatalogue) document.root(), org.officebench.core.archive.CatalogueParticipant.COMPACT_FROM_ITEMS);
			document.save();
			Path file = folder.resolve(document.file());
			byte[] whole = Files.readAllBytes(file);
			byte[] broken = Arrays.copyOf(whole, whole.length / 2);
			Files.write(file, broken);

			DocumentLoadException e = assertThrows(DocumentLoadException.class, () -> repository.open(document.id()));
			assertEquals(document.file(), e.problem().file());
			assertTrue(e.problem().describe().contains(Messages.Compact_truncated), e.problem().describe());
			for (DocumentSummary summary : repository.documents()) {
				if (!summary.id().equals(document.id())) {
					repository.open(summary.id());
				}
			}
			assertArrayEquals(broken, Files.readAllBytes(file), "never rewritten");
		}
	}

	@Test
	void dataOfANewerVersionIsRefusedNotDropped() throws Exception {
		ArchiveCatalogue catalogue = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		catalogue.setId("c1");
		fill(catalogue, 3);
		catalogue.getItems().get(0).setRemarks("备注");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompactFormat.write(catalogue, ModelVersion.CURRENT, null, bytes);
		// A newer model's feature: rename the 件's "remarks" in the schema to a name this model lacks.
		byte[] data = bytes.toByteArray();
		String latin = new String(data, StandardCharsets.ISO_8859_1);
		int at = latin.indexOf("remarks", latin.indexOf("ArchiveItem"));
		assertTrue(at > 0);
		data["remarks".length() - 1 + at] = 'z';
		byte[] newer = data;
		Exception e = assertThrows(java.io.IOException.class,
				() -> CompactFormat.read(new ByteArrayInputStream(newer), ModelVersion.CURRENT));
		assertTrue(e.getMessage().contains("remarkz"), e.getMessage());
	}

	@Test
	void aTemplateThatCannotGiveUniqueCodesIsRefusedOnSaveAndTheFileKept() throws Exception {
		Path folder = temp.resolve("repo");
		try (Repository repository = TestRepositories.open(folder, false)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "档案");
			byte[] saved = Files.readAllBytes(folder.resolve(document.file()));
			// Without {item} every 件 of a class would get the same 档号.
			((ArchiveCatalogue) document.root()).setArchivalCodePattern("{fonds}-{category}·{year}-{retention}-{org}");
			java.io.IOException e = assertThrows(java.io.IOException.class, document::save);
			assertTrue(e.getMessage().contains("{fonds}-{category}·{year}-{retention}-{org}"), e.getMessage());
			assertArrayEquals(saved, Files.readAllBytes(folder.resolve(document.file())), "the file on disk is untouched");
			((ArchiveCatalogue) document.root()).setArchivalCodePattern(org.officebench.core.archive.ArchivalCodeTemplate.DA_T_13_2022);
			document.save();
		}
	}

	@Test
	void blocksAndTheDictionaryKeepEveryValueAndReferenceAcrossBlockBoundaries() throws Exception {
		ArchiveCatalogue catalogue = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		catalogue.setId("blocks");
		catalogue.setTitle("分块的档案");
		int count = 2 * CompactFormat.BLOCK_CHILDREN + 7;
		fill(catalogue, count);
		String[] people = { "营运部", "综合管理部", "財務部", "" };
		for (int i = 0; i < count; i++) {
			ArchiveItem item = catalogue.getItems().get(i);
			item.setResponsible(people[i % people.length]); // repeated: goes to the dictionary
			item.setDocumentNumber(i % 3 == 0 ? null : "营运〔2025〕" + i + "号"); // unique, sometimes unset
			item.setRemarks(i % 500 == 0 ? "长备注：" + "附件".repeat(40) : null); // longer than a dictionary entry
			item.setPages(i % 41);
		}
		catalogue.getItems().get(7).setRemarks("𠮷野家·café №5"); // a surrogate pair, Latin-1 beyond ASCII, and more
		catalogue.getItems().get(8).setRemarks("·é"); // Latin-1 only
		DestructionRegister register = OfficeBenchFactory.eINSTANCE.createDestructionRegister();
		register.setNumber("XH-2026-002");
		register.getSignatories().addAll(List.of("张三", "李四"));
		// One 件 in each block, and the last one.
		register.getItems().addAll(List.of(catalogue.getItems().get(5), catalogue.getItems().get(CompactFormat.BLOCK_CHILDREN + 1),
				catalogue.getItems().get(count - 1)));
		catalogue.getDestructionRegisters().add(register);

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompactFormat.write(catalogue, ModelVersion.CURRENT, null, bytes);
		ArchiveCatalogue copy = (ArchiveCatalogue) CompactFormat.read(new ByteArrayInputStream(bytes.toByteArray()), ModelVersion.CURRENT);

		assertTrue(EcoreUtil.equals(catalogue, copy), "the same catalogue");
		assertEquals(count, copy.getItems().size());
		assertEquals("营运〔2025〕" + (count - 1) + "号", copy.getItems().get(count - 1).getDocumentNumber());
		assertEquals(null, copy.getItems().get(3).getDocumentNumber(), "an unset value stays unset");
		List<ArchiveItem> registered = copy.getDestructionRegisters().get(0).getItems();
		assertSame(copy.getItems().get(CompactFormat.BLOCK_CHILDREN + 1), registered.get(1), "a reference into the second block");
		assertSame(copy.getItems().get(count - 1), registered.get(2), "a reference into the last block");
		assertSame(copy, copy.getItems().get(count - 1).eContainer(), "every 件 is contained in the catalogue");
		assertEquals("𠮷野家·café №5", copy.getItems().get(7).getRemarks());
		assertEquals("·é", copy.getItems().get(8).getRemarks());
		assertSame(copy.getItems().get(0).getResponsible(), copy.getItems().get(4).getResponsible(), "repeated text is shared");
	}

	@Test
	void aDamagedBlockIsReportedNotLoadedWithWrongValues() throws Exception {
		ArchiveCatalogue catalogue = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		catalogue.setId("damaged");
		fill(catalogue, CompactFormat.BLOCK_CHILDREN + 10);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompactFormat.write(catalogue, ModelVersion.CURRENT, null, bytes);
		byte[] data = bytes.toByteArray();
		// Change one character of a title in the middle of the first block: still valid text, still the same length.
		String latin = new String(data, StandardCharsets.ISO_8859_1);
		byte[] title = "（第2000件）".getBytes(StandardCharsets.UTF_16BE);
		int at = latin.lastIndexOf(new String(title, StandardCharsets.ISO_8859_1)); // in the objects, not the table section ahead of them
		assertTrue(at > 0);
		byte[] other = "（第2001件）".getBytes(StandardCharsets.UTF_16BE);
		System.arraycopy(other, 0, data, at, other.length);
		java.io.IOException e = assertThrows(java.io.IOException.class,
				() -> CompactFormat.read(new ByteArrayInputStream(data), ModelVersion.CURRENT));
		assertTrue(e.getMessage().contains(Messages.Compact_damaged), e.getMessage());
	}

	@Test
	void anyDamagedByteOrCutIsAClearIOExceptionNeverACrashOrAHang() throws Exception {
		ArchiveCatalogue catalogue = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		catalogue.setId("fuzz");
		fill(catalogue, CompactFormat.BLOCK_CHILDREN + 50);
		DestructionRegister register = OfficeBenchFactory.eINSTANCE.createDestructionRegister();
		register.getItems().addAll(catalogue.getItems().subList(10, 12));
		catalogue.getDestructionRegisters().add(register);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CompactFormat.write(catalogue, ModelVersion.CURRENT, null, bytes);
		byte[] whole = bytes.toByteArray();
		java.util.Random random = new java.util.Random(20261123);
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> {
			for (int round = 0; round < 300; round++) {
				byte[] data = whole.clone();
				int at = random.nextInt(data.length);
				boolean cut = round % 3 == 0;
				if (cut) {
					data = Arrays.copyOf(data, at);
				} else {
					data[at] = (byte) (data[at] ^ (1 + random.nextInt(255)));
				}
				byte[] damaged = data;
				try {
					CompactFormat.read(new ByteArrayInputStream(damaged), ModelVersion.CURRENT);
					// A changed byte outside the blocks may still read (a changed title, say); a cut file never does.
					assertFalse(cut, "a file cut at " + at + " of " + whole.length + " was read");
				} catch (java.io.IOException expected) {
					assertFalse(expected.getMessage() == null || expected.getMessage().isBlank(), "a message for byte " + at);
				}
			}
		});
	}

	@Test
	void aFileOfTheFirstCompactFormatStillOpens() throws Exception {
		// Written by OfficeBench before blocks and the dictionary (format 1): twelve 件, a 销毁清册 pointing at two.
		try (java.io.InputStream in = getClass().getResourceAsStream("catalogue-format1.obin")) {
			ArchiveCatalogue catalogue = (ArchiveCatalogue) CompactFormat.read(in, ModelVersion.CURRENT);
			assertEquals("第一版紧凑格式的档案", catalogue.getTitle());
			assertEquals(12, catalogue.getItems().size());
			ArchiveItem fourth = catalogue.getItems().get(3);
			assertEquals("Z109-WS·2024-D30-YYB-0004", fourth.getArchivalCode());
			assertEquals("关于营运部第4次例会的纪要", fourth.getTitle());
			assertEquals("附件1份", fourth.getRemarks());
			assertEquals(1004, fourth.getFiles().get(0).getSize());
			assertEquals(List.of("张三", "李四"), catalogue.getDestructionRegisters().get(0).getSignatories());
			assertSame(fourth, catalogue.getDestructionRegisters().get(0).getItems().get(1));
		}
	}

	private static void fill(ArchiveCatalogue catalogue, int count) {
		OfficeBenchFactory factory = OfficeBenchFactory.eINSTANCE;
		for (int i = 0; i < count; i++) {
			ArchiveItem item = factory.createArchiveItem();
			item.setId("i" + i);
			item.setTitle("关于印发营运部周巡检报表制度的通知（第" + i + "件）");
			item.setYear(2025);
			item.setItemNumber(i + 1);
			item.setRetention(RetentionPeriod.YEARS_10);
			item.setOrganizationCode("YYB");
			item.setDate(new Date(1_735_689_600_000L + i * 60_000L));
			StoredFile file = factory.createStoredFile();
			file.setFileName("通知" + i + ".pdf");
			file.setSha256("a" + i);
			file.setSize(1000 + i);
			item.getFiles().add(file);
			catalogue.getItems().add(item);
		}
	}
}
