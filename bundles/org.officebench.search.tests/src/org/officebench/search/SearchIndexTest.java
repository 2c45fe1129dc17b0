package org.officebench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.RemoveCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.FilingResult;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.RetentionPeriod;
import org.officebench.search.SearchFixtures.Filing;
import org.officebench.search.analysis.ChineseFolding;
import org.officebench.search.analysis.TextMatches;
import org.officebench.search.extract.Extraction;
import org.officebench.tests.support.TestRepositories;

/**
 * The index of a real repository: the sample documents and catalogue (the seed texts) plus files of every kind filed
 * through the archive, searched as a user types.
 */
class SearchIndexTest {

	@TempDir
	Path temp;

	private Repository repository;
	private SearchIndex index;
	private Map<String, String> codes; // title → 档号

	@BeforeEach
	void build() throws Exception {
		repository = TestRepositories.open(temp.resolve("repo"), true);
		Path in = Files.createDirectories(temp.resolve("in"));
		List<FilingResult> filed = SearchFixtures.file(repository,
				new Filing(SearchFixtures.pdf(in.resolve("营运部第三季度例会材料.pdf"), "营运部第三季度会议纪要", "会议决定：各门店于九月底前完成巡检整改。"),
						"营运部第三季度例会材料", 2024, RetentionPeriod.YEARS_30, "YYB"),
				new Filing(SearchFixtures.text(in.resolve("營運部例會記錄.txt"), "營運部第四季度會議紀要\n會議決定：加強門店巡檢，落實整改責任。\n", "Big5"),
						"營運部例會記錄", 2024, RetentionPeriod.YEARS_10, "BGS"),
				new Filing(SearchFixtures.docx(in.resolve("门店管理系统上线通知.docx"), "自十月起各门店使用巡店宝记录巡检结果。", "郝晓燕负责培训。"),
						"门店管理系统上线通知", 2025, RetentionPeriod.YEARS_10, "ZHB"),
				new Filing(SearchFixtures.xlsx(in.resolve("整改台账.xlsx"), new String[] { "门店", "问题", "整改措施" },
						new String[] { "东门店", "货架陈列不规范", "限期整改" }), "整改台账", 2025, RetentionPeriod.PERMANENT, "BGS"),
				new Filing(SearchFixtures.xls(in.resolve("物资使用登记表.xls"), new String[] { "物资", "领用人" }, new String[] { "打印纸", "郝晓燕" }),
						"物资使用登记表", 2023, RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.text(in.resolve("文书格式规定.txt"), scattered(), "GBK"), "文书格式规定", 2024, RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.brokenDocx(in.resolve("损坏的租赁合同.docx"), "租赁合同正文"), "损坏的租赁合同", 2024, RetentionPeriod.PERMANENT,
						"BGS"),
				new Filing(SearchFixtures.text(in.resolve("纪律要求.txt"), "会上议定：纪律要求从严，人人要遵守。\n", "UTF-8"), "纪律要求", 2024,
						RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.text(in.resolve("十月安全工作记录.txt"), apart(), "UTF-8"), "十月安全工作记录", 2025,
						RetentionPeriod.YEARS_10, "YYB"),
				new Filing(SearchFixtures.text(in.resolve("安全培训通知.txt"), "本月完成电梯维保一次。" + DUTY.repeat(6), "UTF-8"), "安全培训通知", 2025,
						RetentionPeriod.YEARS_10, "YYB"));
		codes = filed.stream().collect(Collectors.toMap(r -> r.item().getTitle(), FilingResult::archivalCode));
		index = SearchIndex.open(repository);
		IndexReport report = index.rebuild(new NullProgressMonitor()).await();
		assertTrue(report.isDone(), report.toString());
	}

	private static final String DUTY = "各岗位人员按排班表到岗，交接班时填写值班日志并签字确认。";

	/** 电梯 and 维保 three times each, always far apart. */
	private static String apart() {
		return ("电梯" + DUTY.repeat(2) + "维保" + DUTY.repeat(2)).repeat(3);
	}

	/** 会议 and 纪要 in the text, far apart and often, but never 会议纪要. */
	private static String scattered() {
		StringBuilder text = new StringBuilder("门店会议室预约管理办法\n");
		for (int i = 0; i < 6; i++) {
			text.append("会议室使用前一日登记，会议结束后清理。").append("各部门报送材料须按规定格式编排，正文前注明文号与日期。".repeat(3)).append('\n');
		}
		for (int i = 0; i < 6; i++) {
			text.append("纪要由记录人起草，报部门负责人审核后印发。\n");
		}
		return text.toString();
	}

