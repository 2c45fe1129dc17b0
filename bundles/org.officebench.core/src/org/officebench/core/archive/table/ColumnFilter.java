package org.officebench.core.archive.table;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filter typed into a column's filter cell.
 * <p>
 * Text and choice columns: the cell contains the text (letters ignoring case). Number columns (件号, 页数, 年度):
 * {@code 12} exactly, {@code 10~20} (also {@code 10-20}, {@code 10..20}, {@code 10至20}) inclusive, or
 * {@code >=10}, {@code >10}, {@code <=10}, {@code <10}. The 日期 column takes the same forms with days written
 * YYYYMMDD, and a month YYYYMM or a year YYYY stands for all its days ({@code 2024~202406} is 20240101 to 20240630).
 * A number or date filter that cannot be read falls back to "contains" on the cell text, so nothing typed is lost.
 */
public final class ColumnFilter {

	private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:~|～|-|－|—|\\.\\.|至|到)\\s*(\\d+)\\s*"); //$NON-NLS-1$
	private static final Pattern COMPARE = Pattern.compile("\\s*(>=|<=|>|<|＞＝|＜＝|＞|＜|≥|≤|=|＝)?\\s*(\\d+)\\s*"); //$NON-NLS-1$

	private final String text;
	private final String needle;
	private final boolean ignoreCase;
	private final boolean numeric;
	private final int low;
	private final int high;

	private ColumnFilter(String text, boolean numeric, int low, int high) {
		this.text = text;
		String lower = text.toLowerCase(Locale.ROOT);
		this.ignoreCase = !lower.equals(text.toUpperCase(Locale.ROOT));
		this.needle = lower;
		this.numeric = numeric;
		this.low = low;
		this.high = high;
	}

	/** @return the filter, or {@code null} when the text is blank (no filter) */
	public static ColumnFilter parse(CatalogueColumn column, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		if (column.kind() == CatalogueColumn.Kind.NUMBER || column.kind() == CatalogueColumn.Kind.DATE) {
			boolean date = column.kind() == CatalogueColumn.Kind.DATE;
			Matcher range = RANGE.matcher(typed);
			if (range.matches()) {
				long[] from = bounds(range.group(1), date);
				long[] to = bounds(range.group(2), date);
				if (from != null && to != null) {
					return new ColumnFilter(typed, true, clamp(from[0]), clamp(to[1]));
				}
			}
			Matcher compare = COMPARE.matcher(typed);
			if (compare.matches()) {
				long[] value = bounds(compare.group(2), date);
				if (value != null) {
					String op = compare.group(1) == null ? "=" : compare.group(1); //$NON-NLS-1$
					return switch (op) {
					case ">=", "＞＝", "≥" -> new ColumnFilter(typed, true, clamp(value[0]), Integer.MAX_VALUE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					case ">", "＞" -> new ColumnFilter(typed, true, clamp(value[1] + 1), Integer.MAX_VALUE); //$NON-NLS-1$ //$NON-NLS-2$
					case "<=", "＜＝", "≤" -> new ColumnFilter(typed, true, Integer.MIN_VALUE, clamp(value[1])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					case "<", "＜" -> new ColumnFilter(typed, true, Integer.MIN_VALUE, clamp(value[0] - 1)); //$NON-NLS-1$ //$NON-NLS-2$
					default -> new ColumnFilter(typed, true, clamp(value[0]), clamp(value[1]));
					};
				}
			}
		}
		return new ColumnFilter(typed, false, 0, 0);
	}

	/** The lowest and highest value a written number stands for (a year or month of a date covers its days). */
	private static long[] bounds(String digits, boolean date) {
		if (digits.length() > 9) {
			return null;
		}
		long value = Long.parseLong(digits);
		if (!date) {
			return new long[] { value, value };
		}
		return switch (digits.length()) {
		case 4 -> new long[] { value * 10000 + 101, value * 10000 + 1231 };
		case 6 -> new long[] { value * 100 + 1, value * 100 + 31 };
		case 8 -> new long[] { value, value };
		default -> null;
		};
	}

	private static int clamp(long value) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	/** As typed. */
	public String text() {
		return text;
	}

	/** Whether this filter compares numbers (else it looks for text). */
	public boolean isNumeric() {
		return numeric;
	}

	public int low() {
		return low;
	}

	public int high() {
		return high;
	}

	boolean matches(int value) {
		return value >= low && value <= high;
	}

	/** Whether {@code chars[0..length)} contain what was typed, as {@link #matches(String)}, without a string. */
	boolean matches(char[] chars, int length) {
		int m = needle.length();
		next: for (int i = 0, last = length - m; i <= last; i++) {
			for (int j = 0; j < m; j++) {
				char c = chars[i + j];
				char n = needle.charAt(j);
				if (c != n && !(ignoreCase && (Character.toLowerCase(c) == n || Character.toUpperCase(c) == Character.toUpperCase(n)))) {
					continue next;
				}
			}
			return true;
		}
		return false;
	}

	/** Whether the text contains what was typed. */
	public boolean matches(String value) {
		if (value == null) {
			return false;
		}
		if (!ignoreCase) {
			return value.contains(needle);
		}
		int length = needle.length();
		for (int i = 0, last = value.length() - length; i <= last; i++) {
			if (value.regionMatches(true, i, needle, 0, length)) {
				return true;
			}
		}
		return false;
	}
}
