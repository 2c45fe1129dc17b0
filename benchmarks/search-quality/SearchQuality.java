import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.officebench.archive.FilingRequest;
import org.officebench.archive.FilingResult;
import org.officebench.archive.FilingService;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.internal.FileRepository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;
import org.officebench.search.Hit;
import org.officebench.search.IndexMonitor;
import org.officebench.search.IndexReport;
import org.officebench.search.SearchIndex;
import org.officebench.search.SearchRequest;
import org.officebench.search.SearchResults;

import com.ibm.icu.text.Transliterator;

/**
 * Search quality over documents made from the seed texts: each document is a few paragraphs of the seeds, chosen at
 * random with a fixed seed; every third one converted to traditional characters with ICU. A query's relevant documents
 * are those whose (simplified) source text contains the query's words, found by plain string search, never by an index.
 *   label SEEDS QUERIES   writes the labelled query set (once; the file is kept with the benchmark)
 *   run SEEDS WORK QUERIES  files the documents into a repository, indexes them with SearchIndex and with a plain
 *                           StandardAnalyzer index, runs the queries on both and prints recall@10, P@5, MRR
 */
public class SearchQuality {

	static final int DOCUMENTS = 600;
	static final int PER_KIND = 10;
	static final String[] KINDS = { "s→s", "s→t", "t→s", "multi", "phrase", "oov" };

	record Doc(String id, String simplified, String text, boolean traditional) {
	}

	record Query(String kind, String text, List<String> relevant) {
	}

	public static void main(String[] args) throws Exception {
		List<Doc> docs = corpus(Path.of(args[1]));
		if (args[0].equals("label")) {
			label(docs, Path.of(args[2]));
		} else {
			run(docs, Path.of(args[2]), Path.of(args[3]));
		}
	}

