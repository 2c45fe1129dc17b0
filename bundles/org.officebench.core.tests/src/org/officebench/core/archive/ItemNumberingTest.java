package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;

/** 件号: never reused, 漏号 and 重号 found, DA/T 22 order, renumbering only of items not yet fixed. */
class ItemNumberingTest {

	private static final ArchiveClass BGS_2025_Y = new ArchiveClass("Z109", 2025, RetentionPeriod.PERMANENT, "BGS");
	private static final ArchivalCodeTemplate TEMPLATE = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015);

	private final ArchiveCatalogue catalogue = catalogue();

	private static ArchiveCatalogue catalogue() {
		ArchiveCatalogue catalogue = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		catalogue.setFondsCode("Z109");
		return catalogue;
	}

	private ArchiveItem item(String title, String date, int number, boolean fixed) {
		ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
		item.setId("item-" + catalogue.getItems().size());
		item.setTitle(title);
		item.setYear(2025);
		item.setRetention(RetentionPeriod.PERMANENT);
		item.setOrganizationCode("BGS");
		if (date != null) {
			item.setDate(Date.from(LocalDate.parse(date).atStartOfDay(ZoneId.systemDefault()).toInstant()));
		}
		item.setItemNumber(number);
		if (fixed) {
			item.setArchivalCode(TEMPLATE.format(BGS_2025_Y, number));
		}
		catalogue.getItems().add(item);
		return item;
	}

	@Test
	void aDestroyedNumberIsNeverAllocatedAgain() throws Exception {
		ItemNumbering numbering = new ItemNumbering();
		item("董事会决议", "2025-01-10", 1, true);
		item("总经理办公会纪要", "2025-02-10", 2, true);
		ArchiveItem third = item("高管例会纪要", "2025-03-10", 3, true);
		numbering.observe(catalogue);
		assertEquals(4, numbering.nextNumber(catalogue, BGS_2025_Y));

		catalogue.getItems().remove(third); // destroyed after appraisal
		assertEquals(4, numbering.nextNumber(catalogue, BGS_2025_Y), "3 stays used");

		// The mark survives storing and reading back, as the caller persists it.
		StringWriter text = new StringWriter();
		numbering.save(text);
		ItemNumbering reloaded = ItemNumbering.load(new StringReader(text.toString()));
		assertEquals(Map.of(BGS_2025_Y, 3), reloaded.highWaterMarks());
		assertEquals(4, reloaded.nextNumber(catalogue, BGS_2025_Y));
		// Also when every item of the class is gone.
		catalogue.getItems().clear();
		assertEquals(4, reloaded.nextNumber(catalogue, BGS_2025_Y));
		// Without the stored mark the removed number would come back: that is why it is kept.
		assertEquals(1, new ItemNumbering().nextNumber(catalogue, BGS_2025_Y));
	}

	@Test
	void numbersArePerClass() {
		ItemNumbering numbering = new ItemNumbering();
		numbering.markIssued(BGS_2025_Y, 12);
		ArchiveClass otherRetention = new ArchiveClass("Z109", 2025, RetentionPeriod.YEARS_10, "BGS");
		assertEquals(13, numbering.nextNumber(catalogue, BGS_2025_Y));
		assertEquals(1, numbering.nextNumber(catalogue, otherRetention));
		numbering.markIssued(BGS_2025_Y, 5); // marks only rise
		assertEquals(12, numbering.storedMark(BGS_2025_Y));
	}

	@Test
	void gapsAndDuplicatesAreFound() {
		ItemNumbering numbering = new ItemNumbering();
		item("a", "2025-01-01", 1, true);
		item("b", "2025-01-02", 2, true);
		ArchiveItem d1 = item("d", "2025-01-04", 4, true);
		ArchiveItem d2 = item("d'", "2025-01-05", 4, false);
		item("h", "2025-01-08", 8, true);
		List<NumberingProblem> problems = numbering.check(catalogue);

		List<NumberingProblem> gaps = problems.stream().filter(p -> p.kind() == NumberingProblem.Kind.GAP).toList();
		assertEquals(2, gaps.size(), problems.toString());
		assertEquals(List.of(3, 3), List.of(gaps.get(0).from(), gaps.get(0).to()));
		assertEquals(List.of(5, 7), List.of(gaps.get(1).from(), gaps.get(1).to()));
		assertTrue(gaps.get(1).message().contains("5") && gaps.get(1).message().contains("7"), gaps.get(1).message());

		List<NumberingProblem> duplicates = problems.stream().filter(p -> p.kind() == NumberingProblem.Kind.DUPLICATE).toList();
		assertEquals(1, duplicates.size(), problems.toString());
		assertEquals(4, duplicates.get(0).from());
		assertEquals(List.of(d1, d2), duplicates.get(0).items());
		assertEquals(BGS_2025_Y, duplicates.get(0).archiveClass());
		assertEquals(3, problems.size(), problems.toString());
	}

	@Test
	void removedLastItemsAreAGapUnlessAccountedFor() {
		ItemNumbering numbering = new ItemNumbering();
		item("a", "2025-01-01", 1, true);
		item("b", "2025-01-02", 2, true);
		numbering.markIssued(BGS_2025_Y, 4); // 3 and 4 were issued, their items are gone
		List<NumberingProblem> problems = numbering.check(catalogue);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(NumberingProblem.Kind.GAP, problems.get(0).kind());
		assertEquals(List.of(3, 4), List.of(problems.get(0).from(), problems.get(0).to()));
		// Entered on a 销毁清册: accounted for.
		assertEquals(List.of(), numbering.check(catalogue, (c, n) -> c.equals(BGS_2025_Y) && (n == 3 || n == 4)));
	}

	@Test
	void aCompleteClassHasNoProblems() {
		ItemNumbering numbering = new ItemNumbering();
		for (int i = 1; i <= 5; i++) {
			item("件" + i, "2025-01-0" + i, i, true);
		}
		item("待归档", "2025-02-01", 0, false); // pending, no number yet: not a gap
		assertEquals(List.of(), numbering.check(catalogue));
	}

	@Test
	void duplicateCodesAndUnclassifiedItemsAreFound() {
		ItemNumbering numbering = new ItemNumbering();
		ArchiveItem a = item("a", "2025-01-01", 1, true);
		ArchiveItem b = item("b", "2025-01-02", 2, true);
		b.setArchivalCode(a.getArchivalCode());
		ArchiveItem noOrg = item("c", "2025-01-03", 3, false);
		noOrg.setOrganizationCode(null);
		List<NumberingProblem> problems = numbering.check(catalogue);
		assertTrue(problems.stream().anyMatch(p -> p.kind() == NumberingProblem.Kind.DUPLICATE_CODE && p.items().equals(List.of(a, b))), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.kind() == NumberingProblem.Kind.UNCLASSIFIED && p.items().equals(List.of(noOrg))), problems.toString());
	}

	@Test
	void itemsAreOrderedByDateThenTitle() {
		ArchiveItem undated = item("无日期的文件", null, 0, false);
		ArchiveItem march = item("三月工作总结", "2025-03-31", 0, false);
		ArchiveItem januaryB = item("营运部高管例会纪要", "2025-01-15", 0, false);
		ArchiveItem januaryA = item("安全检查报告", "2025-01-15", 0, false); // 安 (an) before 营 (ying)
		ArchiveItem february = item("二月工作总结", "2025-02-28", 0, false);
		List<ArchiveItem> sorted = catalogue.getItems().stream().sorted(ItemNumbering.DA_T_22_ORDER).toList();
		assertEquals(List.of(januaryA, januaryB, february, march, undated), sorted);
	}

	@Test
	void renumberingProposalLeavesIssuedNumbersAlone() {
		ItemNumbering numbering = new ItemNumbering();
		ArchiveItem fixed1 = item("董事会决议", "2025-03-01", 1, true);
		ArchiveItem fixed2 = item("总经理办公会纪要", "2025-03-05", 2, true);
		numbering.markIssued(BGS_2025_Y, 3); // item 3 was issued and destroyed
		ArchiveItem lateApril = item("四月高管例会纪要", "2025-04-30", 4, false);
		ArchiveItem earlyApril = item("四月安全检查报告", "2025-04-02", 5, false);
		ArchiveItem january = item("一月工作总结", "2025-01-31", 0, false); // older than the fixed ones

		List<Renumbering> proposal = numbering.proposeNumbers(BGS_2025_Y, ItemNumbering.itemsOf(catalogue, BGS_2025_Y));
		assertEquals(List.of(new Renumbering(january, 0, 4), new Renumbering(earlyApril, 5, 5), new Renumbering(lateApril, 4, 6)),
				proposal);
		assertEquals(List.of(true, false, true), proposal.stream().map(Renumbering::changes).toList());
		assertTrue(proposal.stream().noneMatch(r -> r.item() == fixed1 || r.item() == fixed2));
		assertEquals(1, fixed1.getItemNumber());
		assertEquals(2, fixed2.getItemNumber());
	}

	@Test
	void aMalformedCounterLineNamesItsNumber() {
		ArchiveFormatException e = assertThrows(ArchiveFormatException.class,
				() -> ItemNumbering.load(new StringReader("# marks\nZ109/2025/Y/BGS = 3\nZ109/2025/Q/BGS = x\n")));
		assertEquals(3, e.lineNumber());
		assertTrue(e.getMessage().contains("3") && e.getMessage().contains("Z109/2025/Q/BGS"), e.getMessage());
	}

	@Test
	void classKeysRoundTrip() {
		assertEquals("Z109/2025/Y/BGS", BGS_2025_Y.key());
		assertEquals(BGS_2025_Y, ArchiveClass.parseKey(BGS_2025_Y.key()));
		assertThrows(IllegalArgumentException.class, () -> new ArchiveClass("Z109", 2025, RetentionPeriod.PERMANENT, "B/GS"));
	}
}
