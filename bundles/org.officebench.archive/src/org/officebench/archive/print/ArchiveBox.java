package org.officebench.archive.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.RetentionPeriod;

/**
 * The 件 of one box (盒): the items of a class with the same {@code boxNumber}; items of a class without a box number
 * make one box of their own, whose 盒号 is left blank for the archivist to write in.
 *
 * @param boxNumber 盒号, 0 when the items have none
 * @param items     in DA/T 22 order, never empty
 */
public record ArchiveBox(int boxNumber, List<CatalogueEntry> items) {

	public ArchiveBox {
		items = List.copyOf(items);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("an empty box"); //$NON-NLS-1$
		}
	}

	/** The entries in boxes: sorted in DA/T 22 order and cut where the class or the box number changes. */
	public static List<ArchiveBox> of(List<CatalogueEntry> entries) {
		List<ArchiveBox> boxes = new ArrayList<>();
		List<CatalogueEntry> current = new ArrayList<>();
		List<CatalogueEntry> sorted = new ArrayList<>(entries);
		sorted.sort(CatalogueEntry.ORDER);
		// stable: DA/T 22 order inside a box, boxes in number order inside a class
		sorted.sort(Comparator.comparing((CatalogueEntry e) -> e.fonds())
				.thenComparingInt(e -> e.item().getYear())
				.thenComparing(e -> e.item().getRetention())
				.thenComparing(e -> CatalogueEntry.nz(e.item().getOrganizationCode()))
				.thenComparingInt(e -> e.item().getBoxNumber() > 0 ? e.item().getBoxNumber() : Integer.MAX_VALUE));
		for (CatalogueEntry entry : sorted) {
			if (!current.isEmpty() && !sameBox(current.get(0), entry)) {
				boxes.add(new ArchiveBox(current.get(0).item().getBoxNumber(), current));
				current.clear();
			}
			current.add(entry);
		}
		if (!current.isEmpty()) {
			boxes.add(new ArchiveBox(current.get(0).item().getBoxNumber(), current));
		}
		return boxes;
	}

	private static boolean sameBox(CatalogueEntry a, CatalogueEntry b) {
		return a.fonds().equals(b.fonds()) && a.item().getYear() == b.item().getYear()
				&& Objects.equals(a.item().getRetention(), b.item().getRetention())
				&& Objects.equals(a.item().getOrganizationCode(), b.item().getOrganizationCode())
				&& a.item().getBoxNumber() == b.item().getBoxNumber();
	}

	public CatalogueEntry first() {
		return items.get(0);
	}

	public CatalogueEntry last() {
		return items.get(items.size() - 1);
	}

	public String fonds() {
		return first().fonds();
	}

	public int year() {
		return first().item().getYear();
	}

	public RetentionPeriod retention() {
		return first().item().getRetention();
	}

	/** 起止件号, e.g. 0001—0025 (one number for a box of one 件). */
	public String itemRange(String pattern) {
		String from = first().itemNumber();
		String to = last().itemNumber();
		return from.equals(to) ? from : NLS.bind(pattern, from, to);
	}

	/** 盒号 as printed: four digits, or empty. */
	public String boxLabel() {
		return boxNumber > 0 ? String.format("%04d", boxNumber) : ""; //$NON-NLS-1$
	}

	/** The pages of all 件 in the box. */
	public int pages() {
		return items.stream().mapToInt(e -> Math.max(0, e.item().getPages())).sum();
	}
}
