package org.officebench.core.archive.table;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.officebench.core.Labels;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;

/**
 * The rows of a 归档文件目录: a sorted, filtered and optionally grouped view over a list of {@link ArchiveItem}s,
 * fast enough for a million items.
 * <p>
 * Every column keeps one int key per item (numbers as they are, dates as YYYYMMDD, enumerations by their order, text
 * by its rank in a {@link TextIndex}, built the first time the column is sorted by), so sorting packs (key, item index) into longs and sorts those, and filtering
 * tests each distinct text once. Ties keep the catalogue's own order. Text sorts by code point (no pinyin collation).
 * Grouping puts the items of one class (年度 — 保管期限 — 机构) together, classes in ascending order, and sorts within
 * each by the sort column.
 * <p>
 * A catalogue read from a compact file can show before its items exist: {@link #CatalogueRows(CatalogueSnapshot)}
 * takes the columns the file carries (sorted, filtered and grouped as usual, read only), and {@link #attach(List)}
 * takes the items once they are read, keeping the rows as the user arranged them.
 * <p>
 * Changes come in through {@link #refresh(List)} (items added, removed or replaced: keys are recomputed from the
 * first difference on) and {@link #itemChanged(ArchiveItem, CatalogueColumn)}. Not thread-safe: use it on one thread.
 */
public final class CatalogueRows {

	/** The class an item is filed under (年度, 保管期限, 机构代码), values as the item has them (possibly missing). */
	public record ClassKey(int year, RetentionPeriod retention, String organization) {

		static final Comparator<ClassKey> ORDER = Comparator.comparingInt(ClassKey::year)
				.thenComparingInt(k -> k.retention() == null ? Integer.MAX_VALUE : k.retention().getValue())
				.thenComparing(ClassKey::organization, Comparator.nullsLast(Comparator.naturalOrder()));

		public static ClassKey of(ArchiveItem item) {
			return new ClassKey(item.getYear(), item.getRetention(), item.getOrganizationCode());
		}
	}

	/** A class with its number of items among the rows shown, and the first row showing one of them. */
	public record Group(ClassKey key, int count, int firstRow) {
	}

	private static final CatalogueColumn[] COLUMNS = CatalogueColumn.values();

	private final ZoneId zone = ZoneId.systemDefault();
	/** Counts changes of items or values, so that indexes computed elsewhere are only taken for the same items. */
	private long generation;
	private final ArrayList<ArchiveItem> items = new ArrayList<>();
	/** The columns the rows show until the items are attached; null once they are. */
	private CatalogueSnapshot snapshot;
	private int[][] keys = new int[COLUMNS.length][];
	private final TextIndex[] textIndexes = new TextIndex[COLUMNS.length];
	private int[] classIds = new int[0];
	private final List<ClassKey> classes = new ArrayList<>();
	private final Map<ClassKey, Integer> classIdOf = new HashMap<>();
	private int[] classOrder;

	private final EnumMap<CatalogueColumn, FilterState> filterStates = new EnumMap<>(CatalogueColumn.class);
	private ClassKey classFilter;
	private CatalogueColumn sortColumn;
	private boolean descending;
	private boolean grouped;

	/** All items in display order (before filtering); {@code null} when it must be computed again. */
	private int[] ordered;
	/** The items shown, in display order; {@code null} when it must be computed again. */
	private int[] view;
	private int viewSize;
	/** Reused for the filtered view: a million-int array each time a filter changes costs a collection. */
	private int[] viewBuffer;
	/** Reused for sorting, for the same reason. */
	private long[] packedBuffer;

	public CatalogueRows(List<ArchiveItem> items) {
		rebuild(items);
	}

