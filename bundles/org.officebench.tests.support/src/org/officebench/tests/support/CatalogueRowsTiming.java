package org.officebench.tests.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.officebench.core.archive.table.CatalogueColumn;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.core.archive.table.CatalogueWarmUp;
import org.officebench.model.ArchiveItem;

/**
 * Measures {@link CatalogueRows} on a list of items, for benchmarks and tests (not part of the product; the catalogue
 * benchmark compiles this source with its own): {@link #measure(List)} returns milliseconds per
 * step, {@link #main(String[])} measures on generated items ({@code main 1000000}).
 */
public final class CatalogueRowsTiming {

	private CatalogueRowsTiming() {
	}

	/**
	 * Builds the rows, then sorts, filters, groups and adds as a user would, timing each step (wall clock, ms). Every
	 * step after the first forces the view to be computed ({@link CatalogueRows#size()}), so nothing is left lazy.
	 */
	public static Map<String, Long> measure(List<ArchiveItem> items) {
		Map<String, Long> figures = new LinkedHashMap<>();
		long start = System.nanoTime();
		CatalogueRows rows = new CatalogueRows(items);
		rows.size();
		figures.put("build", millis(start)); //$NON-NLS-1$
		// A sort in the first second, before the background indexing below is done, indexes its column itself.
		time(figures, "sort 题名 before background indexing", new CatalogueRows(items), r -> r.sort(CatalogueColumn.TITLE, false)); //$NON-NLS-1$
		// What the catalogue page does once the table shows: index the text columns in the background.
		long indexing = System.nanoTime();
		CatalogueRows.TextIndexing background = rows.textIndexing();
		background.run();
		rows.install(background);
		figures.put("index text columns (background)", millis(indexing)); //$NON-NLS-1$
		time(figures, "sort 题名 ascending", rows, r -> r.sort(CatalogueColumn.TITLE, false)); //$NON-NLS-1$
		time(figures, "sort 题名 descending", rows, r -> r.sort(CatalogueColumn.TITLE, true)); //$NON-NLS-1$
		time(figures, "sort 责任者 ascending", rows, r -> r.sort(CatalogueColumn.RESPONSIBLE, false)); //$NON-NLS-1$
		time(figures, "sort 日期 descending", rows, r -> r.sort(CatalogueColumn.DATE, true)); //$NON-NLS-1$
		time(figures, "sort 页数 ascending", rows, r -> r.sort(CatalogueColumn.PAGES, false)); //$NON-NLS-1$
		time(figures, "sort 档号 ascending", rows, r -> r.sort(CatalogueColumn.ARCHIVAL_CODE, false)); //$NON-NLS-1$
		time(figures, "filter 题名 contains 通知", rows, r -> r.filter(CatalogueColumn.TITLE, "通知")); //$NON-NLS-1$ //$NON-NLS-2$
		time(figures, "filter 文号 contains 〔2021〕", rows, r -> r.filter(CatalogueColumn.DOCUMENT_NUMBER, "〔2021〕")); //$NON-NLS-1$ //$NON-NLS-2$
		time(figures, "filter 日期 20200101~20211231", rows, r -> r.filter(CatalogueColumn.DATE, "20200101~20211231")); //$NON-NLS-1$ //$NON-NLS-2$
		time(figures, "filter 年度 2021", rows, r -> r.filter(CatalogueColumn.YEAR, "2021")); //$NON-NLS-1$ //$NON-NLS-2$
		time(figures, "filter 页数 >=10", rows, r -> r.filter(CatalogueColumn.PAGES, ">=10")); //$NON-NLS-1$ //$NON-NLS-2$
		time(figures, "clear filters", rows, r -> { //$NON-NLS-1$
			for (CatalogueColumn column : CatalogueColumn.values()) {
				r.filter(column, null);
			}
		});
		time(figures, "group by class, sorted by 题名", rows, r -> { //$NON-NLS-1$
			r.group(true);
			r.sort(CatalogueColumn.TITLE, false);
		});
		if (!items.isEmpty()) {
			ArchiveItem first = items.get(0);
			String title = first.getTitle();
			time(figures, "change one 题名 (sorted by it)", rows, r -> { //$NON-NLS-1$
				first.setTitle("改 " + title); //$NON-NLS-1$
				r.itemChanged(first, CatalogueColumn.TITLE);
			});
			first.setTitle(title);
			rows.itemChanged(first, CatalogueColumn.TITLE);
		}
		List<ArchiveItem> more = new ArrayList<>(items);
		more.addAll(generate(10, 7));
		time(figures, "add 10 items (grouped, sorted)", rows, r -> r.refresh(more)); //$NON-NLS-1$
		figures.put("rows shown", (long) rows.size()); //$NON-NLS-1$
		return figures;
	}

	private interface Step {
		void run(CatalogueRows rows);
	}

	private static void time(Map<String, Long> figures, String name, CatalogueRows rows, Step step) {
		long start = System.nanoTime();
		step.run(rows);
		rows.size();
		figures.put(name, millis(start));
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Items like an office's: titles from a few hundred phrases and a serial, 10 years, 3 organisations. */
	public static List<ArchiveItem> generate(int count, long seed) {
		return CatalogueWarmUp.generate(count, seed);
	}

	/** {@code main [count]}: generates the items (default 1,000,000), measures three times, prints the figures. */
	public static void main(String[] args) {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		List<ArchiveItem> items = generate(count, 42);
		System.out.println(count + " items, " + Runtime.getRuntime().availableProcessors() + " processors"); //$NON-NLS-1$ //$NON-NLS-2$
		for (int run = 1; run <= 3; run++) {
			System.out.println("run " + run); //$NON-NLS-1$
			measure(items).forEach((step, ms) -> System.out.printf("  %-34s %6d%n", step, ms)); //$NON-NLS-1$
		}
	}
}
