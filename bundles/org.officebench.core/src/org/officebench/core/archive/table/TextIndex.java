package org.officebench.core.archive.table;

import java.util.Arrays;
import java.util.concurrent.RecursiveAction;

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
	/** Where values not made into strings yet come from (an index over a snapshot's column), else null. */
	private final CatalogueSnapshot snapshot;
	private final int column;
	private int added;

	private TextIndex(String[] distinct) {
		this(distinct, null, -1);
	}

	private TextIndex(String[] distinct, CatalogueSnapshot snapshot, int column) {
		this.distinct = distinct;
		this.snapshot = snapshot;
		this.column = column;
	}

	/** An index over a snapshot's column, its values made into strings as they are asked for. Read only. */
	static TextIndex ofSnapshot(CatalogueSnapshot snapshot, int column) {
		return new TextIndex(new String[snapshot.distinctCount(column)], snapshot, column);
	}

	/** An index over values already distinct and in order (as a {@link CatalogueSnapshot} holds them). */
	static TextIndex ofSorted(String[] distinct) {
		return new TextIndex(distinct);
	}

	/**
	 * Indexes {@code values[0..count)} and writes each value's rank into {@code ranks}. Sorts the item indexes by
	 * value (a merge sort on ints: no boxing, no hash map of a million strings) and ranks equal neighbours alike.
	 */
	static TextIndex build(String[] values, int count, int[] ranks) {
		int[] order = new int[count];
		int n = 0;
		for (int i = 0; i < count; i++) {
			if (values[i] == null) {
				ranks[i] = NONE;
			} else {
				order[n++] = i;
			}
		}
		new Sort(order, new int[n], 0, n, values).invoke();
		String[] sorted = new String[n];
		int d = -1;
		String previous = null;
		for (int k = 0; k < n; k++) {
			String value = values[order[k]];
			if (previous == null || !value.equals(previous)) {
				sorted[++d] = value;
				previous = value;
			}
			ranks[order[k]] = 2 * d;
		}
		return new TextIndex(Arrays.copyOf(sorted, d + 1));
	}

	/** The merge sort below, its halves on two cores when they are large. */
	@SuppressWarnings("serial")
	private static final class Sort extends RecursiveAction {
		private static final int SEQUENTIAL = 1 << 15;
		private final int[] a;
		private final int[] scratch;
		private final int from;
		private final int to;
		private final String[] values;

		Sort(int[] a, int[] scratch, int from, int to, String[] values) {
			this.a = a;
			this.scratch = scratch;
			this.from = from;
			this.to = to;
			this.values = values;
		}

		@Override
		protected void compute() {
			if (to - from <= SEQUENTIAL) {
				mergeSort(a, scratch, from, to, values);
				return;
			}
			int middle = (from + to) >>> 1;
			invokeAll(new Sort(a, scratch, from, middle, values), new Sort(a, scratch, middle, to, values));
			merge(a, scratch, from, middle, to, values);
		}
	}

	/** Sorts {@code a[from..to)} by {@code values[a[i]]}; stable. */
	private static void mergeSort(int[] a, int[] scratch, int from, int to, String[] values) {
		if (to - from <= 16) {
			for (int i = from + 1; i < to; i++) {
				int x = a[i];
				String v = values[x];
				int j = i - 1;
				while (j >= from && values[a[j]].compareTo(v) > 0) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = x;
			}
			return;
		}
		int middle = (from + to) >>> 1;
		mergeSort(a, scratch, from, middle, values);
		mergeSort(a, scratch, middle, to, values);
		merge(a, scratch, from, middle, to, values);
	}

	private static void merge(int[] a, int[] scratch, int from, int middle, int to, String[] values) {
		if (values[a[middle - 1]].compareTo(values[a[middle]]) <= 0) {
			return; // already in order
		}
		System.arraycopy(a, from, scratch, from, to - from);
		int i = from;
		int j = middle;
		for (int k = from; k < to; k++) {
			if (j >= to || (i < middle && values[scratch[i]].compareTo(values[scratch[j]]) <= 0)) {
				a[k] = scratch[i++];
			} else {
				a[k] = scratch[j++];
			}
		}
	}

	int rankOf(String value) {
		if (snapshot != null) {
			throw new IllegalStateException("an index over a snapshot takes no new values"); //$NON-NLS-1$
		}
		if (value == null) {
			return NONE;
		}
		int position = Arrays.binarySearch(distinct, value);
		if (position >= 0) {
			return 2 * position;
		}
		added++;
		return 2 * (-position - 1) - 1;
	}

	/** Whether so many values came after the build that ties cost more than a rebuild. */
	boolean isStale(int items) {
		return added > 1000 && added > items / 8;
	}

	int distinctCount() {
		return distinct.length;
	}

	/** Whether the value at a position passes a filter; over a snapshot, without making a string of it. */
	boolean matches(int position, ColumnFilter filter) {
		String value = distinct[position];
		if (value == null && snapshot != null) {
			return snapshot.matches(column, position, filter);
		}
		return filter.matches(value);
	}

	/** Safe on several threads at once: a value is at worst made twice. */
	String distinct(int position) {
		String value = distinct[position];
		if (value == null && snapshot != null) {
			value = snapshot.value(column, position);
			distinct[position] = value;
		}
		return value;
	}

	static boolean isExact(int rank) {
		return rank != NONE && (rank & 1) == 0;
	}
}
