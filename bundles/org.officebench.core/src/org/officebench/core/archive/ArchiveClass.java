package org.officebench.core.archive;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;

/**
 * The lowest class of DA/T 22-2015 (全宗 — 年度 — 保管期限 — 机构(问题)) inside which 件号 are counted from 0001.
 *
 * @param fonds     全宗号, e.g. Z109 (letters and digits)
 * @param year      年度, four digits
 * @param retention 保管期限
 * @param org       机构(问题)代码, e.g. BGS (letters and digits)
 */
public record ArchiveClass(String fonds, int year, RetentionPeriod retention, String org) implements Comparable<ArchiveClass> {

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{Nd}]+"); //$NON-NLS-1$
	private static final char KEY_SEPARATOR = '/';
	private static final Comparator<ArchiveClass> ORDER = Comparator.comparing(ArchiveClass::fonds)
			.thenComparingInt(ArchiveClass::year).thenComparing(ArchiveClass::retention).thenComparing(ArchiveClass::org);

	public ArchiveClass {
		Objects.requireNonNull(retention, "retention"); //$NON-NLS-1$
		if (!isCode(fonds)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_badCode, Messages.Part_fonds, fonds));
		}
		if (!isCode(org)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_badCode, Messages.Part_org, org));
		}
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_badYear, Integer.toString(year)));
		}
	}

	/** Whether a text can stand for 全宗号, 门类代码 or 机构代码 in a 档号: one or more letters and digits, nothing else. */
	public static boolean isCode(String text) {
		return text != null && CODE.matcher(text).matches();
	}

	/**
	 * The class of an item of a catalogue, or empty when the item lacks a part of it (no year, no organisation code)
	 * or the catalogue has no usable 全宗号.
	 */
	public static Optional<ArchiveClass> of(ArchiveCatalogue catalogue, ArchiveItem item) {
		String fonds = catalogue == null ? null : catalogue.getFondsCode();
		if (!isCode(fonds) || !isCode(item.getOrganizationCode()) || item.getRetention() == null
				|| item.getYear() < 1000 || item.getYear() > 9999) {
			return Optional.empty();
		}
		return Optional.of(new ArchiveClass(fonds, item.getYear(), item.getRetention(), item.getOrganizationCode()));
	}

	/** Whether the item belongs to this class (its 全宗 is the catalogue's, given by the caller). */
	public boolean contains(ArchiveItem item) {
		return item.getYear() == year && item.getRetention() == retention && org.equals(item.getOrganizationCode());
	}

	/** A stable text key, {@code Z109/2011/Y/BGS}, for storing data per class; read back with {@link #parseKey}. */
	public String key() {
		return fonds + KEY_SEPARATOR + year + KEY_SEPARATOR + retention.getLiteral() + KEY_SEPARATOR + org;
	}

	/** @throws IllegalArgumentException when the text is no {@link #key()} */
	public static ArchiveClass parseKey(String key) {
		String[] parts = key.trim().split(String.valueOf(KEY_SEPARATOR), -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException(key);
		}
		RetentionPeriod retention = RetentionPeriod.get(parts[2].trim());
		if (retention == null) {
			throw new IllegalArgumentException(key);
		}
		int year;
		try {
			year = Integer.parseInt(parts[1].trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(key, e);
		}
		return new ArchiveClass(parts[0].trim(), year, retention, parts[3].trim());
	}

	@Override
	public int compareTo(ArchiveClass other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return key();
	}
}
