import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.officebench.search.SearchRequest;
import org.officebench.search.SearchResults;
import org.officebench.search.SearchSchema;
import org.officebench.search.analysis.ChineseFolding;
import org.officebench.search.analysis.OfficeAnalyzers;
import org.officebench.search.analysis.OfficeQueryParser;
import org.officebench.search.index.Entry;
import org.officebench.search.index.Genres;
import org.officebench.search.index.Searcher;

import com.ibm.icu.text.Transliterator;

/**
 * Indexing and search speed at scale: N 件 of about 2 KB of text each, generated on the fly from the seed texts (every
 * fifth in traditional characters), indexed once with OfficeBench's analysis chain and once with StandardAnalyzer into
 * the same schema (the fields of the search bundle's Entry, the same stored policy and writer settings), then 200
 * queries timed against both. Run by run.sh.   SEEDS WORK N
 */
public class SearchSpeed {

	static final String[][] ORGS = { { "BGS", "办公室" }, { "YYB", "营运部" }, { "ZHB", "综合管理部" }, { "CWB", "财务部" } };
	static final String[] RETENTIONS = { "Y", "D30", "D10" };
	static final String[] SECURITY = { "public", "internal" };
	static final int TARGET_CHARS = 680; // ≈ 2 KB of UTF-8 per 件 with title and metadata

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path work = Path.of(args[1]);
		int n = Integer.parseInt(args[2]);
		Corpus corpus = new Corpus(seeds);
		System.out.printf("seed paragraphs: %,d (and as many in traditional characters)%n", corpus.simplified.size());

		// Generation alone, so that its share of the indexing time is known (both indexings pay it alike).
		long g0 = System.nanoTime();
		long bytes = 0;
		Generator gen = new Generator(corpus, 1);
		for (int i = 0; i < n; i++) {
			bytes += gen.next(i).bytes;
		}
		double genSeconds = (System.nanoTime() - g0) / 1e9;
		System.out.printf("generated:        %,d 件, %,.1f MB of text (UTF-8: title, metadata, content), %.1f s to generate alone%n", n,
				bytes / 1e6, genSeconds);

		// Warm-up of both chains on a small throwaway index, so that neither pays the JIT for the other.
		int warm = Math.min(20_000, n);
		index(OfficeAnalyzers.bigrams(), work.resolve("warm-ours"), corpus, warm);
		index(new StandardAnalyzer(), work.resolve("warm-standard"), corpus, warm);
		delete(work.resolve("warm-ours"));
		delete(work.resolve("warm-standard"));

		Path oursDir = work.resolve("ours");
		Path standardDir = work.resolve("standard");
		double ours = index(OfficeAnalyzers.bigrams(), oursDir, corpus, n);
		double standard = index(new StandardAnalyzer(), standardDir, corpus, n);
		double oursMbs = bytes / 1e6 / ours;
		double standardMbs = bytes / 1e6 / standard;
		System.out.printf("index OfficeBench: %.1f s, %.2f MB/s (%.2f MB/s without generation), index %,.1f MB%n", ours, oursMbs,
				bytes / 1e6 / (ours - genSeconds), size(oursDir) / 1e6);
		System.out.printf("index Standard:    %.1f s, %.2f MB/s (%.2f MB/s without generation), index %,.1f MB%n", standard, standardMbs,
				bytes / 1e6 / (standard - genSeconds), size(standardDir) / 1e6);
		System.out.printf("ours / Standard:   %.0f %% (target ≥ 50 %%)%n", 100 * oursMbs / standardMbs);