	/** Rows over a catalogue's columns alone, before its items are read: see {@link #attach(List)}. */
	public CatalogueRows(CatalogueSnapshot snapshot) {
		this.snapshot = snapshot;
		generation++;
		int n = snapshot.size;
		for (CatalogueColumn column : COLUMNS) {
			int c = column.ordinal();
			int[] key = column.kind() == CatalogueColumn.Kind.TEXT ? snapshot.ranks[c] : snapshot.numbers[c];
			keys[c] = n < 16 ? Arrays.copyOf(key, 16) : key;
			if (column.kind() == CatalogueColumn.Kind.TEXT) {
				textIndexes[c] = TextIndex.ofSnapshot(snapshot, c);
			}
		}
		classIds = new int[Math.max(16, n)];
		int[] year = keys[CatalogueColumn.YEAR.ordinal()];
		int[] retention = keys[CatalogueColumn.RETENTION.ordinal()];
		int[] organization = keys[CatalogueColumn.ORGANIZATION.ordinal()];
		long previous = Long.MIN_VALUE;
		int previousId = -1;
		for (int i = 0; i < n; i++) {
			// Neighbours are mostly of one class: a key only when the class changes.
			long packed = ((long) year[i] << 40) ^ ((long) (retention[i] & 0xFF) << 32) ^ (organization[i] & 0xFFFFFFFFL);
			if (packed != previous || previousId < 0) {
				previous = packed;
				previousId = classIdOf(new ClassKey(year[i], RetentionPeriod.get(retention[i]), stringAt(i, CatalogueColumn.ORGANIZATION)));
			}
			classIds[i] = previousId;
		}
	}

	/** Whether the items are here (not only a snapshot of their columns): only then can rows be edited or opened. */
	public boolean hasItems() {
		return snapshot == null;
	}

	/**
	 * Checks the items of the snapshot these rows were made from against its columns, on any thread (a million 件
	 * take a second or so): the snapshot and the keys do not change while rows show a snapshot, whatever the user
	 * sorts or filters meanwhile. {@link #attach(List)} on the owning thread then takes the result.
	 */
	public void prepareAttach(List<ArchiveItem> loaded) {
		CatalogueSnapshot from = snapshot;
		if (from == null) {
			throw new IllegalStateException("items already attached"); //$NON-NLS-1$
		}
		int n = from.size;
		boolean matches = loaded.size() == n && IntStream.range(0, n).parallel().allMatch(i -> {
			ArchiveItem item = loaded.get(i);
			for (CatalogueColumn column : COLUMNS) {
				if (column.kind() != CatalogueColumn.Kind.TEXT && column.number(item, zone) != keys[column.ordinal()][i]) {
					return false;
				}
			}
			return true;
		});
		// Text: the items' strings gathered by position must agree among themselves, with the snapshot's value (read once
		// per distinct value) and with its order; the text indexes then take them and the snapshot's bytes go.
		TextIndex[] adopted = new TextIndex[COLUMNS.length];
		if (matches) {
			matches = IntStream.range(0, COLUMNS.length).filter(c -> COLUMNS[c].kind() == CatalogueColumn.Kind.TEXT).parallel().allMatch(c -> {
				String[] values = new String[from.distinctCount(c)];
				int[] rank = keys[c];
				for (int i = 0; i < n; i++) {
					String text = COLUMNS[c].string(loaded.get(i));
					if (rank[i] == TextIndex.NONE) {
						if (text != null) {
							return false;
						}
					} else if (values[rank[i] >> 1] == null) {
						values[rank[i] >> 1] = text;
					} else if (!values[rank[i] >> 1].equals(text)) {
						return false;
					}
				}
				for (int d = 0; d < values.length; d++) {
					if (values[d] == null || !from.isValue(c, d, values[d]) || d > 0 && values[d - 1].compareTo(values[d]) >= 0) {
						return false;
					}
				}
				adopted[c] = TextIndex.ofSorted(values);
				return true;
			});
		}
		prepared = new Attachment(loaded, matches ? adopted : null);
	}

	/** What {@link #prepareAttach(List)} found: the text indexes to take, or null when the items differ. */
	private record Attachment(List<ArchiveItem> items, TextIndex[] adopted) {
	}

	private volatile Attachment prepared;

