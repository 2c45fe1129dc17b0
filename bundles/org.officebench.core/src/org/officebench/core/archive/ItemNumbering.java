package org.officebench.core.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.VacatedNumber;

/**
 * 件号 inside the classes of one 全宗 (DA/T 22-2015): allocation, the 漏号/重号 check and the order of items.
 * <p>
 * A number once issued is never given again, also after its item was destroyed or removed. Items present show only
 * the numbers still in use, so this object keeps a <em>high-water mark</em> per class: the highest number ever
 * issued. It is plain data ({@link #highWaterMarks()}, or the text of {@link #save}/{@link #load}) that the caller
 * stores with the catalogue and hands back next time; the next number of a class is one more than the larger of the
 * stored mark and the highest number of the items present.
 * <p>
 * A catalogue stores the marks as {@link NumberCounter}s ({@link #of(ArchiveCatalogue)}). A number left vacant because
 * its 件 moved to another class ({@link Reclassification}) is recorded there too, as a counter whose key is
 * {@link VacatedNumber}: the 完整性 check counts it as accounted for, not as 漏号.
 * <p>
 * An item is <em>fixed</em> when its 档号 has been issued ({@code archivalCode} filled in); items still pending may
 * carry a provisional number that {@link #proposeNumbers} may change.
 * <p>
 * Not thread-safe; confine an instance to one thread or guard it.
 */
public final class ItemNumbering {

	/**
	 * The order of items inside a class (DA/T 22-2015: by time together with subject): by date (undated last), then
	 * by title in Chinese collation, then by current number and id, so that the order is total and repeatable.
	 */
	public static final Comparator<ArchiveItem> DA_T_22_ORDER = daT22Order();

	private static final String HEADER = "# OfficeBench \u4ef6\u53f7 high-water marks: \u5168\u5b97/\u5e74\u5ea6/\u4fdd\u7ba1\u671f\u9650/\u673a\u6784 = highest number ever issued"; //$NON-NLS-1$

	private final Map<ArchiveClass, Integer> marks = new TreeMap<>();

	/** Without stored marks (a new 全宗). */
	public ItemNumbering() {
	}

	/** With the marks the caller stored. */
	public ItemNumbering(Map<ArchiveClass, Integer> highWaterMarks) {
		highWaterMarks.forEach(this::markIssued);
	}

	/** With the marks a catalogue stores in its number counters; counters whose key names no class are left out. */
	public static ItemNumbering of(ArchiveCatalogue catalogue) {
		ItemNumbering numbering = new ItemNumbering();
		for (NumberCounter counter : catalogue.getNumberCounters()) {
			classOf(counter).ifPresent(c -> numbering.markIssued(c, Math.max(0, counter.getHighest())));
		}
		return numbering;
	}

