package org.officebench.search.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.officebench.core.DocumentKind;
import org.officebench.core.Labels;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;
import org.officebench.search.Facet;
import org.officebench.search.Hit;
import org.officebench.search.Preview;
import org.officebench.search.SearchRequest;
import org.officebench.search.SearchResults;
import org.officebench.search.SearchSchema;
import org.officebench.search.Segment;
import org.officebench.search.analysis.ParsedQuery;
import org.officebench.search.analysis.TextMatches;

/** Runs searches on one {@link IndexSearcher} (a point-in-time view of the index). Stateless and thread-safe. */
public final class Searcher {

	/** Beyond this many hits the total is counted no further, unless facets count every match anyway. */
	private static final int COUNT_UP_TO = 1000;

	/** How many of the best hits are scored again by how near their words stand. */
	private static final int NEARNESS_WINDOW = 50;

	private Searcher() {
	}

	public static SearchResults search(IndexSearcher searcher, SearchRequest request, ParsedQuery parsed, long startedNanos)
			throws IOException {
		Query query = withFilters(parsed.query(), request.filters(), null);
		int window = parsed.nearness() == null ? request.limit() : Math.max(request.limit(), NEARNESS_WINDOW);
		// No hits wanted (counts only): no top documents collected, rescored or read.
		TopScoreDocCollectorManager top = request.limit() == 0 ? null : new TopScoreDocCollectorManager(window, COUNT_UP_TO);
		TopDocs topDocs = null;
		Map<Facet, List<Facet.Count>> facets = new EnumMap<>(Facet.class);
		long total;
		boolean exact;
		if (request.facets()) {
			List<String> unfiltered = new ArrayList<>();
			for (Facet facet : Facet.values()) {
				if (!request.filters().containsKey(facet)) {
					unfiltered.add(facet.field());
				}
			}
			FacetCounter counter = new FacetCounter(unfiltered);
			FacetCounter.Counts counts;
			if (top == null) {
				counts = searcher.search(query, counter);
			} else {
				Object[] both = searcher.search(query, new MultiCollectorManager(top, counter));
				topDocs = (TopDocs) both[0];
				counts = (FacetCounter.Counts) both[1];
			}
			total = counts.matches();
			exact = true;
			for (Facet facet : Facet.values()) {
				if (!request.filters().containsKey(facet)) {
					facets.put(facet, counts(searcher, facet, counts.values().get(facet.field())));
				}
			}
			// a facet that narrows is counted without its own filter: its other values stay to choose from
			for (Facet facet : request.filters().keySet()) {
				FacetCounter.Counts sideways = searcher.search(withFilters(parsed.query(), request.filters(), facet),
						new FacetCounter(List.of(facet.field())));
				facets.put(facet, counts(searcher, facet, sideways.values().get(facet.field())));
			}
		} else {
			topDocs = searcher.search(query, top);
			total = topDocs.totalHits.value();
			exact = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
		}
		if (topDocs != null && parsed.nearness() != null) {
			topDocs = QueryRescorer.rescore(searcher, topDocs, parsed.nearness(), 1, request.limit());
		}
		List<Hit> hits = new ArrayList<>();
		for (ScoreDoc scoreDoc : topDocs == null ? new ScoreDoc[0] : topDocs.scoreDocs) {
			Document stored = searcher.storedFields().document(scoreDoc.doc);
			hits.add(hit(stored, scoreDoc.score, parsed.highlights(), request.snippetLength()));
		}
		return new SearchResults(null, parsed.notices(), total, exact, List.copyOf(hits), facets, parsed.highlights(),
				Duration.ofNanos(System.nanoTime() - startedNanos));
	}

	private static Query withFilters(Query query, Map<Facet, String> filters, Facet except) {
		if (filters.isEmpty() || filters.size() == 1 && filters.containsKey(except)) {
			return query;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.MUST);
		filters.forEach((facet, value) -> {
			if (facet != except) {
				all.add(KeywordField.newExactQuery(facet.field(), value), Occur.FILTER);
			}
		});
		return all.build();
	}