		List<String> queries = queries(corpus);
		System.out.printf("queries:          %d from the seed words (60 words, 40 two words, 40 \"phrases\", 40 traditional words, 20 unknown terms), limit 20, one warm-up round + 3 timed rounds, one thread%n",
				queries.size());
		ChineseFolding.prepare();
		try (FSDirectory dir = FSDirectory.open(oursDir); DirectoryReader reader = DirectoryReader.open(dir)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (boolean facets : new boolean[] { false, true }) {
				long[] hits = new long[1];
				double[] ms = time(queries, q -> {
					long t = System.nanoTime();
					SearchResults r = Searcher.search(searcher, SearchRequest.of(q).withFacets(facets), OfficeQueryParser.parse(q), t);
					hits[0] += r.totalHits();
				});
				report("OfficeBench, " + (facets ? "with facets   " : "without facets"), ms, hits[0] / 4 / queries.size());
			}
			// Where the time goes: parsing alone, and Lucene's top 20 alone (no stored fields, no snippets).
			report("  of which parse (smartcn)   ", time(queries, q -> OfficeQueryParser.parse(q)), 0);
			long[] hits = new long[1];
			double[] ms = time(queries, q -> {
				var top = searcher.search(OfficeQueryParser.parse(q).query(), new TopScoreDocCollectorManager(SearchRequest.DEFAULT_LIMIT, 1000));
				hits[0] += top.totalHits.value();
			});
			report("  of which parse + top 20    ", ms, hits[0] / 4 / queries.size());
		}
		try (FSDirectory dir = FSDirectory.open(standardDir); DirectoryReader reader = DirectoryReader.open(dir)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Analyzer analyzer = new StandardAnalyzer();
			long[] hits = new long[1];
			double[] ms = time(queries, q -> {
				MultiFieldQueryParser parser = new MultiFieldQueryParser(SearchSchema.TEXT_FIELDS.toArray(String[]::new), analyzer);
				parser.setDefaultOperator(QueryParser.Operator.AND);
				var top = searcher.search(parser.parse(q), SearchRequest.DEFAULT_LIMIT);
				for (ScoreDoc d : top.scoreDocs) {
					searcher.storedFields().document(d.doc).get(SearchSchema.TITLE);
				}
				hits[0] += top.totalHits.value();
			});
			report("Standard, AND, no facets  ", ms, hits[0] / 4 / queries.size());
		}
	}

	// ---------------------------------------------------------------- corpus

	static final class Corpus {
		final List<String> simplified = new ArrayList<>();
		final List<String> traditional = new ArrayList<>();
		final List<String> lines = new ArrayList<>();

		Corpus(Path seeds) throws IOException {
			Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
			try (Stream<Path> files = Files.list(seeds)) {
				for (Path seed : files.sorted().toList()) {
					for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
						String text = line.strip();
						if (text.length() >= 15) {
							simplified.add(text);
							traditional.add(toTraditional.transliterate(text));
						}
						String flat = text.replaceAll("[\\s　]+", "");
						if (flat.length() >= 6) {
							lines.add(flat.length() > 36 ? flat.substring(0, 36) : flat);
						}
					}
				}
			}
		}
	}

	record Item(Document document, long bytes) {
	}

	/** The 件 of the benchmark, one after another, never all in memory. */
	static final class Generator {
		final Corpus corpus;
		final Random random;
		final SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
		final SimpleDateFormat number = new SimpleDateFormat("yyyyMMdd", Locale.ROOT);

		Generator(Corpus corpus, long seed) {
			this.corpus = corpus;
			this.random = new Random(seed);
		}

		Item next(int i) {
			String[] org = ORGS[random.nextInt(ORGS.length)];
			int year = 2001 + random.nextInt(25);
			String retention = RETENTIONS[random.nextInt(RETENTIONS.length)];
			String title = org[1] + "关于" + corpus.lines.get(random.nextInt(corpus.lines.size()));
			List<String> paragraphs = i % 5 == 4 ? corpus.traditional : corpus.simplified;
			StringBuilder content = new StringBuilder(TARGET_CHARS + 200);
			while (content.length() < TARGET_CHARS) {
				content.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
			}
			String code = "Z109-WS·" + year + "-" + retention + "-" + org[0] + "-" + String.format("%04d", i % 10_000 + 1);
			String responsible = org[1];
			String documentNumber = org[1].substring(0, 2) + "〔" + year + "〕" + (i % 500 + 1) + "号";
			String fileName = (title.length() > 20 ? title.substring(0, 20) : title) + ".pdf";
			Date date = new Date(java.time.LocalDate.of(year, 1, 1).toEpochDay() * 86_400_000L + random.nextInt(365) * 86_400_000L);
			String id = "item" + i;

			Document d = new Document();
			d.add(new KeywordField(SearchSchema.UID, Entry.itemUid("catalogue", id), Field.Store.YES));
			d.add(new KeywordField(SearchSchema.DOCUMENT_ID, "catalogue", Field.Store.YES));
			d.add(new StringField(SearchSchema.ITEM_ID, id, Field.Store.YES));
			d.add(new BinaryDocValuesField(SearchSchema.FINGERPRINT, new BytesRef(String.format("%032x", (long) i * 0x9E3779B97F4A7C15L))));
			d.add(new TextField(SearchSchema.TITLE, title, Field.Store.YES));
			for (String value : new String[] { code, responsible, documentNumber, org[1], "营运部", fileName }) {
				d.add(new TextField(SearchSchema.META, value, Field.Store.NO));
			}
			d.add(new TextField(SearchSchema.CONTENT, content.toString(), Field.Store.YES));
			d.add(new KeywordField(SearchSchema.KIND, "archive", Field.Store.YES));
			d.add(new KeywordField(SearchSchema.FONDS, "Z109", Field.Store.YES));
			d.add(new KeywordField(SearchSchema.YEAR, Integer.toString(year), Field.Store.YES));
			d.add(new KeywordField(SearchSchema.RETENTION, retention, Field.Store.YES));
			d.add(new KeywordField(SearchSchema.ORG, org[0], Field.Store.YES));
			d.add(new KeywordField(SearchSchema.SECURITY, SECURITY[i % 50 == 0 ? 1 : 0], Field.Store.YES));
			d.add(new KeywordField(SearchSchema.GENRE, Genres.of(title), Field.Store.YES));
			d.add(new StoredField(SearchSchema.ARCHIVAL_CODE, code));
			d.add(new StringField(SearchSchema.CODE, Entry.codeKey(code), Field.Store.NO));
			d.add(new StoredField(SearchSchema.RESPONSIBLE, responsible));
			d.add(new StoredField(SearchSchema.DOCUMENT_NUMBER, documentNumber));
			d.add(new StoredField(SearchSchema.ORG_NAME, org[1]));
			d.add(new StoredField(SearchSchema.FONDS_NAME, "营运部"));
			d.add(new StoredField(SearchSchema.DATE_TEXT, day.format(date)));
			d.add(new IntField(SearchSchema.DATE, Integer.parseInt(number.format(date)), Field.Store.NO));
			d.add(new StoredField(SearchSchema.FILE_NAME, fileName));
			long bytes = utf8(title) + utf8(content) + utf8(code) + utf8(responsible) + utf8(documentNumber) + utf8(org[1]) + utf8("营运部")
					+ utf8(fileName);
			return new Item(d, bytes);
		}
	}

	static long utf8(CharSequence s) {
		long n = 0;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
		}
		return n;
	}

	/** Seconds to generate and index n 件 and commit, with the search bundle's writer settings. */
	static double index(Analyzer analyzer, Path folder, Corpus corpus, int n) throws IOException {
		long t0 = System.nanoTime();
		try (FSDirectory dir = FSDirectory.open(folder)) {
			IndexWriterConfig config = new IndexWriterConfig(analyzer);
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
			config.setRAMBufferSizeMB(48);
			config.setCommitOnClose(false);
			try (IndexWriter writer = new IndexWriter(dir, config)) {
				Generator gen = new Generator(corpus, 1);
				for (int i = 0; i < n; i++) {
					writer.addDocument(gen.next(i).document);
				}
				writer.commit();
			}
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	// ---------------------------------------------------------------- queries

	/** 200 queries from the seed words, fixed: 60 words, 40 two words, 40 phrases, 40 traditional words, 20 unknown terms. */
	static List<String> queries(Corpus corpus) throws IOException {
		List<List<String>> sentences = new ArrayList<>();
		for (String p : corpus.simplified) {
			List<String> words = new ArrayList<>();
			try (HMMChineseTokenizer t = new HMMChineseTokenizer()) {
				CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
				t.setReader(new StringReader(p));
				t.reset();
				while (t.incrementToken()) {
					words.add(term.toString());
				}
				t.end();
			}
			sentences.add(words);
		}
		Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
		Random random = new Random(42);
		List<String> out = new ArrayList<>();
		int[] plan = { 60, 40, 40, 40, 20 };
		for (int kind = 0; kind < plan.length; kind++) {
			for (int made = 0; made < plan[kind];) {
				List<String> s = sentences.get(random.nextInt(sentences.size()));
				if (s.size() < 4) {
					continue;
				}
				int j = random.nextInt(s.size() - 3);
				String w = s.get(j);
				String q = switch (kind) {
				case 0 -> han(w) && w.length() >= 2 ? w : null;
				case 1 -> {
					String v = sentences.get(random.nextInt(sentences.size())).stream().filter(x -> han(x) && x.length() >= 2).findAny().orElse(null);
					yield han(w) && w.length() >= 2 && v != null ? w + " " + v : null;
				}
				case 2 -> {
					String p = s.get(j) + s.get(j + 1) + s.get(j + 2);
					yield han(p) ? "\"" + p + "\"" : null;
				}
				case 3 -> {
					String t = toTraditional.transliterate(w);
					yield han(w) && w.length() >= 2 && !t.equals(w) ? t : null;
				}
				default -> han(w + s.get(j + 1)) && w.length() == 1 && s.get(j + 1).length() == 1 && s.get(j + 2).length() == 1
						&& han(s.get(j + 2)) ? w + s.get(j + 1) + s.get(j + 2) : null;
				};
				if (q != null) {
					out.add(q);
					made++;
				}
			}
		}
		return out;
	}

	static boolean han(String s) {
		return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	interface Run {
		void query(String q) throws Exception;
	}

	static final java.util.Map<String, Double> slowest = new java.util.HashMap<>();

	/** Milliseconds of every query in three timed rounds after one warm-up round, sorted. */
	static double[] time(List<String> queries, Run run) throws Exception {
		List<Double> ms = new ArrayList<>();
		slowest.clear();
		for (int round = 0; round < 4; round++) {
			for (String q : queries) {
				long t = System.nanoTime();
				run.query(q);
				if (round > 0) {
					double took = (System.nanoTime() - t) / 1e6;
					ms.add(took);
					slowest.merge(q, took / 3, Double::sum);
				}
			}
		}
		double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(a);
		return a;
	}

	static void report(String name, double[] ms, long meanHits) {
		System.out.printf("latency %s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (targets p50 ≤ 5, p95 ≤ 20; mean totalHits %,d, a lower bound where not counted exactly)%n",
				name, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], meanHits);
		StringBuilder slow = new StringBuilder("  slowest (mean of 3):");
		slowest.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
				.forEach(e -> slow.append(String.format(" %s %.1f ms;", e.getKey(), e.getValue())));
		System.out.println(slow);
	}

	static double pct(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
	}

	static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.mapToLong(f -> f.toFile().length()).sum();
		}
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}
}