	/** The class a counter keeps the mark of, or empty for a key that names no class. */
	public static Optional<ArchiveClass> classOf(NumberCounter counter) {
		String key = counter.getClassKey();
		if (key == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(ArchiveClass.parseKey(key));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The numbers a catalogue records as vacated ({@link VacatedNumber}: their 件 moved to another class), per class. */
	public static Map<ArchiveClass, Set<Integer>> vacatedNumbers(ArchiveCatalogue catalogue) {
		Map<ArchiveClass, Set<Integer>> vacated = new TreeMap<>();
		for (VacatedNumber record : catalogue.getVacatedNumbers()) {
			if (record.getClassKey() != null && record.getNumber() > 0) {
				try {
					vacated.computeIfAbsent(ArchiveClass.parseKey(record.getClassKey()), k -> new TreeSet<>()).add(record.getNumber());
				} catch (IllegalArgumentException e) {
					// names no class: nothing is accounted for by it
				}
			}
		}
		return vacated;
	}

	/** The stored marks, to persist: the highest number ever issued per class. */
	public Map<ArchiveClass, Integer> highWaterMarks() {
		return Collections.unmodifiableMap(new TreeMap<>(marks));
	}

	/** The stored mark of a class, 0 when none. */
	public int storedMark(ArchiveClass archiveClass) {
		return marks.getOrDefault(archiveClass, 0);
	}

	/** The highest number ever used in a class: the stored mark, or a higher number of an item present. */
	public int highWaterMark(ArchiveClass archiveClass, Collection<? extends ArchiveItem> itemsInClass) {
		int highest = storedMark(archiveClass);
		for (ArchiveItem item : itemsInClass) {
			highest = Math.max(highest, item.getItemNumber());
		}
		return highest;
	}

	/**
	 * The number for a new item of a class: one more than any number ever used there, so that a number of a
	 * destroyed or removed item is not given again. Call {@link #markIssued} when its 档号 is issued.
	 */
	public int nextNumber(ArchiveClass archiveClass, Collection<? extends ArchiveItem> itemsInClass) {
		return highWaterMark(archiveClass, itemsInClass) + 1;
	}

	/** The number for a new item of a class of a catalogue (see {@link #nextNumber(ArchiveClass, Collection)}). */
	public int nextNumber(ArchiveCatalogue catalogue, ArchiveClass archiveClass) {
		return nextNumber(archiveClass, itemsOf(catalogue, archiveClass));
	}

	/** Records that {@code number} was issued in a class; the mark only rises. */
	public void markIssued(ArchiveClass archiveClass, int number) {
		Objects.requireNonNull(archiveClass);
		if (number < 0) {
			throw new IllegalArgumentException(Integer.toString(number));
		}
		marks.merge(archiveClass, number, Math::max);
	}

	/** Raises the marks to the numbers of the fixed items of a catalogue (call before storing the marks). */
	public void observe(ArchiveCatalogue catalogue) {
		for (ArchiveItem item : catalogue.getItems()) {
			if (isFixed(item) && item.getItemNumber() > 0) {
				ArchiveClass.of(catalogue, item).ifPresent(c -> markIssued(c, item.getItemNumber()));
			}
		}
	}

	/** Whether the item's 档号 was issued: then its number never changes. */
	public static boolean isFixed(ArchiveItem item) {
		return item.getArchivalCode() != null && !item.getArchivalCode().isBlank();
	}

	/** The items of a catalogue in a class, in the catalogue's order. */
	public static List<ArchiveItem> itemsOf(ArchiveCatalogue catalogue, ArchiveClass archiveClass) {
		List<ArchiveItem> items = new ArrayList<>();
		if (archiveClass.fonds().equals(catalogue.getFondsCode())) {
			for (ArchiveItem item : catalogue.getItems()) {
				if (archiveClass.contains(item)) {
					items.add(item);
				}
			}
		}
		return items;
	}

	/** The items of a catalogue by class, classes in order; items without a complete class are left out. */
	public static Map<ArchiveClass, List<ArchiveItem>> byClass(ArchiveCatalogue catalogue) {
		Map<ArchiveClass, List<ArchiveItem>> classes = new TreeMap<>();
		for (ArchiveItem item : catalogue.getItems()) {
			ArchiveClass.of(catalogue, item).ifPresent(c -> classes.computeIfAbsent(c, k -> new ArrayList<>()).add(item));
		}
		return classes;
	}

	/**
	 * A proposal of numbers for the items of a class that are not yet fixed, in {@link #DA_T_22_ORDER}, counting on
	 * from the highest number ever issued in the class.
	 * <p>
	 * Items whose 档号 was already issued are never renumbered, and no number at or below the class's high-water mark
	 * is proposed: an issued 档号 is already on the 归档章, in the 归档文件目录 and in what cites it, and must stay
	 * unique for ever, so pending items dated before fixed ones still follow them.
	 *
	 * @return one line per pending item, in the proposed order (also the lines that change nothing)
	 */
	public List<Renumbering> proposeNumbers(ArchiveClass archiveClass, Collection<? extends ArchiveItem> itemsInClass) {
		int base = storedMark(archiveClass);
		List<ArchiveItem> pending = new ArrayList<>();
		for (ArchiveItem item : itemsInClass) {
			if (isFixed(item)) {
				base = Math.max(base, item.getItemNumber());
			} else {
				pending.add(item);
			}
		}
		pending.sort(DA_T_22_ORDER);
		List<Renumbering> proposal = new ArrayList<>(pending.size());
		for (ArchiveItem item : pending) {
			proposal.add(new Renumbering(item, item.getItemNumber(), ++base));
		}
		return proposal;
	}

	/**
	 * The 完整性 check of a catalogue's numbers (see {@link #check(ArchiveCatalogue, BiPredicate)}); the numbers the
	 * catalogue records as vacated ({@link #vacatedNumbers}) are accounted for.
	 */
	public List<NumberingProblem> check(ArchiveCatalogue catalogue) {
		Map<ArchiveClass, Set<Integer>> vacated = vacatedNumbers(catalogue);
		return check(catalogue, (c, n) -> vacated.getOrDefault(c, Set.of()).contains(n));
	}

	/**
	 * The 完整性 check of a catalogue's numbers: in each class, every number from 1 to the high-water mark is held by
	 * exactly one item (no 漏号, no 重号); no two items have the same 档号; numbered items have a complete class.
	 *
	 * @param accountedFor numbers known to be vacant for a documented reason (e.g. items destroyed and entered on a
	 *                     销毁清册): not reported as gaps
	 */
	public List<NumberingProblem> check(ArchiveCatalogue catalogue, BiPredicate<ArchiveClass, Integer> accountedFor) {
		List<NumberingProblem> problems = new ArrayList<>();
		Map<ArchiveClass, List<ArchiveItem>> classes = byClass(catalogue);
		for (ArchiveClass archiveClass : marks.keySet()) {
			if (archiveClass.fonds().equals(catalogue.getFondsCode())) {
				classes.putIfAbsent(archiveClass, List.of());
			}
		}
		for (Map.Entry<ArchiveClass, List<ArchiveItem>> entry : new TreeMap<>(classes).entrySet()) {
			problems.addAll(checkClass(entry.getKey(), entry.getValue(), accountedFor));
		}
		Map<String, List<ArchiveItem>> byCode = new LinkedHashMap<>();
		for (ArchiveItem item : catalogue.getItems()) {
			if (isFixed(item)) {
				byCode.computeIfAbsent(item.getArchivalCode().trim(), k -> new ArrayList<>()).add(item);
			}
			if (item.getItemNumber() > 0 && ArchiveClass.of(catalogue, item).isEmpty()) {
				problems.add(new NumberingProblem(NumberingProblem.Kind.UNCLASSIFIED, null, item.getItemNumber(),
						item.getItemNumber(), List.of(item), NLS.bind(Messages.Numbering_unclassified, item.getTitle())));
			}
		}
		byCode.forEach((code, items) -> {
			if (items.size() > 1) {
				problems.add(new NumberingProblem(NumberingProblem.Kind.DUPLICATE_CODE, null, 0, 0, items,
						NLS.bind(Messages.Numbering_duplicateCode, code, Integer.toString(items.size()))));
			}
		});
		return problems;
	}

	/**
	 * The 漏号 and 重号 of one class: numbers from 1 to the high-water mark (stored or present) that no item holds and
	 * that are not accounted for, and numbers held by more than one item. Items without a number (0) are pending and
	 * not counted.
	 */
	public List<NumberingProblem> checkClass(ArchiveClass archiveClass, Collection<? extends ArchiveItem> itemsInClass,
			BiPredicate<ArchiveClass, Integer> accountedFor) {
		TreeMap<Integer, List<ArchiveItem>> byNumber = new TreeMap<>();
		for (ArchiveItem item : itemsInClass) {
			if (item.getItemNumber() > 0) {
				byNumber.computeIfAbsent(item.getItemNumber(), k -> new ArrayList<>()).add(item);
			}
		}
		List<NumberingProblem> problems = new ArrayList<>();
		int highest = highWaterMark(archiveClass, itemsInClass);
		int gapStart = 0;
		for (int number = 1; number <= highest + 1; number++) {
			boolean missing = number <= highest && !byNumber.containsKey(number) && !accountedFor.test(archiveClass, number);
			if (missing && gapStart == 0) {
				gapStart = number;
			} else if (!missing && gapStart != 0) {
				int last = number - 1;
				String message = gapStart == last
						? NLS.bind(Messages.Numbering_gap, archiveClass, Integer.toString(gapStart))
						: NLS.bind(Messages.Numbering_gapRange, new Object[] { archiveClass, Integer.toString(gapStart), Integer.toString(last) });
				problems.add(new NumberingProblem(NumberingProblem.Kind.GAP, archiveClass, gapStart, last, List.of(), message));
				gapStart = 0;
			}
		}
		byNumber.forEach((number, items) -> {
			if (items.size() > 1) {
				problems.add(new NumberingProblem(NumberingProblem.Kind.DUPLICATE, archiveClass, number, number, items,
						NLS.bind(Messages.Numbering_duplicate, new Object[] { archiveClass, Integer.toString(number), Integer.toString(items.size()) })));
			}
		});
		return problems;
	}

	/** Writes the stored marks as UTF-8-safe text, one class a line: {@code Z109/2011/Y/BGS = 17}. */
	public void save(Writer writer) throws IOException {
		writer.write(HEADER);
		writer.write('\n');
		for (Map.Entry<ArchiveClass, Integer> entry : marks.entrySet()) {
			writer.write(entry.getKey().key() + " = " + entry.getValue() + '\n'); //$NON-NLS-1$
		}
		writer.flush();
	}

	/**
	 * Reads marks written by {@link #save}. Blank lines and lines starting with # are skipped.
	 *
	 * @throws ArchiveFormatException naming the first line that cannot be read
	 */
	public static ItemNumbering load(Reader reader) throws IOException {
		ItemNumbering numbering = new ItemNumbering();
		BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
		String line;
		int lineNumber = 0;
		while ((line = lines.readLine()) != null) {
			lineNumber++;
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			int equals = text.indexOf('=');
			try {
				if (equals < 0) {
					throw new IllegalArgumentException(text);
				}
				ArchiveClass archiveClass = ArchiveClass.parseKey(text.substring(0, equals));
				int mark = Integer.parseInt(text.substring(equals + 1).strip());
				numbering.markIssued(archiveClass, mark);
			} catch (IllegalArgumentException e) { // also NumberFormatException
				throw new ArchiveFormatException(lineNumber, NLS.bind(Messages.Numbering_badMarkLine, Integer.toString(lineNumber), text));
			}
		}
		return numbering;
	}

	private static Comparator<ArchiveItem> daT22Order() {
		Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		Comparator<String> titles = Comparator.nullsLast((a, b) -> {
			synchronized (collator) {
				return collator.compare(a, b);
			}
		});
		return Comparator.comparing(ArchiveItem::getDate, Comparator.nullsLast(Comparator.<Date>naturalOrder()))
				.thenComparing(ArchiveItem::getTitle, titles)
				.thenComparingInt(ArchiveItem::getItemNumber)
				.thenComparing(ArchiveItem::getId, Comparator.nullsLast(Comparator.<String>naturalOrder()));
	}
}
