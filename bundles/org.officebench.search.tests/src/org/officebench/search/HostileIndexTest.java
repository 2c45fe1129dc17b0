package org.officebench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.RetentionPeriod;
import org.officebench.search.SearchFixtures.Filing;
import org.officebench.search.extract.Extraction;
import org.officebench.search.extract.TextExtractor;
import org.officebench.search.index.IndexFolder;
import org.officebench.tests.support.TestRepositories;

/**
 * What a hostile tester did to the index, on real repositories, real files and a real Lucene index: documents that
 * inflate to hundreds of MB, two first builds at once, documents the repository refuses. Indexing ends, lists what it
 * could not read with the reason, and the rest stays searchable.
 */
class HostileIndexTest {

	@TempDir
	Path temp;

	private Repository repository;
	private SearchIndex index;

	@AfterEach
	void close() {
		if (index != null) {
			index.close();
		}
		if (repository != null) {
			repository.close();
		}
	}

	/** The highest live heap in the old generation (what survives collections) while {@code work} runs. */
	private static long peakOldGeneration(Runnable work) throws InterruptedException {
		MemoryPoolMXBean old = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
				.findFirst().orElse(null);
		if (old == null) {
			work.run();
			return 0;
		}
		old.resetPeakUsage();
		AtomicLong peak = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(old.getUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		try {
			work.run();
		} finally {
			sampler.interrupt();
			sampler.join();
		}
		return Math.max(peak.get(), old.getPeakUsage().getUsed());
	}

	@Test
	void documentsThatInflateToHundredsOfMegabytesAreCutAtTheBudgetAndTheIndexGoesOn() throws Exception {
		repository = TestRepositories.open(temp.resolve("repo"), true);
		Path in = Files.createDirectories(temp.resolve("in"));
		// three different files, each about 100 MB of XML; the budget of this test is 5 MB (the default is 256 MB)
		SearchFixtures.file(repository,
				new Filing(SearchFixtures.inflatingDocx(in.resolve("巡检总表一.docx"), "第一册巡检总表开头", 100, 1), "巡检总表一", 2025, RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.inflatingDocx(in.resolve("巡检总表二.docx"), "第二册巡检总表开头", 100, 2), "巡检总表二", 2025, RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.inflatingDocx(in.resolve("巡检总表三.docx"), "第三册巡检总表开头", 100, 3), "巡检总表三", 2025, RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.text(in.resolve("值班安排.txt"), "春节值班安排：郝晓燕负责东门店。\n", "UTF-8"), "值班安排", 2025,
						RetentionPeriod.YEARS_10, "YYB"));
		TextExtractor budgeted = new TextExtractor(new TextExtractor.Limits(512L * 1024 * 1024, 4_000_000, Duration.ofSeconds(60), 5L * 1024 * 1024));
		index = SearchIndex.open(repository, budgeted);
		IndexReport[] report = new IndexReport[1];
		long started = System.nanoTime();
		long peak = peakOldGeneration(() -> {
			try {
				report[0] = index.rebuild(new NullProgressMonitor()).await(Duration.ofMinutes(3));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertNotNull(report[0], "the rebuild ends: it never hangs");
		assertTrue(report[0].isDone(), report[0].summary());
		assertTrue(took.compareTo(Duration.ofSeconds(90)) < 0, "rebuilt in " + took);
		assertTrue(peak < 600L * 1024 * 1024, "the heap that survives collections stays bounded: " + peak / (1024 * 1024) + " MB");

		List<FileProblem> problems = index.status().problems();
		for (String title : List.of("巡检总表一", "巡检总表二", "巡检总表三")) {
			FileProblem problem = problems.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError(title + " " + problems));
			assertEquals(Extraction.Kind.TEXT_CUT, problem.failure().kind());
			assertEquals("5", problem.failure().detail());
			assertTrue(problem.describe().contains(title + ".docx") && problem.describe().contains("5 MB"), problem.describe());
		}
		assertEquals(3, problems.size(), problems.toString());
		SearchResults other = index.search(SearchRequest.of("郝晓燕"));
		assertNull(other.problem());
		assertEquals(List.of("值班安排"), other.hits().stream().map(Hit::title).toList(), "the other files are searchable");
		SearchResults start = index.search(SearchRequest.of("第二册巡检总表"));
		assertEquals(List.of("巡检总表二"), start.hits().stream().map(Hit::title).toList(), "the text before the cut is searchable");
	}

	@Test
	void aSecondFirstBuildWaitsForTheFirstInsteadOfFailing() throws Exception {
		repository = TestRepositories.open(temp.resolve("repo"), true);
		Path folder = Files.createDirectories(IndexFolder.of(repository));
		index = SearchIndex.open(repository);
		IndexTask task;
		// another program (its own Directory, as another process would have) holds the write lock for a while
		try (Directory other = FSDirectory.open(folder); Lock lock = other.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			task = index.synchronize(new NullProgressMonitor());
			Thread.sleep(1500);
			if (task.isDone()) {
				throw new AssertionError("ended while the other program held the lock: " + task.await().summary());
			}
		}
		IndexReport report = task.await(Duration.ofMinutes(2));
		assertNotNull(report);
		assertTrue(report.isDone(), report.summary());
		assertTrue(index.status().entries() > 0);
	}

	@Test
	void documentsTheRepositoryRefusesAreListedAndNotSearched() throws Exception {
		repository = TestRepositories.open(temp.resolve("repo"), false);
		OfficeDocument newer = repository.create(DocumentKind.POLICY, "会计档案管理办法");
		OfficeDocument broken = repository.create(DocumentKind.POLICY, "印章使用管理规定");
		OfficeDocument fine = repository.create(DocumentKind.POLICY, "车辆使用管理规定");
		index = SearchIndex.open(repository);
		assertTrue(index.rebuild(new NullProgressMonitor()).await().isDone());
		assertEquals(1, index.search(SearchRequest.of("会计档案")).hits().size());

		Path newerFile = repository.root().resolve(newer.file());
		String xml = Files.readString(newerFile).replaceFirst("modelVersion=\"1\"", "modelVersion=\"99\"");
		assertTrue(xml.contains("modelVersion=\"99\""), xml);
		Files.writeString(newerFile, xml);
		Path brokenFile = repository.root().resolve(broken.file());
		byte[] bytes = Files.readAllBytes(brokenFile);
		Files.write(brokenFile, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		IndexReport update = index.synchronize(new NullProgressMonitor()).await();
		assertTrue(update.isDone(), update.summary());
		assertEquals(0, index.search(SearchRequest.of("会计档案")).hits().size(), "what show refuses, search does not find");
		assertEquals(0, index.search(SearchRequest.of("印章使用")).hits().size());
		assertEquals(1, index.search(SearchRequest.of("车辆使用")).hits().size());
		assertEquals(2, update.problems().size(), update.problems().toString());

		for (IndexStatus status : List.of(index.status(), rebuiltStatus())) {
			List<FileProblem> problems = status.problems();
			assertEquals(2, problems.size(), problems.toString());
			FileProblem version = problems.stream().filter(p -> newer.id().equals(p.documentId())).findFirst().orElseThrow();
			assertEquals(Extraction.Kind.DOCUMENT_UNREADABLE, version.failure().kind());
			assertEquals("会计档案管理办法", version.title());
			assertTrue(version.describe().contains(newer.file()) && version.describe().contains("99"), version.describe());
			FileProblem damaged = problems.stream().filter(p -> p.fileName().equals(broken.file())).findFirst().orElseThrow();
			assertEquals(Extraction.Kind.DOCUMENT_UNREADABLE, damaged.failure().kind());
			assertTrue(damaged.describe().contains(broken.file()), damaged.describe());
			assertFalse(damaged.describe().contains(".)") || damaged.describe().contains("。）"), "no doubled full stop: " + damaged.describe());
		}
		assertNotNull(fine);
	}

	private IndexStatus rebuiltStatus() throws InterruptedException {
		IndexReport report = index.rebuild(new NullProgressMonitor()).await();
		assertTrue(report.isDone(), report.summary());
		assertEquals(2, report.problems().size(), report.problems().toString());
		return index.status();
	}
}
