package org.officebench.core.archive.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct values of a text column in sorted order, so that items sort by an int rank instead of comparing
 * strings. A value present when the index was built has the even rank {@code 2 × position}; a value added later
 * gets the odd rank between its neighbours, which orders it correctly against every indexed value but ties it with
 * other new values of the same gap: {@link CatalogueRows} breaks those ties by comparing the strings.
 * Order: {@link String#compareTo}, i.e. by UTF-16 code unit, which is code point order for Chinese text (BMP).
 */
final class TextIndex {

	static final int NONE = Integer.MIN_VALUE;

	private final String[] distinct;
	private final Map<String, Integer> positions;
	private int added;

	private TextIndex(String[] distinct) {
		this.distinct = distinct;
		this.positions = new HashMap<>(distinct.length * 4 / 3 + 16);
		for (int i = 0; i < distinct.length; i++) {
			positions.put(distinct[i], i);
		}
	}

	/** Indexes {@code values[0..count)} and writes each value's rank into {@code ranks}. */
	static TextIndex build(String[] values, int count, int[] ranks) {
		// Distinct values first: many columns repeat a few values, and sorting fewer strings is what costs.
		Map<String, Integer> ids = new HashMap<>();
		int[] idOf = new int[count];
		for (int i = 0; i < count; i++) {
			String value = values[i];
			if (value == null) {
				idOf[i] = -1;
			} else {
				Integer id = ids.putIfAbsent(value, ids.size());
				idOf[i] = id == null ? ids.size() - 1 : id;
			}
		}
		String[] byId = new String[ids.size()];
		ids.forEach((value, id) -> byId[id] = value);
		String[] sorted = byId.clone();
		if (sorted.length > 50_000) {
			Arrays.parallelSort(sorted);
		} else {
			Arrays.sort(sorted);
		}
		TextIndex index = new TextIndex(sorted);
		int[] rankOfId = new int[byId.length];
		for (int id = 0; id < byId.length; id++) {
			rankOfId[id] = 2 * index.positions.get(byId[id]);
		}
		for (int i = 0; i < count; i++) {
			ranks[i] = idOf[i] < 0 ? NONE : rankOfId[idOf[i]];
		}
		return index;
	}

	int rankOf(String value) {
		if (value == null) {
			return NONE;
		}
		Integer exact = positions.get(value);
		if (exact != null) {
			return 2 * exact;
		}
		added++;
		int insertion = -Arrays.binarySearch(distinct, value) - 1;
		return 2 * insertion - 1;
	}

	/** Whether so many values came after the build that ties cost more than a rebuild. */
	boolean isStale(int items) {
		return added > 1000 && added > items / 8;
	}

	int distinctCount() {
		return distinct.length;
	}

	String distinct(int position) {
		return distinct[position];
	}

	static boolean isExact(int rank) {
		return rank != NONE && (rank & 1) == 0;
	}
}
