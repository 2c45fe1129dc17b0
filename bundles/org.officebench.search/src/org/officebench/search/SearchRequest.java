package org.officebench.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A search: what was typed, the facet values it is narrowed to, how many hits to return and whether to count facets.
 *
 * @param filters       facet → value (a code: {@code 2024}, {@code D30}, {@code YYB}); results must have each
 * @param limit         hits returned, best first; 0 with facets: only the facets and the exact total
 * @param snippetLength characters of text shown around the matches
 * @param facets        count the facets (a UI wants them; the command line does not)
 */
public record SearchRequest(String query, Map<Facet, String> filters, int limit, int snippetLength, boolean facets) {

	public static final int DEFAULT_LIMIT = 20;
	public static final int DEFAULT_SNIPPET = 80;

	public SearchRequest {
		filters = Collections.unmodifiableMap(filters.isEmpty() ? new EnumMap<>(Facet.class) : new EnumMap<>(filters));
		if (limit < 0 || limit == 0 && !facets) {
			throw new IllegalArgumentException("limit " + limit); //$NON-NLS-1$
		}
	}

	public static SearchRequest of(String query) {
		return new SearchRequest(query, Map.of(), DEFAULT_LIMIT, DEFAULT_SNIPPET, true);
	}

	public SearchRequest withFilter(Facet facet, String value) {
		EnumMap<Facet, String> more = new EnumMap<>(Facet.class);
		more.putAll(filters);
		if (value == null) {
			more.remove(facet);
		} else {
			more.put(facet, value);
		}
		return new SearchRequest(query, more, limit, snippetLength, facets);
	}

	public SearchRequest withLimit(int n) {
		return new SearchRequest(query, filters, n, snippetLength, facets);
	}

	/** The facets and the exact total of this search, no hits: what a view fills in after showing the hits. */
	public SearchRequest countsOnly() {
		return new SearchRequest(query, filters, 0, snippetLength, true);
	}

	public SearchRequest withFacets(boolean count) {
		return new SearchRequest(query, filters, limit, snippetLength, count);
	}
}