	@AfterEach
	void close() {
		if (index != null) {
			index.close();
		}
		repository.close();
	}

	private List<Hit> search(String query) {
		SearchResults results = index.search(SearchRequest.of(query).withLimit(50));
		assertNull(results.problem(), query + ": " + results.problemMessage());
		return results.hits();
	}

	private static List<String> titles(List<Hit> hits) {
		return hits.stream().map(Hit::title).toList();
	}

	private static int rank(List<Hit> hits, String title) {
		return titles(hits).indexOf(title);
	}

	@Test
	void simplifiedFindsTraditionalAndTheOtherWayRound() {
		List<Hit> simplified = search("会议纪要");
		assertTrue(rank(simplified, "營運部例會記錄") >= 0, "the Big5 file of 會議紀要: " + titles(simplified));
		assertTrue(rank(simplified, "营运部第三季度例会材料") >= 0, titles(simplified).toString());
		List<Hit> traditional = search("會議紀要");
		assertEquals(titles(simplified), titles(traditional), "the same search either way");
		Hit big5 = simplified.get(rank(simplified, "營運部例會記錄"));
		TextMatches.Snippet snippet = big5.snippet();
		assertEquals("會議紀要", snippet.text().substring(snippet.highlights().get(0).start(), snippet.highlights().get(0).end()),
				"the traditional text is marked where the simplified word was searched: " + snippet.text());
		assertEquals(Location.Type.FILE, big5.location().type());
		assertEquals("營運部例會記錄.txt", big5.location().name(), "the file as filed");
		assertEquals(codes.get("營運部例會記錄"), big5.archivalCode());

		List<Hit> guideline = search("营运管理部工作指引");
		assertEquals(java.util.Set.of(DocumentKind.POLICY, DocumentKind.ARCHIVE), java.util.Set.of(guideline.get(0).kind(), guideline.get(1).kind()),
				"the sample policy and the filed text, written in traditional characters: " + titles(guideline));
		assertEquals("營運管理部工作指引", guideline.get(0).title());
	}

	/** Which sample 件 each seed text is filed as (the samples are the seeds, byte for byte). */
	private static final Map<String, String> SEED_TITLES = Map.of("half-year-summary.txt", "营运部上半年工作总结", "work-summaries.txt",
			"营运部工作总结汇编", "work-guideline-traditional.txt", "營運管理部工作指引", "monthly-summaries.txt", "运营月度总结", "annual-plans.txt",
			"运营年度工作计划汇总");