	/**
	 * Takes the items of the snapshot these rows were made from, in the file's order, keeping sort, filters and groups.
	 * Each item is checked against the snapshot's columns (by {@link #prepareAttach(List)} if it was called with this
	 * list); if any differs, the keys are computed from the items.
	 *
	 * @return whether the snapshot matched every item
	 */
	public boolean attach(List<ArchiveItem> loaded) {
		Attachment attachment = prepared;
		if (attachment == null || attachment.items() != loaded) {
			prepareAttach(loaded);
			attachment = prepared;
		}
		prepared = null;
		snapshot = null;
		if (attachment.adopted() == null) {
			rebuild(loaded);
			return false;
		}
		generation++;
		items.addAll(loaded);
		for (int c = 0; c < COLUMNS.length; c++) {
			if (attachment.adopted()[c] != null) {
				textIndexes[c] = attachment.adopted()[c];
			}
		}
		return true;
	}

	// ---- the view

	/** The number of rows shown. */
	public int size() {
		ensureView();
		return viewSize;
	}

	/** The item shown in a row (0-based). */
	public ArchiveItem item(int row) {
		ensureView();
		Objects.checkIndex(row, viewSize);
		if (snapshot != null) {
			throw new IllegalStateException("the items are not read yet"); //$NON-NLS-1$
		}
		return items.get(view[row]);
	}

	/** The text of a cell, as {@link CatalogueColumn#text(ArchiveItem)} gives it, with or without the items. */
	public String text(int row, CatalogueColumn column) {
		ensureView();
		Objects.checkIndex(row, viewSize);
		return textAt(view[row], column);
	}

	private String textAt(int index, CatalogueColumn column) {
		if (snapshot == null) {
			return column.text(items.get(index));
		}
		if (column.kind() == CatalogueColumn.Kind.TEXT) {
			String text = stringAt(index, column);
			return text == null ? "" : text; //$NON-NLS-1$
		}
		return column.text(keys[column.ordinal()][index]);
	}

	/** A text column's value, or null. */
	private String stringAt(int index, CatalogueColumn column) {
		if (snapshot == null) {
			return column.string(items.get(index));
		}
		int rank = keys[column.ordinal()][index];
		return rank == TextIndex.NONE ? null : textIndexes[column.ordinal()].distinct(rank >> 1);
	}


	/** The row showing an item, or -1 when it is filtered out or unknown. */
	public int rowOf(ArchiveItem item) {
		int index = indexOf(item);
		if (index < 0) {
			return -1;
		}
		ensureView();
		for (int row = 0; row < viewSize; row++) {
			if (view[row] == index) {
				return row;
			}
		}
		return -1;
	}

	/** The number of items, shown or not. */
	public int totalSize() {
		return snapshot != null ? snapshot.size : items.size();
	}

	// ---- sorting, filtering, grouping

	/** Sorts by a column; {@code null} restores the catalogue's own order. */
	public void sort(CatalogueColumn column, boolean descendingOrder) {
		if (column != sortColumn || descendingOrder != descending) {
			sortColumn = column;
			descending = column != null && descendingOrder;
			ordered = null;
		}
	}

	public CatalogueColumn sortColumn() {
		return sortColumn;
	}

	public boolean isDescending() {
		return descending;
	}

	/** Sets a column's filter as typed (see {@link ColumnFilter}); blank removes it. */
	public void filter(CatalogueColumn column, String text) {
		ColumnFilter filter = ColumnFilter.parse(column, text);
		FilterState old = filterStates.get(column);
		if (filter == null ? old == null : old != null && old.filter.text().equals(filter.text())) {
			return;
		}
		if (filter == null) {
			filterStates.remove(column);
		} else {
			FilterState state = new FilterState(filter);
			if (old != null && old.pass != null) {
				state.pass = old.pass; // reuse the array
			}
			filterStates.put(column, state);
		}
		view = null;
	}

	/** The filter set on a column, or {@code null}. */
	public ColumnFilter filterOf(CatalogueColumn column) {
		FilterState state = filterStates.get(column);
		return state == null ? null : state.filter;
	}

	/** Shows only the items of one class; {@code null} shows all classes. */
	public void filterClass(ClassKey key) {
		if (!Objects.equals(key, classFilter)) {
			classFilter = key;
			view = null;
		}
	}

