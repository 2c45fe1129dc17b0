package org.officebench.search.analysis;

import java.util.List;

import org.apache.lucene.search.Query;

/**
 * A query as {@link OfficeQueryParser} understood it.
 *
 * @param query      the Lucene query, {@code null} when there is a {@link #problem()}
 * @param nearness   scores the best first hits again by how near their words stand; {@code null} for one word
 * @param highlights the folded words and phrases to mark in titles, snippets and the preview
 * @param notices    what was changed in the query to search it (shortened, quote closed)
 */
public record ParsedQuery(Query query, Query nearness, List<String> highlights, List<Notice> notices, Problem problem) {

	/** Why nothing can be searched. */
	public enum Problem {
		/** Nothing typed. */
		EMPTY,
		/** Only punctuation or symbols: nothing the index holds. */
		NO_WORDS
	}

	/** What was done to a query that could not be searched as typed. */
	public enum Notice {
		/** Too long: only the beginning was searched. */
		SHORTENED,
		/** A quote was not closed: the phrase runs to the end. */
		UNBALANCED_QUOTE
	}

	public ParsedQuery(Query query, Query nearness, List<String> highlights, List<Notice> notices) {
		this(query, nearness, highlights, notices, null);
	}

	static ParsedQuery problem(Problem problem) {
		return new ParsedQuery(null, null, List.of(), List.of(), problem);
	}

	public boolean isSearchable() {
		return problem == null;
	}
}
