package org.officebench.core.archive.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.officebench.model.ArchiveItem;
import org.officebench.tests.support.CatalogueRowsTiming;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;

class CatalogueRowsTest {

	private static ArchiveItem item(int number, String title, int year, RetentionPeriod retention, String org, String day, int pages) {
		ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
		item.setItemNumber(number);
		item.setTitle(title);
		item.setYear(year);
		item.setRetention(retention);
		item.setOrganizationCode(org);
		item.setArchivalCode("Z109-WS·" + year + "-" + retention.getLiteral() + "-" + org + "-" + String.format("%04d", number));
		item.setDate(Date.from(LocalDate.parse(day).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		item.setPages(pages);
		return item;
	}

	private static List<ArchiveItem> sample() {
		List<ArchiveItem> items = new ArrayList<>();
		items.add(item(1, "关于门店巡检的通知", 2024, RetentionPeriod.YEARS_10, "BGS", "2024-03-05", 3));
		items.add(item(2, "2024年工作总结", 2024, RetentionPeriod.PERMANENT, "BGS", "2024-12-20", 12));
		items.add(item(3, "Annual Plan 2023", 2023, RetentionPeriod.YEARS_30, "YYB", "2023-01-15", 7));
		items.add(item(4, "关于门店巡检的通知", 2023, RetentionPeriod.YEARS_10, "BGS", "2023-06-30", 2));
		items.add(item(5, "会议纪要", 2024, RetentionPeriod.YEARS_10, "YYB", "2024-06-01", 25));
		return items;
	}

	private static List<String> titles(CatalogueRows rows) {
		List<String> titles = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			titles.add(rows.item(row).getTitle());
		}
		return titles;
	}

	private static List<Integer> numbers(CatalogueRows rows) {
		List<Integer> numbers = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			numbers.add(rows.item(row).getItemNumber());
		}
		return numbers;
	}

	@Test
	void showsTheCatalogueOrderUntilSorted() {
		CatalogueRows rows = new CatalogueRows(sample());
		assertEquals(List.of(1, 2, 3, 4, 5), numbers(rows));
	}

	@Test
	void sortsTextByCodePointAndKeepsTheCatalogueOrderForEqualValues() {
		CatalogueRows rows = new CatalogueRows(sample());
		rows.sort(CatalogueColumn.TITLE, false);
		// "2" < "A" < 会 (U+4F1A) < 关 (U+5173); the two equal titles stay in catalogue order (1 before 4).
		assertEquals(List.of(2, 3, 5, 1, 4), numbers(rows));
		rows.sort(CatalogueColumn.TITLE, true);
		assertEquals(List.of(1, 4, 5, 3, 2), numbers(rows));
		rows.sort(null, false);
		assertEquals(List.of(1, 2, 3, 4, 5), numbers(rows));
	}

	@Test
	void sortsNumbersAndDatesByValue() {
		CatalogueRows rows = new CatalogueRows(sample());
		rows.sort(CatalogueColumn.PAGES, true);
		assertEquals(List.of(5, 2, 3, 1, 4), numbers(rows));
		rows.sort(CatalogueColumn.DATE, false);
		assertEquals(List.of(3, 4, 1, 5, 2), numbers(rows));
		rows.sort(CatalogueColumn.RETENTION, false);
		assertEquals(List.of(2, 3, 1, 4, 5), numbers(rows), "永久, 30年, 10年 in that order");
	}

	@Test
	void filtersTextByContainsIgnoringLetterCase() {
		CatalogueRows rows = new CatalogueRows(sample());
		rows.filter(CatalogueColumn.TITLE, "巡检");
		assertEquals(List.of(1, 4), numbers(rows));
		rows.filter(CatalogueColumn.TITLE, "annual");
		assertEquals(List.of(3), numbers(rows));
		rows.filter(CatalogueColumn.TITLE, " ");
		assertEquals(5, rows.size());
		assertNull(rows.filterOf(CatalogueColumn.TITLE));
	}

	@Test
	void filtersNumbersAndDatesByValueRangeOrComparison() {
		CatalogueRows rows = new CatalogueRows(sample());
		rows.filter(CatalogueColumn.YEAR, "2023");
		assertEquals(List.of(3, 4), numbers(rows));
		rows.filter(CatalogueColumn.YEAR, null);
		rows.filter(CatalogueColumn.PAGES, "3~12");
		assertEquals(List.of(1, 2, 3), numbers(rows));
		rows.filter(CatalogueColumn.PAGES, ">=12");
		assertEquals(List.of(2, 5), numbers(rows));
		rows.filter(CatalogueColumn.PAGES, "<3");
		assertEquals(List.of(4), numbers(rows));
		rows.filter(CatalogueColumn.PAGES, null);
		rows.filter(CatalogueColumn.DATE, "202406");
		assertEquals(List.of(5), numbers(rows), "a month stands for its days");
		rows.filter(CatalogueColumn.DATE, "2023~20240305");
		assertEquals(List.of(1, 3, 4), numbers(rows));
		rows.filter(CatalogueColumn.DATE, "20241220");
		assertEquals(List.of(2), numbers(rows));
		// Not a day, month or year (five digits): looked for in the cell text instead of failing.
		rows.filter(CatalogueColumn.DATE, "41220");
		assertEquals(List.of(2), numbers(rows));
	}

	@Test
	void filtersChoicesByLabelOrCodeAndCombinesFilters() {
		CatalogueRows rows = new CatalogueRows(sample());
		rows.filter(CatalogueColumn.RETENTION, "D10");
		assertEquals(List.of(1, 4, 5), numbers(rows));
		rows.filter(CatalogueColumn.YEAR, "2024");
		assertEquals(List.of(1, 5), numbers(rows));
		rows.filter(CatalogueColumn.RETENTION, null);
		rows.filter(CatalogueColumn.YEAR, null);
		List<ArchiveItem> items = sample();
		items.get(2).setSecurityLevel(SecurityLevel.SECRET);
		rows = new CatalogueRows(items);
		rows.filter(CatalogueColumn.SECURITY_LEVEL, "secret");
		assertEquals(List.of(3), numbers(rows));
	}