	static List<String> paragraphs(Path seeds) throws IOException {
		List<String> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path seed : files.sorted().toList()) {
				for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
					String text = line.strip();
					if (text.length() >= 15) {
						out.add(text);
					}
				}
			}
		}
		return out;
	}

	static List<Doc> corpus(Path seeds) throws IOException {
		List<String> paragraphs = paragraphs(seeds);
		Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
		Random random = new Random(20261124);
		List<Doc> docs = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			int k = 3 + random.nextInt(4);
			StringBuilder s = new StringBuilder();
			for (int p = 0; p < k; p++) {
				s.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
			}
			String simplified = s.toString();
			boolean traditional = i % 3 == 2;
			docs.add(new Doc(String.format("D%04d", i), simplified, traditional ? toTraditional.transliterate(simplified) : simplified,
					traditional));
		}
		return docs;
	}

	// ---------------------------------------------------------------- labelling

	record Word(String text, int start, int end) {
	}

	static final String STOP = "的了和与及在是为对将等各其并也都而把被从于就以之或由要有这那个所中上下不";

	static List<Word> words(String text) throws IOException {
		List<Word> out = new ArrayList<>();
		try (HMMChineseTokenizer t = new HMMChineseTokenizer()) {
			CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = t.addAttribute(OffsetAttribute.class);
			t.setReader(new StringReader(text));
			t.reset();
			while (t.incrementToken()) {
				out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			t.end();
		}
		return out;
	}

	static boolean cjk(String s) {
		return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** Consecutive words of the text (adjacent, all Han) whose length together is within [min, max], or null. */
	static String run(List<Word> words, String text, Random random, int min, int max) {
		int j = random.nextInt(words.size());
		int start = words.get(j).start();
		int end = start;
		for (int i = j; i < words.size(); i++) {
			Word w = words.get(i);
			if (w.start() != end || !cjk(w.text())) {
				return null;
			}
			end = w.end();
			if (end - start >= min) {
				return end - start <= max ? text.substring(start, end) : null;
			}
		}
		return null;
	}

	/** Two to four characters smartcn leaves as single characters in a row: names and terms its dictionary lacks. */
	static String unknown(List<Word> words, String text, Random random) {
		int j = random.nextInt(words.size());
		int i = j;
		while (i < words.size() && words.get(i).text().length() == 1 && cjk(words.get(i).text()) && STOP.indexOf(words.get(i).text()) < 0
				&& (i == j || words.get(i).start() == words.get(i - 1).end())) {
			i++;
		}
		if (i - j < 2 || i - j > 4 || j > 0 && words.get(j - 1).text().length() == 1 && cjk(words.get(j - 1).text())) {
			return null; // the whole run of single characters, not a part of it
		}
		return text.substring(words.get(j).start(), words.get(i - 1).end());
	}

	static List<String> relevant(List<Doc> docs, String... parts) {
		List<String> out = new ArrayList<>();
		for (Doc d : docs) {
			if (Arrays.stream(parts).allMatch(d.simplified()::contains)) {
				out.add(d.id());
			}
		}
		return out;
	}

	static void label(List<Doc> docs, Path out) throws IOException {
		Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
		Random random = new Random(7);
		List<Query> queries = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String kind : KINDS) {
			int made = 0;
			for (int attempt = 0; made < PER_KIND && attempt < 200_000; attempt++) {
				Doc target = docs.get(random.nextInt(docs.size()));
				boolean wantTraditional = switch (kind) {
				case "s→t" -> true;
				case "s→s", "t→s" -> false;
				default -> made % 2 == 1;
				};
				if (target.traditional() != wantTraditional) {
					continue;
				}
				String[] paragraphs = target.simplified().split("\n");
				String p = paragraphs[random.nextInt(paragraphs.length)];
				List<Word> w = words(p);
				if (w.isEmpty()) {
					continue;
				}
				String query;
				String[] parts;
				switch (kind) {
				case "multi" -> {
					String q = paragraphs[random.nextInt(paragraphs.length)];
					List<Word> w2 = words(q);
					String a = run(w, p, random, 2, 4);
					String b = w2.isEmpty() ? null : run(w2, q, random, 2, 4);
					if (a == null || b == null || a.contains(b) || b.contains(a) || p.equals(q)) {
						continue;
					}
					parts = new String[] { a, b };
					query = a + " " + b;
				}
				case "phrase" -> {
					String a = run(w, p, random, 6, 10);
					if (a == null) {
						continue;
					}
					parts = new String[] { a };
					query = "\"" + a + "\"";
				}
				case "oov" -> {
					String a = unknown(w, p, random);
					if (a == null) {
						continue;
					}
					parts = new String[] { a };
					query = a;
				}
				default -> {
					String a = run(w, p, random, 3, 6);
					if (a == null) {
						continue;
					}
					if ((kind.equals("t→s") || kind.equals("s→t")) && toTraditional.transliterate(a).equals(a)) {
						continue; // the same in both scripts: it would test nothing
					}
					parts = new String[] { a };
					query = kind.equals("t→s") ? toTraditional.transliterate(a) : a;
				}
				}
				List<String> rel = relevant(docs, parts);
				if (rel.isEmpty() || rel.size() > 5 || !seen.add(query)) {
					continue;
				}
				queries.add(new Query(kind, query, rel));
				made++;
			}
		}
		StringBuilder s = new StringBuilder();
		s.append("# Labelled queries for benchmarks/search-quality (written by `SearchQuality label`, seeds of ").append(java.time.LocalDate.now())
				.append(").\n# kind<TAB>query<TAB>relevant documents: those whose source text contains the query's words (each word,\n")
				.append("# for a multi-word query), found by string search over the generated documents, never by an index.\n")
				.append("# s→s simplified query, simplified text; s→t simplified query, traditional text; t→s traditional query, simplified text;\n")
				.append("# multi two words, space separated; phrase a quoted run of words; oov characters smartcn leaves single (names, terms).\n");
		for (Query q : queries) {
			s.append(q.kind()).append('\t').append(q.text()).append('\t').append(String.join(",", q.relevant())).append('\n');
		}
		Files.writeString(out, s.toString());
		System.out.println(queries.size() + " queries written to " + out);
	}

	// ---------------------------------------------------------------- measuring

	static List<Query> read(Path file) throws IOException {
		List<Query> out = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			out.add(new Query(f[0], f[1], List.of(f[2].split(","))));
		}
		return out;
	}

	interface Engine {
		List<String> top10(String query) throws Exception;
	}

	static void run(List<Doc> docs, Path work, Path queryFile) throws Exception {
		List<Query> queries = read(queryFile);
		// The labels are checked against the documents made now: a change of the seeds shows here, not as a bad score.
		for (Query q : queries) {
			if (q.kind().equals("t→s")) {
				continue; // ICU's way back to simplified is not always the text's own (裡 → 裏): labelled from the source only
			}
			String[] parts = q.text().replace("\"", "").split(" ");
			if (!relevant(docs, parts).equals(q.relevant())) {
				System.out.println("WARNING: label of " + q.text() + " does not match the documents generated now: " + relevant(docs, parts));
			}
		}
		System.out.printf("documents: %d (%d in traditional characters), %d queries, %s%n", docs.size(),
				docs.stream().filter(Doc::traditional).count(), queries.size(), queryFile.getFileName());

		Path in = Files.createDirectories(work.resolve("in"));
		long t0 = System.nanoTime();
		try (Repository repository = FileRepository.open(work.resolve("repo"), "benchmark", List::of)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "检索质量测试");
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			catalogue.setFondsCode("Z109");
			catalogue.setFondsName("营运部");
			Organization org = OfficeBenchFactory.eINSTANCE.createOrganization();
			org.setCode("YYB");
			org.setName("营运部");
			catalogue.getOrganizations().add(org);
			List<FilingRequest> requests = new ArrayList<>();
			for (Doc d : docs) {
				Path file = Files.writeString(in.resolve(d.id() + ".txt"), d.text());
				// The title is the document's identity only, so that only the text can answer a query.
				requests.add(FilingRequest.of(file).title(d.id()).year(2024).retention(RetentionPeriod.YEARS_10).organizationCode("YYB"));
			}
			List<FilingResult> filed = new FilingService().file(repository, document, requests, FilingService.Progress.NONE);
			for (FilingResult r : filed) {
				if (!r.isFiled()) {
					throw new IllegalStateException("not filed: " + r);
				}
			}
			document.save();
			long t1 = System.nanoTime();
			try (SearchIndex index = SearchIndex.open(repository)) {
				IndexReport report = index.rebuild(IndexMonitor.NONE).await();
				if (!report.isDone()) {
					throw new IllegalStateException(report.toString());
				}
				System.out.printf("filed %d 件 through FilingService (%.1f s), indexed by SearchIndex.rebuild (%.1f s)%n", filed.size(),
						(t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
				Engine ours = q -> {
					SearchResults results = index.search(SearchRequest.of(q).withLimit(10).withFacets(false));
					if (results.hasProblem()) {
						System.out.println("  problem for " + q + ": " + results.problemMessage());
					}
					return results.hits().stream().map(Hit::title).toList();
				};
				try (FSDirectory dir = FSDirectory.open(work.resolve("standard"))) {
					Analyzer standard = new StandardAnalyzer();
					try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(standard))) {
						for (Doc d : docs) {
							Document doc = new Document();
							doc.add(new TextField("title", d.id(), Field.Store.YES));
							doc.add(new TextField("content", d.text(), Field.Store.NO));
							writer.addDocument(doc);
						}
					}
					try (DirectoryReader reader = DirectoryReader.open(dir)) {
						IndexSearcher searcher = new IndexSearcher(reader);
						Map<String, Engine> engines = new LinkedHashMap<>();
						engines.put("OfficeBench (SearchIndex: bigrams + folding, OfficeQueryParser)", ours);
						engines.put("StandardAnalyzer + classic QueryParser, default AND", baseline(searcher, standard, QueryParser.Operator.AND));
						engines.put("StandardAnalyzer + classic QueryParser, default OR", baseline(searcher, standard, QueryParser.Operator.OR));
						for (Map.Entry<String, Engine> e : engines.entrySet()) {
							measure(e.getKey(), e.getValue(), queries, e.getValue() == ours);
						}
					}
				}
			}
		}
	}

	static Engine baseline(IndexSearcher searcher, Analyzer analyzer, QueryParser.Operator operator) {
		return q -> {
			MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] { "title", "content" }, analyzer);
			parser.setDefaultOperator(operator);
			List<String> ids = new ArrayList<>();
			try {
				for (ScoreDoc hit : searcher.search(parser.parse(q), 10).scoreDocs) {
					ids.add(searcher.storedFields().document(hit.doc).get("title"));
				}
			} catch (ParseException e) {
				System.out.println("  parse error for " + q + ": " + e.getMessage());
			}
			return ids;
		};
	}

	static void measure(String name, Engine engine, List<Query> queries, boolean listFailures) throws Exception {
		Map<String, double[]> sums = new LinkedHashMap<>(); // kind → n, recall, p5, mrr, ideal p5
		for (String kind : KINDS) {
			sums.put(kind, new double[5]);
		}
		sums.put("overall", new double[5]);
		List<String> failures = new ArrayList<>();
		for (Query q : queries) {
			List<String> top = engine.top10(q.text());
			Set<String> rel = Set.copyOf(q.relevant());
			long in10 = top.stream().filter(rel::contains).count();
			long in5 = top.stream().limit(5).filter(rel::contains).count();
			double recall = (double) in10 / Math.min(10, rel.size());
			double rr = 0;
			for (int i = 0; i < top.size(); i++) {
				if (rel.contains(top.get(i))) {
					rr = 1.0 / (i + 1);
					break;
				}
			}
			for (String key : new String[] { q.kind(), "overall" }) {
				double[] s = sums.get(key);
				s[0]++;
				s[1] += recall;
				s[2] += in5 / 5.0;
				s[3] += rr;
				s[4] += Math.min(5, rel.size()) / 5.0;
			}
			if (listFailures && (recall < 1 || rr < 1)) {
				failures.add(String.format("  %-6s %-20s relevant %s, top 10 %s", q.kind(), q.text(), q.relevant(), top));
			}
		}
		System.out.println();
		System.out.println(name);
		System.out.printf("  %-8s %4s %10s %8s %8s %12s%n", "kind", "n", "recall@10", "P@5", "MRR", "P@5 ceiling");
		sums.forEach((kind, s) -> System.out.printf("  %-8s %4d %10.3f %8.3f %8.3f %12.3f%n", kind, (int) s[0], s[1] / s[0], s[2] / s[0],
				s[3] / s[0], s[4] / s[0]));
		if (listFailures) {
			System.out.println(failures.isEmpty() ? "  every query: all relevant documents in the top 10, the first at rank 1"
					: "  queries with a relevant document missing from the top 10 or not first:");
			failures.forEach(System.out::println);
		}
	}
}