	private static Hit hit(Document d, float score, List<String> highlights, int snippetLength) {
		String content = d.get(SearchSchema.CONTENT);
		String title = d.get(SearchSchema.TITLE);
		TextMatches.Snippet snippet = TextMatches.snippet(content == null ? "" : content, highlights, snippetLength); //$NON-NLS-1$
		List<Segment> segments = Segment.decode(d.get(SearchSchema.SEGMENTS));
		int at = snippet.highlights().isEmpty() ? -1 : snippet.offsetInSource() + snippet.highlights().get(0).start();
		DocumentKind kind = DocumentKind.fromKey(d.get(SearchSchema.KIND));
		return new Hit(d.get(SearchSchema.UID), kind, d.get(SearchSchema.DOCUMENT_ID), d.get(SearchSchema.ITEM_ID),
				d.get(SearchSchema.ARCHIVAL_CODE), title, d.get(SearchSchema.DATE_TEXT), d.get(SearchSchema.YEAR),
				d.get(SearchSchema.RETENTION), d.get(SearchSchema.FONDS), d.get(SearchSchema.ORG), d.get(SearchSchema.ORG_NAME),
				d.get(SearchSchema.SECURITY), d.get(SearchSchema.GENRE), d.get(SearchSchema.RESPONSIBLE),
				d.get(SearchSchema.DOCUMENT_NUMBER), List.of(d.getValues(SearchSchema.FILE_NAME)), score,
				TextMatches.find(title, highlights), snippet, at < 0 ? null : Segment.at(segments, at),
				d.getField(SearchSchema.DESTROYED) != null);
	}

	private static List<Facet.Count> counts(IndexSearcher searcher, Facet facet, Map<String, Integer> values) throws IOException {
		List<Facet.Count> out = new ArrayList<>();
		if (values == null) {
			return out;
		}
		for (Map.Entry<String, Integer> e : values.entrySet()) {
			out.add(new Facet.Count(e.getKey(), label(searcher, facet, e.getKey()), e.getValue()));
		}
		Comparator<Facet.Count> order = facet == Facet.YEAR ? Comparator.comparing(Facet.Count::value).reversed()
				: Comparator.comparingInt(Facet.Count::count).reversed().thenComparing(Facet.Count::value);
		out.sort(order);
		return out;
	}

	/** The value for the user: 永久, 内部, 档案, YYB 营运部, Z109 营运部. */
	static String label(IndexSearcher searcher, Facet facet, String value) throws IOException {
		switch (facet) {
		case RETENTION: {
			RetentionPeriod retention = RetentionPeriod.get(value);
			return retention == null ? value : Labels.retention(retention);
		}
		case SECURITY: {
			SecurityLevel level = SecurityLevel.get(value);
			return level == null ? value : Labels.securityLevel(level);
		}
		case KIND: {
			DocumentKind kind = DocumentKind.fromKey(value);
			return kind == null ? value : kind.label();
		}
		case GENRE:
			return Genres.OTHER.equals(value) ? Messages.Genre_other : value;
		case ORG:
			return withName(searcher, SearchSchema.ORG, value, SearchSchema.ORG_NAME);
		case FONDS:
			return withName(searcher, SearchSchema.FONDS, value, SearchSchema.FONDS_NAME);
		default:
			return value;
		}
	}

	private static String withName(IndexSearcher searcher, String field, String code, String nameField) throws IOException {
		TopDocs one = searcher.search(new TermQuery(new Term(field, code)), 1);
		if (one.scoreDocs.length == 0) {
			return code;
		}
		String name = searcher.storedFields().document(one.scoreDocs[0].doc, java.util.Set.of(nameField)).get(nameField);
		return name == null || name.isBlank() || name.equals(code) ? code : code + ' ' + name;
	}

	/** The whole text of one entry with every match; null when there is no such entry. */
	public static Preview preview(IndexSearcher searcher, String uid, List<String> highlights) throws IOException {
		TopDocs one = searcher.search(new TermQuery(new Term(SearchSchema.UID, uid)), 1);
		if (one.scoreDocs.length == 0) {
			return null;
		}
		Document d = searcher.storedFields().document(one.scoreDocs[0].doc);
		String text = d.get(SearchSchema.CONTENT) == null ? "" : d.get(SearchSchema.CONTENT); //$NON-NLS-1$
		String title = d.get(SearchSchema.TITLE);
		return new Preview(uid, title, text, TextMatches.find(text, highlights), Segment.decode(d.get(SearchSchema.SEGMENTS)),
				TextMatches.find(title, highlights));
	}
}
