package org.officebench.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.archive.FilingResult.Status;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;
import org.officebench.model.StoredFile;
import org.officebench.tests.support.TestRepositories;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.RetentionRules;
import org.officebench.core.archive.RetentionSchedule;

/** 归档 into the sample catalogue (5 items in Z109/2025/D10/YYB) of a real repository. */
class FilingServiceTest {

	@TempDir
	Path temp;

	private Path files;
	private Repository repository;
	private OfficeDocument document;
	private ArchiveCatalogue catalogue;
	private final FilingService service = new FilingService();

	@BeforeEach
	void open() throws Exception {
		files = Files.createDirectories(temp.resolve("in"));
		repository = TestRepositories.open(temp.resolve("repo"), true);
		String id = repository.documents().stream().filter(s -> s.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow().id();
		document = repository.open(id);
		catalogue = (ArchiveCatalogue) document.root();
		assertEquals(5, catalogue.getItems().size());
	}

	@AfterEach
	void close() {
		repository.close();
	}

	/** Into the sample class Z109/2025/D10/YYB. */
	private static FilingRequest request(Path file) {
		return FilingRequest.of(file).year(2025).retention(RetentionPeriod.YEARS_10).organizationCode("YYB");
	}

	private List<FilingResult> file(FilingRequest... requests) {
		return service.file(repository, document, List.of(requests), new NullProgressMonitor());
	}

	private long storedCopies(String sha256) throws Exception {
		try (Stream<Path> walk = Files.walk(repository.root())) {
			return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(sha256)).count();
		}
	}

	private NumberCounter counter(String key) {
		return catalogue.getNumberCounters().stream().filter(c -> key.equals(c.getClassKey())).findFirst().orElseThrow();
	}

	@Test
	void pdfIsFiledWithCodeDigestsAndPages() throws Exception {
		Path pdf = FilingFixtures.pdf(files.resolve("2025年上半年工作总结.pdf"), 3, null);
		List<FilingResult> results = file(request(pdf).responsible("营运部").documentNumber("营运〔2025〕12号")
				.securityLevel(SecurityLevel.INTERNAL).remarks("原件存档"));
		FilingResult result = results.get(0);
		assertEquals(Status.FILED, result.status(), result.message());
		assertEquals("Z109-WS·2025-D10-YYB-0006", result.archivalCode());
		ArchiveItem item = result.item();
		assertTrue(catalogue.getItems().contains(item));
		assertEquals(6, item.getItemNumber());
		assertEquals("2025年上半年工作总结", item.getTitle());
		assertEquals("营运部", item.getResponsible());
		assertEquals("营运〔2025〕12号", item.getDocumentNumber());
		assertEquals(SecurityLevel.INTERNAL, item.getSecurityLevel());
		assertEquals("原件存档", item.getRemarks());
		assertEquals(3, item.getPages());
		StoredFile stored = item.getFiles().get(0);
		assertEquals("2025年上半年工作总结.pdf", stored.getFileName());
		assertEquals("application/pdf", stored.getMediaType());
		assertEquals(Files.size(pdf), stored.getSize());
		assertEquals(Sm3.hex(pdf), stored.getSm3());
		assertTrue(repository.contentStore().contains(stored.getSha256()));
		assertTrue(repository.contentStore().verify(stored.getSha256()));
		assertEquals(6, counter("Z109/2025/D10/YYB").getHighest());
		assertTrue(document.isDirty());
		assertTrue(ArchivalCodeTemplate.of(catalogue).isWellFormed(item.getArchivalCode()));
		document.save(); // the caller saves
		assertFalse(document.isDirty());
	}