	public ClassKey classFilter() {
		return classFilter;
	}

	/** Puts the items of each class together (classes ascending), sorted within the class. */
	public void group(boolean byClass) {
		if (byClass != grouped) {
			grouped = byClass;
			ordered = null;
		}
	}

	public boolean isGrouped() {
		return grouped;
	}

	/** The class of the item in a row. */
	public ClassKey classOf(int row) {
		ensureView();
		return classes.get(classIds[view[row]]);
	}

	/** All classes that items have, ascending, with their counts among the rows shown (0 when filtered out). */
	public List<Group> groups() {
		ensureView();
		int[] counts = new int[classes.size()];
		int[] first = new int[classes.size()];
		Arrays.fill(first, -1);
		for (int row = 0; row < viewSize; row++) {
			int id = classIds[view[row]];
			if (counts[id]++ == 0) {
				first[id] = row;
			}
		}
		int[] order = classOrder();
		Integer[] ids = new Integer[classes.size()];
		for (int id = 0; id < ids.length; id++) {
			ids[id] = id;
		}
		Arrays.sort(ids, Comparator.comparingInt(id -> order[id]));
		List<Group> groups = new ArrayList<>(ids.length);
		for (int id : ids) {
			groups.add(new Group(classes.get(id), counts[id], first[id]));
		}
		return groups;
	}

	// ---- changes

	/**
	 * Takes the current list of items (after items were added, removed or moved). Keys are kept up to the first
	 * item that differs and computed again from there, so adding at the end costs only the new items.
	 */
	public void refresh(List<ArchiveItem> current) {
		requireItems();
		int common = 0;
		int limit = Math.min(items.size(), current.size());
		while (common < limit && items.get(common) == current.get(common)) {
			common++;
		}
		if (common == items.size() && common == current.size()) {
			return;
		}
		if (current.size() - common > current.size() / 2 + 1000) {
			rebuild(current);
			return;
		}
		generation++;
		items.subList(common, items.size()).clear();
		items.addAll(current.subList(common, current.size()));
		ensureCapacity(items.size());
		for (int i = common; i < items.size(); i++) {
			computeKeys(i);
		}
		boolean rebuilt = rebuildStaleIndexes();
		for (Map.Entry<CatalogueColumn, FilterState> entry : filterStates.entrySet()) {
			FilterState state = entry.getValue();
			if (rebuilt) {
				state.valueHits = null;
				state.computed = false;
			} else if (state.computed) {
				if (state.pass.length < items.size()) {
					state.pass = Arrays.copyOf(state.pass, keys[0].length);
				}
				for (int i = common; i < items.size(); i++) {
					state.pass[i] = test(entry.getKey(), state, i);
				}
			}
		}
		ordered = null;
		view = null;
	}

	/**
	 * Takes a change of one item's value.
	 *
	 * @param column the column that changed, or {@code null} when unknown
	 */
	public void itemChanged(ArchiveItem item, CatalogueColumn column) {
		requireItems();
		int index = indexOf(item);
		if (index < 0) {
			return;
		}
		generation++;
		int before = classIds[index];
		computeKeys(index);
		boolean rebuilt = rebuildStaleIndexes();
		for (Map.Entry<CatalogueColumn, FilterState> entry : filterStates.entrySet()) {
			FilterState state = entry.getValue();
			if (rebuilt) {
				state.valueHits = null;
				state.computed = false;
			} else if (state.computed) {
				state.pass[index] = test(entry.getKey(), state, index);
			}
		}
		boolean classChanged = classIds[index] != before;
		if (rebuilt || column == null || column == sortColumn || classChanged) {
			ordered = null;
		}
		if (rebuilt || column == null || filterStates.containsKey(column) || classChanged) {
			view = null;
		}
	}

	private void requireItems() {
		if (snapshot != null) {
			throw new IllegalStateException("the items are not read yet: rows over a snapshot do not change"); //$NON-NLS-1$
		}
	}

	// ---- keys