	@Test
	void eachSeedTextIsFoundFirstByAPhraseOfItsOwnInSimplifiedCharacters() throws IOException {
		Map<String, String> texts = new java.util.TreeMap<>();
		try (Stream<Path> seeds = Files.list(SearchFixtures.SEEDS)) {
			for (Path seed : seeds.toList()) {
				texts.put(seed.getFileName().toString(), Files.readString(seed));
			}
		}
		assertEquals(SEED_TITLES.keySet(), texts.keySet());
		for (Map.Entry<String, String> seed : texts.entrySet()) {
			String phrase = uniquePhrase(seed.getValue(), texts.values());
			List<Hit> hits = search(ChineseFolding.fold(phrase));
			Hit first = hits.stream().filter(h -> h.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow(() -> new AssertionError(phrase));
			assertEquals(SEED_TITLES.get(seed.getKey()), first.title(), seed.getKey() + ": " + phrase + " → " + titles(hits));
			assertEquals(first.title(), hits.get(0).title(), "best first: " + titles(hits));
		}
	}

	/** Ten Chinese characters in a row that no other seed has. */
	private static String uniquePhrase(String text, java.util.Collection<String> all) {
		java.util.regex.Matcher run = java.util.regex.Pattern.compile("\\p{IsHan}{10}").matcher(text);
		for (int from = text.length() / 3; run.find(from); from = run.start() + 1) {
			String phrase = run.group();
			String folded = ChineseFolding.fold(phrase);
			if (all.stream().filter(t -> ChineseFolding.fold(t).contains(folded)).count() == 1) {
				return phrase;
			}
		}
		throw new AssertionError("no phrase of its own");
	}

	@Test
	void aWordNoDictionaryKnowsIsFoundThroughBigrams() {
		List<Hit> hits = search("巡店宝");
		assertEquals(List.of("门店管理系统上线通知"), titles(hits), "only the DOCX that has the word in its text");
		assertTrue(hits.get(0).snippet().marked("【", "】").contains("【巡店宝】"), hits.get(0).snippet().text());
		assertEquals(List.of("门店管理系统上线通知", "物资使用登记表"), titles(search("郝晓燕")).stream().sorted(Comparator.reverseOrder()).toList(),
				"a name, in a DOCX and in an XLS");
	}

	@Test
	void spaceSeparatedWordsMustAllBeFound() {
		List<String> both = titles(search("门店 整改"));
		assertTrue(both.containsAll(List.of("营运部第三季度例会材料", "營運部例會記錄", "整改台账")), both.toString());
		assertFalse(both.contains("文书格式规定"), "门店 without 整改: " + both);
		List<String> three = titles(search("门店 整改 郝晓燕"));
		assertEquals(List.of(), three, "nothing has all three");
	}

	@Test
	void quotedWordsMustStandTogether() {
		List<String> phrase = titles(search("\"巡检整改\""));
		assertEquals(List.of("营运部第三季度例会材料"), phrase, "only the text with 巡检整改 side by side");
		List<String> words = titles(search("巡检整改"));
		assertTrue(words.contains("營運部例會記錄"), "unquoted, the words may stand apart: " + words);
		assertEquals("营运部第三季度例会材料", words.get(0), "but side by side ranks first");
	}

	@Test
	void aWordRanksAboveItsCharactersScattered() {
		List<Hit> hits = search("会议纪要");
		int scattered = rank(hits, "文书格式规定");
		assertTrue(scattered >= 0, "会议 and 纪要 apart still match: " + titles(hits));
		assertTrue(rank(hits, "营运部第三季度例会材料") < scattered, titles(hits).toString());
		assertTrue(rank(hits, "營運部例會記錄") < scattered, titles(hits).toString());
		assertEquals(-1, rank(hits, "纪律要求"), "the four characters strewn over a sentence are no match");
	}

	@Test
	void wordsNearOneAnotherRankAboveWordsFarApart() {
		List<String> hits = titles(search("电梯 维保"));
		assertEquals(List.of("安全培训通知", "十月安全工作记录"), hits,
				"电梯 and 维保 side by side first, though the other file has each of them three times");
	}

	@Test
	void facetsCountTheResultsAndNarrowThem() {
		SearchResults all = index.search(SearchRequest.of("门店").withLimit(100));
		Map<String, Integer> years = all.facets().get(Facet.YEAR).stream().collect(Collectors.toMap(Facet.Count::value, Facet.Count::count));
		assertEquals(all.totalHits(), years.values().stream().mapToInt(Integer::intValue).sum() + all.hits().stream().filter(h -> h.year() == null).count());
		for (Hit hit : all.hits()) {
			if (hit.year() != null) {
				assertTrue(years.get(hit.year()) > 0, hit.year());
			}
		}
		assertTrue(years.get("2024") >= 2 && years.get("2025") >= 2, years.toString());
		List<Facet.Count> retention = all.facets().get(Facet.RETENTION);
		assertTrue(retention.stream().anyMatch(c -> c.value().equals("D30") && c.label().equals("定期30年")), retention.toString());
		assertTrue(all.facets().get(Facet.ORG).stream().anyMatch(c -> c.value().equals("YYB") && c.label().equals("YYB 营运部")),
				all.facets().get(Facet.ORG).toString());

		SearchResults narrowed = index.search(SearchRequest.of("门店").withLimit(100).withFilter(Facet.YEAR, "2024"));
		assertEquals(years.get("2024").longValue(), narrowed.totalHits());
		assertTrue(narrowed.hits().stream().allMatch(h -> "2024".equals(h.year())), titles(narrowed.hits()).toString());
		assertEquals(all.facets().get(Facet.YEAR), narrowed.facets().get(Facet.YEAR),
				"the year facet still offers the other years with their counts");
		int d30 = narrowed.facets().get(Facet.RETENTION).stream().filter(c -> c.value().equals("D30")).mapToInt(Facet.Count::count).sum();
		SearchResults both = index.search(SearchRequest.of("门店").withFilter(Facet.YEAR, "2024").withFilter(Facet.RETENTION, "D30"));
		assertEquals(d30, both.totalHits(), "the count shown is what choosing it gives");
		assertEquals(List.of("营运部第三季度例会材料"), titles(both.hits()));
	}

	@Test
	void aCountsOnlySearchGivesTheFacetsAndTheTotalOfTheHitsShownFirst() {
		SearchRequest narrowed = SearchRequest.of("门店").withFilter(Facet.YEAR, "2024");
		SearchResults full = index.search(narrowed);
		SearchResults counts = index.search(narrowed.countsOnly());
		assertTrue(counts.hits().isEmpty(), "no hits read");
		assertEquals(full.totalHits(), counts.totalHits());
		assertTrue(counts.totalExact());
		assertEquals(full.facets(), counts.facets(), "the year facet counted without its own filter, the others with it");
		SearchResults hitsFirst = index.search(narrowed.withFacets(false));
		SearchResults shown = hitsFirst.withCounts(counts);
		assertEquals(titles(full.hits()), titles(shown.hits()));
		assertEquals(full.facets(), shown.facets());
		assertEquals(full.totalHits(), shown.totalHits());
	}

	@Test
	void aFileWithoutTextIsReportedAndItsItemFoundByItsTitle() {
		IndexStatus status = index.status();
		assertTrue(status.health().isReady());
		FileProblem problem = status.problems().stream().filter(p -> p.title().equals("损坏的租赁合同")).findFirst().orElseThrow();
		assertEquals(codes.get("损坏的租赁合同"), problem.archivalCode());
		assertEquals(Extraction.Kind.CORRUPT, problem.failure().kind());
		assertTrue(problem.describe().contains("损坏的租赁合同.docx") && problem.describe().contains("损坏"), problem.describe());
		assertEquals(1, status.problems().size(), "only the damaged file: " + status.problems());
		assertEquals(List.of("损坏的租赁合同"), titles(search("\"租赁合同\"")), "found by its title");
		assertEquals("损坏的租赁合同", search("租赁合同").get(0).title(), "first also where the words may stand apart");
		assertEquals(List.of(), titles(search("\"合同正文\"")), "its text is not in the index");
	}

	@Test
	void documentsAreFoundWithTheirArticleItemOrStep() {
		Hit step = search("巡检流于形式").get(0);
		assertEquals(DocumentKind.FLOWCHART, step.kind());
		assertEquals(Location.Type.STEP, step.location().type());
		assertEquals("步骤：现场巡检", step.location().label());

		Hit article = search("营运规划 策略").stream().filter(h -> h.kind() == DocumentKind.POLICY).findFirst().orElseThrow();
		assertEquals(Location.Type.ARTICLE, article.location().type(), article.location().toString());

		Hit action = search("方案 会签").stream().filter(h -> h.kind() == DocumentKind.MINUTES).findFirst().orElseThrow();
		assertNotNull(action.location());
	}

	@Test
	void thePreviewHasTheWholeTextWithEveryMatch() {
		Hit hit = search("巡店宝").get(0);
		Preview preview = index.preview(hit.uid(), "巡店宝");
		assertNotNull(preview);
		assertTrue(preview.text().contains("郝晓燕负责培训"), preview.text());
		assertEquals(1, preview.matches().size());
		TextMatches.Range match = preview.matches().get(0);
		assertEquals("巡店宝", preview.text().substring(match.start(), match.end()));
		assertEquals("门店管理系统上线通知.docx", preview.locationAt(match.start()).name());
	}

	@Test
	void badQueriesGetAMessageOrASensibleResult() {
		assertEquals(SearchResults.Problem.EMPTY_QUERY, index.search(SearchRequest.of("   ")).problem());
		assertTrue(index.search(SearchRequest.of("")).problemMessage().contains("引号"), "says how to search");
		assertEquals(SearchResults.Problem.NO_WORDS, index.search(SearchRequest.of("，。！？…… ——「」")).problem());
		SearchResults open = index.search(SearchRequest.of("整改 \"巡检整改"));
		assertNull(open.problem());
		assertEquals(List.of("营运部第三季度例会材料"), titles(open.hits()), "the open quote runs to the end");
		assertFalse(open.noticeMessages().isEmpty());
		String huge = "门店巡检整改".repeat(1700);
		SearchResults shortened = index.search(SearchRequest.of(huge));
		assertNull(shortened.problem());
		assertTrue(shortened.noticeMessages().get(0).contains("200"), shortened.noticeMessages().toString());
		assertTrue(shortened.took().toMillis() < 5_000, shortened.took().toString());
		for (String odd : List.of("*", "?", "AND OR NOT", "(", "title:会议", "\\", "~2", "-门店", "+门店", "门店^3", "\u0000", "\uD83D\uDE00")) {
			SearchResults results = index.search(SearchRequest.of(odd));
			assertTrue(results.problem() == null || results.problem() == SearchResults.Problem.NO_WORDS, odd + ": " + results.problem());
		}
	}

	@Test
	void aDamagedIndexIsDetectedAndRebuilt() throws Exception {
		Path largest;
		try (Stream<Path> files = Files.list(index.folder())) {
			largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
					.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
		}
		try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() / 2);
		}
		IndexHealth health = index.health();
		assertEquals(IndexHealth.State.CORRUPT, health.state(), "a truncated " + largest.getFileName());
		IndexReport report = index.synchronize(new NullProgressMonitor()).await();
		assertEquals(IndexTask.Kind.REBUILD, report.kind(), "synchronizing a damaged index rebuilds it");
		assertTrue(report.isDone() && report.written() > 10, report.toString());
		assertTrue(index.health().isReady());
		assertEquals(List.of("门店管理系统上线通知"), titles(search("巡店宝")));