	@Test
	void groupsByClassAndSortsWithinEachClass() {
		CatalogueRows rows = new CatalogueRows(sample());
		rows.group(true);
		rows.sort(CatalogueColumn.PAGES, true);
		// Classes ascending: 2023·D30·YYB(3), 2023·D10·BGS(4), 2024·Y·BGS(2), 2024·D10·BGS(1), 2024·D10·YYB(5).
		assertEquals(List.of(3, 4, 2, 1, 5), numbers(rows));
		List<CatalogueRows.Group> groups = rows.groups();
		assertEquals(5, groups.size());
		assertEquals(new CatalogueRows.ClassKey(2023, RetentionPeriod.YEARS_30, "YYB"), groups.get(0).key());
		rows.filterClass(new CatalogueRows.ClassKey(2024, RetentionPeriod.YEARS_10, "BGS"));
		assertEquals(List.of(1), numbers(rows));
		rows.filterClass(null);
		rows.filter(CatalogueColumn.YEAR, "2024");
		assertEquals(0, rows.groups().get(0).count(), "a class with no row shown counts 0");
		assertEquals(2, rows.groups().stream().filter(g -> g.key().year() == 2024 && g.key().organization().equals("BGS"))
				.mapToInt(CatalogueRows.Group::count).sum());
	}

	@Test
	void takesAddedAndChangedItemsWithoutLosingOrder() {
		List<ArchiveItem> items = sample();
		CatalogueRows rows = new CatalogueRows(items);
		rows.sort(CatalogueColumn.TITLE, false);
		rows.filter(CatalogueColumn.PAGES, ">=2");
		rows.size();
		// Two new titles that fall into the same gap of the index (between 会议纪要 and 关于…): ties broken by text.
		items.add(item(6, "关乎", 2024, RetentionPeriod.YEARS_10, "BGS", "2024-07-01", 4));
		items.add(item(7, "会议记录", 2024, RetentionPeriod.YEARS_10, "BGS", "2024-07-02", 4));
		items.add(item(8, "停车场", 2024, RetentionPeriod.YEARS_10, "BGS", "2024-07-03", 1));
		rows.refresh(items);
		assertEquals(List.of(2, 3, 5, 7, 6, 1, 4), numbers(rows), "会议纪要 < 会议记录 < 关乎 < 关于…; 8 has 1 page");
		items.get(1).setTitle("巡查");
		rows.itemChanged(items.get(1), CatalogueColumn.TITLE);
		assertEquals(List.of(3, 5, 7, 6, 1, 4, 2), numbers(rows));
		items.get(7).setPages(9);
		rows.itemChanged(items.get(7), CatalogueColumn.PAGES);
		assertEquals(List.of(3, 5, 7, 8, 6, 1, 4, 2), numbers(rows), "会 U+4F1A < 停 U+505C < 关 U+5173 < 巡 U+5DE1");
		items.remove(0);
		rows.refresh(items);
		assertEquals(List.of(3, 5, 7, 8, 6, 4, 2), numbers(rows));
		assertEquals(2, rows.rowOf(items.get(5)));
		assertEquals(7, rows.totalSize());
	}

	@Test
	void filtersATextColumnBeforeAndAfterItIsFirstSortedBy() {
		// A text column is indexed only when first sorted by; its filter must give the same rows before and after.
		List<ArchiveItem> items = sample();
		CatalogueRows rows = new CatalogueRows(items);
		rows.filter(CatalogueColumn.TITLE, "通知");
		assertEquals(List.of(1, 4), numbers(rows));
		items.get(4).setTitle("关于会议的通知");
		rows.itemChanged(items.get(4), CatalogueColumn.TITLE);
		assertEquals(List.of(1, 4, 5), numbers(rows), "a changed title is matched before the column is indexed");
		rows.sort(CatalogueColumn.TITLE, false);
		assertEquals(List.of(5, 1, 4), numbers(rows), "关于会 < 关于门; equal titles in catalogue order");
		items.get(0).setTitle("年度计划");
		rows.itemChanged(items.get(0), CatalogueColumn.TITLE);
		assertEquals(List.of(5, 4), numbers(rows), "and after it is indexed");
		items.add(item(6, "安全检查的通知", 2024, RetentionPeriod.YEARS_10, "BGS", "2024-07-01", 4));
		rows.refresh(items);
		assertEquals(List.of(5, 4, 6), numbers(rows), "an added 件 is matched and sorted: 关 U+5173 < 安 U+5B89");
	}

	@Test
	void measuresEveryStepOnGeneratedItems() {
		List<ArchiveItem> items = CatalogueRowsTiming.generate(20_000, 1);
		Map<String, Long> figures = CatalogueRowsTiming.measure(items);
		assertEquals(20_010L, figures.get("rows shown"));
		assertTrue(figures.keySet().stream().anyMatch(step -> step.startsWith("sort 题名")), figures.toString());
		assertTrue(figures.keySet().stream().anyMatch(step -> step.startsWith("filter 日期")), figures.toString());
		CatalogueRows rows = new CatalogueRows(items);
		rows.sort(CatalogueColumn.TITLE, false);
		for (int row = 1; row < rows.size(); row++) {
			assertTrue(rows.item(row - 1).getTitle().compareTo(rows.item(row).getTitle()) <= 0, "row " + row);
		}
	}
}