	private void rebuild(List<ArchiveItem> current) {
		generation++;
		items.clear();
		items.addAll(current);
		int n = items.size();
		keys = new int[COLUMNS.length][];
		for (CatalogueColumn column : COLUMNS) {
			keys[column.ordinal()] = new int[Math.max(16, n)];
		}
		classIds = new int[Math.max(16, n)];
		classes.clear();
		classIdOf.clear();
		classOrder = null;
		// A text column's index is built when it is first sorted by: opening a million 件 need not sort six columns.
		Arrays.fill(textIndexes, null);
		CatalogueColumn[] numeric = Arrays.stream(COLUMNS).filter(column -> column.kind() != CatalogueColumn.Kind.TEXT)
				.toArray(CatalogueColumn[]::new);
		ClassKey[] classKeys = new ClassKey[n];
		IntStream range = IntStream.range(0, n);
		(n > 50_000 ? range.parallel() : range).forEach(i -> {
			ArchiveItem item = items.get(i);
			for (CatalogueColumn column : numeric) {
				keys[column.ordinal()][i] = column.number(item, zone);
			}
			classKeys[i] = ClassKey.of(item);
		});
		for (int i = 0; i < n; i++) {
			classIds[i] = classIdOf(classKeys[i]);
		}
		for (FilterState state : filterStates.values()) {
			state.valueHits = null;
			state.computed = false;
		}
		ordered = null;
		view = null;
	}

	private void computeKeys(int index) {
		ArchiveItem item = items.get(index);
		for (CatalogueColumn column : COLUMNS) {
			if (column.kind() != CatalogueColumn.Kind.TEXT) {
				keys[column.ordinal()][index] = column.number(item, zone);
			} else if (textIndexes[column.ordinal()] != null) {
				keys[column.ordinal()][index] = textIndexes[column.ordinal()].rankOf(column.string(item));
			}
		}
		classIds[index] = classIdOf(ClassKey.of(item));
	}

	/** @return whether an index was built again (ranks changed) */
	private boolean rebuildStaleIndexes() {
		boolean rebuilt = false;
		int n = items.size();
		for (CatalogueColumn column : COLUMNS) {
			TextIndex index = textIndexes[column.ordinal()];
			if (index != null && index.isStale(n)) {
				String[] values = new String[n];
				for (int i = 0; i < n; i++) {
					values[i] = column.string(items.get(i));
				}
				textIndexes[column.ordinal()] = TextIndex.build(values, n, keys[column.ordinal()]);
				rebuilt = true;
			}
		}
		return rebuilt;
	}

	/**
	 * The texts of the columns not indexed yet, to index them away from the thread that owns these rows (a million
	 * 件 take a second or two), so that the first sort by them is as quick as the others. Call on the owning thread,
	 * run {@link TextIndexing#run()} on any, then {@link #install(TextIndexing)} on the owning thread again.
	 */
	public TextIndexing textIndexing() {
		int n = totalSize();
		List<CatalogueColumn> columns = new ArrayList<>();
		List<String[]> texts = new ArrayList<>();
		for (CatalogueColumn column : COLUMNS) {
			if (column.kind() == CatalogueColumn.Kind.TEXT && textIndexes[column.ordinal()] == null) {
				String[] values = new String[n];
				for (int i = 0; i < n; i++) {
					values[i] = column.string(items.get(i));
				}
				columns.add(column);
				texts.add(values);
			}
		}
		return new TextIndexing(generation, columns, texts);
	}

	/**
	 * Takes the indexes built by {@link TextIndexing#run()}, unless items changed since {@link #textIndexing()} (then
	 * the columns are indexed when first needed, as without it).
	 *
	 * @return whether they were taken
	 */
	public boolean install(TextIndexing indexing) {
		if (indexing.generation != generation || !indexing.isDone()) {
			return false;
		}
		for (int c = 0; c < indexing.columns.size(); c++) {
			CatalogueColumn column = indexing.columns.get(c);
			if (textIndexes[column.ordinal()] == null) {
				System.arraycopy(indexing.ranks[c], 0, keys[column.ordinal()], 0, indexing.ranks[c].length);
				textIndexes[column.ordinal()] = indexing.indexes[c];
				FilterState state = filterStates.get(column);
				if (state != null) {
					state.valueHits = null;
				}
			}
		}
		return true;
	}