	@Test
	void defaultsComeFromTheFileAndTheCatalogue() throws Exception {
		Path docx = FilingFixtures.docx(files.resolve("xyz.docx"), 2, "正文");
		Files.setLastModifiedTime(docx, FileTime.from(LocalDate.of(2023, 6, 1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		FilingResult result = file(FilingRequest.of(docx)).get(0);
		assertEquals(Status.FILED, result.status(), result.message());
		String firstOrganization = catalogue.getOrganizations().get(0).getCode();
		assertEquals("Z109-WS·2023-D10-" + firstOrganization + "-0001", result.archivalCode());
		assertEquals("xyz", result.item().getTitle());
		assertEquals(2023, result.item().getYear());
		assertEquals(RetentionPeriod.YEARS_10, result.item().getRetention());
		assertEquals(firstOrganization, result.item().getOrganizationCode());
		assertEquals(2, result.item().getPages());
		assertEquals(1, counter("Z109/2023/D10/" + firstOrganization).getHighest());
	}

	@Test
	void theCataloguesEditedScheduleProposesTheRetention() throws Exception {
		int board = RetentionRules.entries(catalogue).stream().filter(e -> e.keywords().contains("董事会")).findFirst().orElseThrow().index();
		assertEquals(RetentionPeriod.PERMANENT, RetentionSchedule.of(catalogue).propose("董事会决议").orElseThrow().retention());
		document.commandStack().execute(RetentionRules.setRetention(document.editingDomain(), catalogue, board, RetentionPeriod.YEARS_30));
		document.commandStack().execute(RetentionRules.add(document.editingDomain(), catalogue, 0, "门店装修验收", "装修+验收",
				RetentionPeriod.PERMANENT));

		Path minutes = FilingFixtures.text(files.resolve("董事会决议.txt"), FilingFixtures.SIMPLIFIED, "UTF-8");
		Path fitOut = FilingFixtures.text(files.resolve("新店装修工程验收单.txt"), FilingFixtures.SIMPLIFIED + "验收", "UTF-8");
		List<FilingResult> results = file(FilingRequest.of(minutes).year(2025), FilingRequest.of(fitOut).year(2025));
		assertEquals(Status.FILED, results.get(0).status(), results.get(0).message());
		assertEquals(RetentionPeriod.YEARS_30, results.get(0).item().getRetention(), "the edited row, not the shipped default");
		assertEquals(Status.FILED, results.get(1).status(), results.get(1).message());
		assertEquals(RetentionPeriod.PERMANENT, results.get(1).item().getRetention(), "the added row");
		assertTrue(results.get(1).archivalCode().contains("-Y-"), results.get(1).archivalCode());

		// A schedule given to the service is used as given.
		Path again = FilingFixtures.text(files.resolve("董事会决议（二）.txt"), FilingFixtures.SIMPLIFIED + "二", "UTF-8");
		FilingResult given = new FilingService(new FileInspector(), RetentionSchedule.loadDefault())
				.file(repository, document, List.of(FilingRequest.of(again).year(2025)), new NullProgressMonitor()).get(0);
		assertEquals(RetentionPeriod.PERMANENT, given.item().getRetention());
	}

	@Test
	void retentionIsProposedByTheScheduleFromTheTitle() throws Exception {
		String title = "董事会决议";
		RetentionPeriod proposed = RetentionSchedule.loadDefault().propose(title).map(RetentionSchedule.Proposal::retention).orElse(null);
		Path txt = FilingFixtures.text(files.resolve(title + ".txt"), FilingFixtures.SIMPLIFIED, "UTF-8");
		FilingResult result = file(FilingRequest.of(txt).year(2025)).get(0);
		assertEquals(Status.FILED, result.status(), result.message());
		assertEquals(proposed == null ? RetentionPeriod.YEARS_10 : proposed, result.item().getRetention());
		assertEquals("text/plain; charset=UTF-8", result.item().getFiles().get(0).getMediaType());
	}

	@Test
	void textFilesKeepTheirDetectedEncoding() throws Exception {
		Path gbk = FilingFixtures.text(files.resolve("gbk.txt"), FilingFixtures.SIMPLIFIED, "GBK");
		Path big5 = FilingFixtures.text(files.resolve("big5.txt"), FilingFixtures.TRADITIONAL, "Big5");
		List<FilingResult> results = file(request(gbk), request(big5));
		assertEquals("text/plain; charset=GB18030", results.get(0).item().getFiles().get(0).getMediaType());
		assertEquals("text/plain; charset=Big5", results.get(1).item().getFiles().get(0).getMediaType());
	}

	@Test
	void oddCharactersInTheNameAreKept() throws Exception {
		Path odd = FilingFixtures.xlsx(files.resolve("会议 台账 #3 100%.xlsx"));
		FilingResult result = file(request(odd)).get(0);
		assertEquals(Status.FILED, result.status(), result.message());
		assertEquals("会议 台账 #3 100%", result.item().getTitle());
		assertEquals("会议 台账 #3 100%.xlsx", result.item().getFiles().get(0).getFileName());
		assertTrue(result.message().contains("会议 台账 #3 100%.xlsx"), result.message());
	}

	@Test
	void sameContentTwiceIsADuplicateWithOneStoredCopy() throws Exception {
		Path first = FilingFixtures.pdf(files.resolve("first.pdf"), 1, null);
		Path second = Files.copy(first, files.resolve("copy of first.pdf"));
		List<FilingResult> results = file(request(first), request(second));
		assertEquals(Status.FILED, results.get(0).status(), results.get(0).message());
		FilingResult duplicate = results.get(1);
		assertEquals(Status.DUPLICATE, duplicate.status(), duplicate.message());
		assertEquals(results.get(0).archivalCode(), duplicate.duplicateOf());
		assertTrue(duplicate.message().contains(results.get(0).archivalCode()), duplicate.message());
		assertEquals("Z109-WS·2025-D10-YYB-0007", duplicate.archivalCode());
		String sha = results.get(0).item().getFiles().get(0).getSha256();
		assertEquals(sha, duplicate.item().getFiles().get(0).getSha256());
		assertEquals(1, storedCopies(sha));
	}

	@Test
	void oneBadFileDoesNotStopTheBatch() throws Exception {
		Path good1 = FilingFixtures.pdf(files.resolve("a.pdf"), 1, null);
		Path empty = Files.write(files.resolve("empty.pdf"), new byte[0]);
		Path locked = FilingFixtures.pdf(files.resolve("locked.pdf"), 1, "user-secret");
		Path cut = FilingFixtures.truncated(FilingFixtures.docx(files.resolve("whole.docx"), 1, "正文"), files.resolve("cut.docx"));
		Path bomb = FilingFixtures.zipBomb(FilingFixtures.docx(files.resolve("seed.docx"), 1, "正文"), files.resolve("bomb.docx"));
		Path good2 = FilingFixtures.docx(files.resolve("b.docx"), 1, "正文");
		int[] worked = { 0, -1, 0 }; // worked, the whole, files told
		List<FilingResult> results = service.file(repository, document,
				Stream.of(good1, empty, locked, cut, bomb, good2).map(FilingServiceTest::request).toList(), new NullProgressMonitor() {
					@Override
					public void beginTask(String name, int total) {
						worked[1] = total;
					}

					@Override
					public void worked(int work) {
						worked[0] += work;
					}

					@Override
					public void subTask(String name) {
						worked[2]++;
					}
				});
		assertEquals(List.of(Status.FILED, Status.REFUSED, Status.REFUSED, Status.REFUSED, Status.REFUSED, Status.FILED),
				results.stream().map(FilingResult::status).toList());
		assertEquals(worked[1], worked[0], "the progress reaches its end");
		assertEquals(6, worked[2], "one step per file");
		assertEquals("Z109-WS·2025-D10-YYB-0006", results.get(0).archivalCode());
		assertEquals("Z109-WS·2025-D10-YYB-0007", results.get(5).archivalCode(), "a refused file uses no number");
		for (FilingResult refused : results.subList(1, 5)) {
			assertNull(refused.item());
			assertTrue(refused.message().contains(refused.file().getFileName().toString()), refused.message());
		}
		assertEquals(7, catalogue.getItems().size());
	}

	@Test
	void aRefusedFileChangesNothing() throws Exception {
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);
		Path empty = Files.write(files.resolve("empty.txt"), new byte[0]);
		Path good = FilingFixtures.pdf(files.resolve("good.pdf"), 1, null);
		List<FilingResult> results = file(request(empty), request(good).organizationCode("Y-B"));
		assertEquals(Status.REFUSED, results.get(0).status());
		assertEquals(Status.REFUSED, results.get(1).status(), "an organisation code that cannot be part of a 档号");
		assertTrue(EcoreUtil.equals(before, catalogue));
		assertFalse(document.commandStack().canUndo());
	}

	@Test
	void withoutAnOrganisationTheFileIsRefused() throws Exception {
		document.commandStack().execute(RemoveCommand.create(document.editingDomain(), catalogue,
				Literals.ARCHIVE_CATALOGUE__ORGANIZATIONS, List.copyOf(catalogue.getOrganizations())));
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);
		FilingResult result = file(FilingRequest.of(FilingFixtures.pdf(files.resolve("x.pdf"), 1, null)).year(2025)).get(0);
		assertEquals(Status.REFUSED, result.status());
		assertTrue(result.message().contains("x.pdf"), result.message());
		assertTrue(EcoreUtil.equals(before, catalogue));
		FilingResult withOrg = file(request(FilingFixtures.pdf(files.resolve("y.pdf"), 1, null)).organizationCode("BGS")).get(0);
		assertEquals("Z109-WS·2025-D10-BGS-0001", withOrg.archivalCode(), withOrg.message());
	}

	@Test
	void numbersAreNeverReusedAfterAnItemIsRemoved() throws Exception {
		FilingResult sixth = file(request(FilingFixtures.pdf(files.resolve("six.pdf"), 1, null))).get(0);
		assertEquals(6, sixth.item().getItemNumber());
		document.commandStack().execute(RemoveCommand.create(document.editingDomain(), catalogue, Literals.ARCHIVE_CATALOGUE__ITEMS, sixth.item()));
		assertEquals(5, catalogue.getItems().size());
		FilingResult next = file(request(FilingFixtures.pdf(files.resolve("seven.pdf"), 2, null))).get(0);
		assertEquals("Z109-WS·2025-D10-YYB-0007", next.archivalCode());
		assertEquals(7, counter("Z109/2025/D10/YYB").getHighest());
	}

	@Test
	void undoOfOneFilingRestoresTheCatalogueExactly() throws Exception {
		FilingResult first = file(request(FilingFixtures.pdf(files.resolve("one.pdf"), 1, null))).get(0);
		ArchiveCatalogue afterFirst = EcoreUtil.copy(catalogue);
		FilingResult second = file(FilingRequest.of(FilingFixtures.pdf(files.resolve("two.pdf"), 1, null)).year(2019)).get(0);
		assertEquals(Status.FILED, second.status(), second.message());
		assertFalse(EcoreUtil.equals(afterFirst, catalogue));
		document.commandStack().undo();
		assertTrue(EcoreUtil.equals(afterFirst, catalogue), "one undo takes back exactly one filing, new counter included");
		document.commandStack().undo();
		assertEquals(5, catalogue.getItems().size());
		assertEquals(5, counter("Z109/2025/D10/YYB").getHighest());
		assertFalse(document.commandStack().canUndo());
		document.commandStack().redo();
		assertTrue(catalogue.getItems().contains(first.item()));
	}

	@Test
	void cancelStopsBeforeTheNextFile() throws Exception {
		Path a = FilingFixtures.pdf(files.resolve("a.pdf"), 1, null);
		Path b = FilingFixtures.pdf(files.resolve("b.pdf"), 2, null);
		Path c = FilingFixtures.pdf(files.resolve("c.pdf"), 3, null);
		boolean[] canceled = { false };
		List<FilingResult> results = service.file(repository, document, List.of(request(a), request(b), request(c)),
				new NullProgressMonitor() {
					@Override
					public void worked(int work) {
						canceled[0] = true; // the user presses Cancel while the first file is filed
					}

					@Override
					public boolean isCanceled() {
						return canceled[0];
					}
				});
		assertEquals(List.of(Status.FILED, Status.CANCELED, Status.CANCELED), results.stream().map(FilingResult::status).toList());
		assertEquals(6, catalogue.getItems().size());
		assertNotNull(results.get(2).message());
		assertTrue(results.get(2).message().contains("c.pdf"));
	}

	@Test
	void filesPreparedBeforeTheUserFiledAnotherAreNumberedWhenTheirCommandsAreExecuted() throws Exception {
		FilingTarget target = service.target(document);
		PreparedFiling early = service.prepare(repository, target, request(FilingFixtures.pdf(files.resolve("a.pdf"), 1, null)));
		PreparedFiling later = service.prepare(repository, target, request(FilingFixtures.pdf(files.resolve("b.pdf"), 2, null)));
		assertTrue(early.isReady() && later.isReady());
		assertEquals(5, catalogue.getItems().size(), "preparing (the job's part) changes nothing in the catalogue");
		assertFalse(document.commandStack().canUndo());

		// Meanwhile the user files another file into the same class.
		assertEquals("Z109-WS·2025-D10-YYB-0006", file(request(FilingFixtures.pdf(files.resolve("c.pdf"), 3, null))).get(0).archivalCode());
		FilingResult first = service.execute(document, early);
		FilingResult second = service.execute(document, later);
		assertEquals("Z109-WS·2025-D10-YYB-0007", first.archivalCode(), first.message());
		assertEquals("Z109-WS·2025-D10-YYB-0008", second.archivalCode(), second.message());
		assertEquals(8, counter("Z109/2025/D10/YYB").getHighest());
		assertTrue(document.commandStack().getUndoCommand().getLabel().contains("0008"), "the undo names the 件 it takes back");

		document.commandStack().undo();
		assertFalse(catalogue.getItems().contains(second.item()), "one undo takes back one filed 件");
		assertTrue(catalogue.getItems().contains(first.item()));
		assertEquals(7, counter("Z109/2025/D10/YYB").getHighest());
		document.commandStack().redo();
		assertEquals(8, second.item().getItemNumber(), "redo files it again under the same number");
	}

	@Test
	void aTemplateMadeUnusableBeforeTheCommandRunsRefusesTheFileAndChangesNothing() throws Exception {
		PreparedFiling prepared = service.prepare(repository, service.target(document),
				request(FilingFixtures.pdf(files.resolve("a.pdf"), 1, null)));
		document.commandStack().execute(SetCommand.create(document.editingDomain(), catalogue,
				Literals.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN, "{fonds}-{year}-{org}"));
		ArchiveCatalogue before = EcoreUtil.copy(catalogue);
		var undo = document.commandStack().getUndoCommand();
		FilingResult result = service.execute(document, prepared);
		assertEquals(Status.REFUSED, result.status());
		assertTrue(result.message().contains("a.pdf"), result.message());
		assertTrue(EcoreUtil.equals(before, catalogue));
		assertEquals(undo, document.commandStack().getUndoCommand(), "nothing to undo for a refused file");
	}
}
