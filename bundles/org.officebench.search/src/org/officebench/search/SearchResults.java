package org.officebench.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.officebench.search.analysis.ParsedQuery;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param problem    why there are no results to show, or null
 * @param notices    what was done to the query to search it (shortened, a quote closed)
 * @param totalHits  how many entries match; a lower bound when {@code totalExact} is false
 * @param hits       best first, at most the request's limit
 * @param facets     per facet, its values among all matches with their counts (a facet that narrows the request is
 *                   counted without its own filter, so its other values stay visible); empty when not asked for
 * @param highlights the folded words and phrases that were searched, for marking other text
 */
public record SearchResults(Problem problem, List<ParsedQuery.Notice> notices, long totalHits, boolean totalExact, List<Hit> hits,
		Map<Facet, List<Facet.Count>> facets, List<String> highlights, Duration took) {

	public enum Problem {
		/** Nothing was typed. */
		EMPTY_QUERY,
		/** Only punctuation or symbols were typed. */
		NO_WORDS,
		/** The index has not been built yet. */
		INDEX_MISSING,
		/** The index is damaged: it must be rebuilt. */
		INDEX_DAMAGED
	}

	/** These hits with the facets and the total of a {@linkplain SearchRequest#countsOnly() counts-only} search. */
	public SearchResults withCounts(SearchResults counts) {
		return new SearchResults(problem, notices, counts.totalHits(), counts.totalExact(), hits, counts.facets(), highlights, took);
	}

	static SearchResults problem(Problem problem, Duration took) {
		return new SearchResults(problem, List.of(), 0, true, List.of(), Map.of(), List.of(), took);
	}

	public boolean hasProblem() {
		return problem != null;
	}

	/** The problem for the user, with what to do; null when there is none. */
	public String problemMessage() {
		if (problem == null) {
			return null;
		}
		return switch (problem) {
		case EMPTY_QUERY -> Messages.Search_empty;
		case NO_WORDS -> Messages.Search_noWords;
		case INDEX_MISSING -> Messages.Search_indexMissing;
		case INDEX_DAMAGED -> Messages.Search_indexDamaged;
		};
	}

	/** The notices for the user. */
	public List<String> noticeMessages() {
		List<String> out = new ArrayList<>();
		for (ParsedQuery.Notice notice : notices) {
			out.add(switch (notice) {
			case SHORTENED -> org.eclipse.osgi.util.NLS.bind(Messages.Search_shortened,
					Integer.toString(org.officebench.search.analysis.OfficeQueryParser.MAX_CHARS));
			case UNBALANCED_QUOTE -> Messages.Search_unbalancedQuote;
			});
		}
		return out;
	}
}