	/** Text columns' indexes built from a snapshot of their texts; see {@link CatalogueRows#textIndexing()}. */
	public static final class TextIndexing {
		final long generation;
		final List<CatalogueColumn> columns;
		private final List<String[]> texts;
		final TextIndex[] indexes;
		final int[][] ranks;
		private volatile boolean done;

		TextIndexing(long generation, List<CatalogueColumn> columns, List<String[]> texts) {
			this.generation = generation;
			this.columns = columns;
			this.texts = texts;
			this.indexes = new TextIndex[columns.size()];
			this.ranks = new int[columns.size()][];
		}

		/** Builds the indexes; a cancelled run leaves them unbuilt, and the rows index when needed. */
		public void run(java.util.function.BooleanSupplier cancelled) {
			for (int c = 0; c < columns.size() && !cancelled.getAsBoolean(); c++) {
				String[] values = texts.get(c);
				int[] rank = new int[values.length];
				indexes[c] = TextIndex.build(values, values.length, rank);
				ranks[c] = rank;
				texts.set(c, null);
			}
			done = indexes.length == 0 || indexes[indexes.length - 1] != null;
		}

		public void run() {
			run(() -> false);
		}

		boolean isDone() {
			return done;
		}

		/** Whether there is anything to index. */
		public boolean isEmpty() {
			return columns.isEmpty();
		}
	}

	/** A text column's ranks, indexing the column first if no sort or filter has needed it yet. */
	private int[] textKeys(CatalogueColumn column) {
		if (textIndexes[column.ordinal()] == null) {
			int n = items.size();
			String[] values = new String[n];
			for (int i = 0; i < n; i++) {
				values[i] = column.string(items.get(i));
			}
			textIndexes[column.ordinal()] = TextIndex.build(values, n, keys[column.ordinal()]);
			FilterState state = filterStates.get(column);
			if (state != null) {
				state.valueHits = null; // matched value by value so far; the index's distinct values come next time
			}
		}
		return keys[column.ordinal()];
	}

	private int classIdOf(ClassKey key) {
		Integer id = classIdOf.get(key);
		if (id == null) {
			id = classes.size();
			classes.add(key);
			classIdOf.put(key, id);
			classOrder = null;
		}
		return id;
	}

	private int[] classOrder() {
		if (classOrder == null || classOrder.length != classes.size()) {
			Integer[] ids = new Integer[classes.size()];
			for (int id = 0; id < ids.length; id++) {
				ids[id] = id;
			}
			Arrays.sort(ids, (a, b) -> ClassKey.ORDER.compare(classes.get(a), classes.get(b)));
			classOrder = new int[ids.length];
			for (int rank = 0; rank < ids.length; rank++) {
				classOrder[ids[rank]] = rank;
			}
		}
		return classOrder;
	}

	private void ensureCapacity(int n) {
		if (classIds.length >= n) {
			return;
		}
		int capacity = Math.max(n, classIds.length + (classIds.length >> 1));
		for (int c = 0; c < keys.length; c++) {
			keys[c] = Arrays.copyOf(keys[c], capacity);
		}
		classIds = Arrays.copyOf(classIds, capacity);
	}

	/**
	 * An item's index, by identity. A scan of a million references takes a few milliseconds, less than keeping an
	 * identity map of them up to date (and no memory).
	 */
	private int indexOf(ArchiveItem item) {
		for (int i = 0, n = items.size(); i < n; i++) {
			if (items.get(i) == item) {
				return i;
			}
		}
		return -1;
	}

	// ---- computing the view

	private void ensureView() {
		if (ordered == null) {
			ordered = order();
			view = null;
		}
		if (view == null) {
			applyFilters();
		}
	}