		try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(index.folder());
				org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
						new org.apache.lucene.index.IndexWriterConfig())) {
			writer.setLiveCommitData(Map.of(SearchSchema.COMMIT_VERSION, "0").entrySet());
			writer.commit(); // as an older OfficeBench would have left it
		}
		assertEquals(IndexHealth.State.OUTDATED, index.health().state());
		IndexReport outdated = index.synchronize(new NullProgressMonitor()).await();
		assertEquals(IndexTask.Kind.REBUILD, outdated.kind());
		assertTrue(index.health().isReady());
		assertEquals(List.of("门店管理系统上线通知"), titles(search("巡店宝")));

		deleteSegmentsFiles();
		assertEquals(IndexHealth.State.MISSING, index.health().state(), "without its segments_N the index is gone");
		assertTrue(index.synchronize(new NullProgressMonitor()).await().isDone());
		assertEquals(List.of("门店管理系统上线通知"), titles(search("巡店宝")));
	}

	private void deleteSegmentsFiles() throws IOException {
		try (Stream<Path> files = Files.list(index.folder())) {
			for (Path file : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
				Files.delete(file);
			}
		}
	}

	@Test
	void aRebuildReportsItsProgressToTheMonitorItWasGiven() throws Exception {
		List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
		AtomicInteger worked = new AtomicInteger();
		AtomicInteger budget = new AtomicInteger();
		IndexReport report = index.rebuild(new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				budget.set(totalWork);
				told.add("begin " + name);
			}

			@Override
			public void worked(int work) {
				worked.addAndGet(work);
			}

			@Override
			public void subTask(String name) {
				told.add(name);
			}

			@Override
			public void done() {
				told.add("done");
			}
		}).await();
		assertTrue(report.isDone());
		assertTrue(told.get(0).startsWith("begin "), told.toString());
		assertEquals("done", told.get(told.size() - 1));
		assertTrue(told.stream().anyMatch(line -> line.contains("Z109-WS·2025-D10-YYB-0001")), "the sub-task names the entry: " + told);
		assertTrue(worked.get() > 0 && worked.get() <= budget.get(), worked + " of " + budget);
	}

	@Test
	void aCanceledRebuildLeavesTheIndexAsItWas() throws Exception {
		int before = index.status().entries();
		AtomicInteger seen = new AtomicInteger();
		IndexTask[] task = new IndexTask[1];
		task[0] = index.rebuild(new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (seen.incrementAndGet() == 3) {
					task[0].cancel();
				}
			}
		});
		IndexReport report = task[0].await(Duration.ofSeconds(60));
		assertNotNull(report, "the rebuild stopped");
		assertEquals(IndexReport.Outcome.CANCELED, report.outcome());
		assertTrue(seen.get() < before, "stopped early: " + seen.get() + " of " + before);
		assertEquals(before, index.status().entries());
		assertEquals(List.of("门店管理系统上线通知"), titles(search("巡店宝")));

		AtomicInteger polled = new AtomicInteger();
		IndexReport byMonitor = index.rebuild(new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				polled.incrementAndGet();
			}

			@Override
			public boolean isCanceled() {
				return polled.get() >= 2;
			}
		}).await();
		assertEquals(IndexReport.Outcome.CANCELED, byMonitor.outcome(), "canceling the IProgressMonitor cancels the task");
	}

	@Test
	void savingTheCatalogueUpdatesOnlyTheItemsThatChanged() throws Exception {
		int before = index.status().entries();
		Path in = Files.createDirectories(temp.resolve("later"));
		SearchFixtures.file(repository, new Filing(SearchFixtures.docx(in.resolve("x.docx"), "年度消防演练总结：疏散用时四分钟。"), "消防演练总结",
				2025, RetentionPeriod.YEARS_10, "BGS"));
		IndexReport added = index.update(catalogueId(), new NullProgressMonitor()).await();
		assertEquals(1, added.written(), added.toString());
		assertTrue(added.unchanged() >= 12, "the other 件 were not read again: " + added);
		assertEquals(before + 1, index.status().entries());
		assertEquals(List.of("消防演练总结"), titles(search("\"消防演练\"")));

		OfficeDocument catalogue = repository.open(catalogueId());
		ArchiveCatalogue root = (ArchiveCatalogue) catalogue.root();
		ArchiveItem gone = root.getItems().stream().filter(i -> i.getTitle().equals("消防演练总结")).findFirst().orElseThrow();
		ArchiveItem renamed = root.getItems().stream().filter(i -> i.getTitle().equals("物资使用登记表")).findFirst().orElseThrow();
		catalogue.commandStack().execute(RemoveCommand.create(catalogue.editingDomain(), root,
				OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__ITEMS, gone));
		catalogue.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(catalogue.editingDomain(), renamed,
				OfficeBenchPackage.Literals.ARCHIVE_ITEM__TITLE, "耗材领用登记表"));
		repository.addListener(index.listener());
		catalogue.save(); // the listener queues the update
		IndexReport changed = index.update(catalogueId(), new NullProgressMonitor()).await(); // queued after it: waits for it
		assertTrue(changed.isDone(), changed.toString());
		assertEquals(List.of(), titles(search("\"消防演练\"")), "the removed 件 is gone from the index");
		assertEquals(List.of("耗材领用登记表"), titles(search("\"耗材领用\"")));
		assertEquals(List.of("耗材领用登记表"), titles(search("打印纸")), "its file's text is still found after the edit");
		assertEquals(before, index.status().entries());
	}

	@Test
	void aFiledOfdIsFoundByItsTextAlsoWhereAPhraseWrapsAcrossLines() throws Exception {
		Path in = Files.createDirectories(temp.resolve("ofd"));
		Path ofd = in.resolve("业务支撑月例会制度.ofd");
		try (java.io.InputStream fixture = getClass().getResourceAsStream("extract/meeting-minutes.ofd")) { // written by ofdrw
			Files.copy(fixture, ofd);
		}
		int before = index.status().entries();
		SearchFixtures.file(repository, new Filing(ofd, "销售部月例会材料", 2025, RetentionPeriod.YEARS_10, "YYB"));
		IndexReport added = index.update(catalogueId(), new NullProgressMonitor()).await();
		assertEquals(1, added.written(), added.toString());
		assertEquals(before + 1, index.status().entries());
		assertEquals(1, index.status().problems().size(), "the OFD's text was read: " + index.status().problems());
		// the text comes from seed 003, filed in the sample as 运营月度总结: that one is found too
		assertTrue(titles(search("\"稽核中心\"")).contains("销售部月例会材料"), "a word from page 1");
		List<Hit> wrapped = search("\"形成会议纪要\"");
		assertTrue(rank(wrapped, "销售部月例会材料") >= 0, "会议纪|要 wraps on the page: " + titles(wrapped));
		Hit hit = wrapped.get(rank(wrapped, "销售部月例会材料"));
		assertEquals("业务支撑月例会制度.ofd", hit.location().name(), "found in its file");
		assertEquals(Location.Type.FILE, hit.location().type());
		assertTrue(titles(search("\"下发4期会议纪要\"")).contains("销售部月例会材料"), "a phrase from page 2, of three TextObjects");
	}

	private String catalogueId() {
		return repository.documents().stream().filter(s -> s.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow().id();
	}

	@Test
	void aSecondIndexOnTheSameFolderSearchesWhatTheFirstWrote() throws Exception {
		try (Repository reader = TestRepositories.service().openForReading(repository.root(), "other");
				SearchIndex second = SearchIndex.open(reader)) {
			assertTrue(second.health().isReady());
			assertEquals(List.of("门店管理系统上线通知"), second.search(SearchRequest.of("巡店宝")).hits().stream().map(Hit::title).toList());
			IndexReport nothing = second.synchronize(new NullProgressMonitor()).await();
			assertEquals(0, nothing.written(), "nothing changed since: " + nothing);
		}
	}
}