	private int[] order() {
		int n = totalSize();
		int[] result = new int[n];
		if (sortColumn == null) {
			for (int i = 0; i < n; i++) {
				result[i] = i;
			}
		} else {
			int[] key = sortColumn.kind() == CatalogueColumn.Kind.TEXT ? textKeys(sortColumn) : keys[sortColumn.ordinal()];
			if (countingSort(key, n, result)) {
				if (sortColumn.kind() == CatalogueColumn.Kind.TEXT) {
					breakTies(result, key);
				}
				return grouped ? groupStable(result) : result;
			}
			long[] packed = packedBuffer != null && packedBuffer.length == n ? packedBuffer : new long[n];
			packedBuffer = packed;
			for (int i = 0; i < n; i++) {
				int k = descending ? ~key[i] : key[i];
				packed[i] = ((long) k << 32) | i;
			}
			if (n > 100_000) {
				Arrays.parallelSort(packed);
			} else {
				Arrays.sort(packed);
			}
			for (int i = 0; i < n; i++) {
				result[i] = (int) packed[i];
			}
			if (sortColumn.kind() == CatalogueColumn.Kind.TEXT) {
				breakTies(result, key);
			}
		}
		if (grouped) {
			result = groupStable(result);
		}
		return result;
	}

	/**
	 * Sorts item indexes by key when the keys span a range not much wider than the items (ranks, dates, years, pages,
	 * 件号 do): two passes, no comparisons. Stable, empty keys ({@link TextIndex#NONE}) first, as the general sort.
	 *
	 * @return false when the range is too wide; {@code result} is then untouched
	 */
	private boolean countingSort(int[] key, int n, int[] result) {
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			int k = key[i];
			if (k != TextIndex.NONE) {
				min = Math.min(min, k);
				max = Math.max(max, k);
			}
		}
		long range = min > max ? 0 : (long) max - min + 1;
		if (range > 4L * n + 1024) {
			return false;
		}
		// Bucket 0 holds the empty keys; a key k goes to bucket k - min + 1.
		int buckets = (int) range + 1;
		int[] starts = new int[buckets + 1];
		for (int i = 0; i < n; i++) {
			int k = key[i];
			starts[k == TextIndex.NONE ? 0 : k - min + 1]++;
		}
		// Counts into starts, in the order the buckets are shown (descending: the highest key first, the empty last).
		int at = 0;
		for (int b = 0; b < buckets; b++) {
			int bucket = descending ? (b == buckets - 1 ? 0 : buckets - 1 - b) : b;
			int count = starts[bucket];
			starts[bucket] = at;
			at += count;
		}
		for (int i = 0; i < n; i++) {
			int k = key[i];
			result[starts[k == TextIndex.NONE ? 0 : k - min + 1]++] = i;
		}
		return true;
	}

	/** Orders runs of equal odd rank (values added after the index was built) by their text. */
	private void breakTies(int[] order, int[] key) {
		Comparator<Integer> byText = Comparator.comparing(i -> stringAt(i, sortColumn), Comparator.nullsFirst(Comparator.naturalOrder()));
		if (descending) {
			byText = byText.reversed();
		}
		byText = byText.thenComparingInt(i -> i);
		int n = order.length;
		for (int start = 0; start < n;) {
			int rank = key[order[start]];
			int end = start + 1;
			if ((rank & 1) != 0 && rank != TextIndex.NONE) {
				while (end < n && key[order[end]] == rank) {
					end++;
				}
				if (end - start > 1) {
					Integer[] run = new Integer[end - start];
					for (int i = 0; i < run.length; i++) {
						run[i] = order[start + i];
					}
					Arrays.sort(run, byText);
					for (int i = 0; i < run.length; i++) {
						order[start + i] = run[i];
					}
				}
			}
			start = end;
		}
	}

	/** A counting sort by class order: stable, so the order within a class stays. */
	private int[] groupStable(int[] order) {
		int[] rankOf = classOrder();
		int[] starts = new int[rankOf.length + 1];
		for (int index : order) {
			starts[rankOf[classIds[index]] + 1]++;
		}
		for (int r = 0; r < rankOf.length; r++) {
			starts[r + 1] += starts[r];
		}
		int[] result = new int[order.length];
		for (int index : order) {
			result[starts[rankOf[classIds[index]]]++] = index;
		}
		return result;
	}

	/** A column's filter with what it found: per distinct text or choice value, and per item. */
	private static final class FilterState {
		final ColumnFilter filter;
		boolean[] valueHits;
		boolean[] pass;
		boolean computed;

		FilterState(ColumnFilter filter) {
			this.filter = filter;
		}
	}

	private void applyFilters() {
		int n = totalSize();
		List<boolean[]> tests = new ArrayList<>();
		for (Map.Entry<CatalogueColumn, FilterState> entry : filterStates.entrySet()) {
			FilterState state = entry.getValue();
			if (!state.computed || state.pass.length < n) {
				computePass(entry.getKey(), state);
			}
			tests.add(state.pass);
		}
		int wanted = -2;
		if (classFilter != null) {
			Integer id = classIdOf.get(classFilter);
			wanted = id == null ? -1 : id;
		}
		if (tests.isEmpty() && wanted == -2) {
			view = ordered;
			viewSize = n;
			return;
		}
		boolean[][] passes = tests.toArray(new boolean[0][]);
		int[] shown = viewBuffer != null && viewBuffer.length >= n ? viewBuffer : new int[n];
		viewBuffer = shown;
		int count = 0;
		next: for (int index : ordered) {
			if (wanted != -2 && classIds[index] != wanted) {
				continue;
			}
			for (boolean[] pass : passes) {
				if (!pass[index]) {
					continue next;
				}
			}
			shown[count++] = index;
		}
		view = shown;
		viewSize = count;
	}

	private void computePass(CatalogueColumn column, FilterState state) {
		int n = totalSize();
		boolean[] pass = state.pass != null && state.pass.length >= n ? state.pass : new boolean[keys[0].length];
		state.pass = pass;
		prepare(column, state);
		IntStream range = IntStream.range(0, n);
		(n > 50_000 ? range.parallel() : range).forEach(i -> pass[i] = test(column, state, i));
		state.computed = true;
	}

	/** Tests each distinct value once (text and choice columns), so items only look their value's answer up. */
	private void prepare(CatalogueColumn column, FilterState state) {
		ColumnFilter filter = state.filter;
		if (column.kind() == CatalogueColumn.Kind.TEXT) {
			TextIndex index = textIndexes[column.ordinal()];
			if (index == null) {
				state.valueHits = null; // not indexed yet: each item's text is matched
			} else if (state.valueHits == null || state.valueHits.length != index.distinctCount()) {
				boolean[] hits = new boolean[index.distinctCount()];
				IntStream range = IntStream.range(0, hits.length);
				(hits.length > 50_000 ? range.parallel() : range).forEach(d -> hits[d] = index.matches(d, filter));
				state.valueHits = hits;
			}
		} else if (column.kind() == CatalogueColumn.Kind.CHOICE && state.valueHits == null) {
			// By label (秘密, 永久…) or by code (Y, D30, secret…).
			boolean[] hits = new boolean[16];
			if (column == CatalogueColumn.RETENTION) {
				for (RetentionPeriod value : RetentionPeriod.VALUES) {
					hits[value.getValue() + 1] = filter.matches(Labels.retention(value)) || filter.matches(value.getLiteral());
				}
			} else {
				for (SecurityLevel value : SecurityLevel.VALUES) {
					hits[value.getValue() + 1] = filter.matches(Labels.securityLevel(value)) || filter.matches(value.getLiteral());
				}
			}
			state.valueHits = hits;
		}
	}

	private boolean test(CatalogueColumn column, FilterState state, int index) {
		int key = keys[column.ordinal()][index];
		ColumnFilter filter = state.filter;
		return switch (column.kind()) {
		case TEXT -> {
			if (state.valueHits != null && TextIndex.isExact(key)) {
				yield state.valueHits[key >> 1];
			}
			String text = stringAt(index, column);
			yield text != null && filter.matches(text);
		}
		case NUMBER, DATE -> filter.isNumeric() ? filter.matches(key) : filter.matches(textAt(index, column));
		case CHOICE -> key + 1 >= 0 && key + 1 < state.valueHits.length && state.valueHits[key + 1];
		};
	}
}
