package org.officebench.core.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.officebench.core.archive.ArchivalCodeTemplate.Parts;
import org.officebench.core.archive.ArchivalCodeTemplate.Problem;
import org.officebench.core.archive.ArchivalCodeTemplate.ProblemKind;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;

/** 档号 patterns: the DA/T presets, round trips, and patterns that cannot give unique, readable codes. */
class ArchivalCodeTemplateTest {

	private static final Parts Z109_BGS_1 = new Parts("Z109", "WS", 2011, RetentionPeriod.PERMANENT, "BGS", 1);

	private static Set<ProblemKind> kinds(String pattern) {
		return ArchivalCodeTemplate.validate(pattern).stream().map(Problem::kind).collect(Collectors.toSet());
	}

	@Test
	void daT22ExampleIsWrittenExactly() {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015);
		assertEquals("Z109-WS·2011-Y-BGS-0001", template.format(Z109_BGS_1));
	}

	@Test
	void daT13ExampleIsWrittenExactly() {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_13_2022);
		assertEquals("Z109-WS·2011·Y·BGS-0001", template.format(Z109_BGS_1));
	}

	@Test
	void presetsAreValid() {
		assertEquals(List.of(), ArchivalCodeTemplate.validate(ArchivalCodeTemplate.DA_T_22_2015));
		assertEquals(List.of(), ArchivalCodeTemplate.validate(ArchivalCodeTemplate.DA_T_13_2022));
		// The model's default writes WS as text instead of {category}: also fine.
		ArchiveCatalogue catalogue = OfficeBenchFactory.eINSTANCE.createArchiveCatalogue();
		assertEquals(List.of(), ArchivalCodeTemplate.validate(catalogue.getArchivalCodePattern()));
		assertEquals("Z109-WS·2011-Y-BGS-0001", ArchivalCodeTemplate.of(catalogue).format(Z109_BGS_1));
	}

	@ParameterizedTest
	@ValueSource(strings = { ArchivalCodeTemplate.DA_T_22_2015, ArchivalCodeTemplate.DA_T_13_2022,
			"{fonds}-{category}·{year}-{org}-{retention}-{item:3}", "{fonds}/{year}.{retention}.{org}.{item:5}" })
	void formatAndParseRoundTrip(String pattern) {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(pattern);
		for (RetentionPeriod retention : RetentionPeriod.VALUES) {
			for (int item : new int[] { 1, 9, 10, 123, 9999, 123456 }) {
				Parts parts = new Parts("Z109", "WS", 2025, retention, "YYB", item);
				String code = template.format(parts);
				Parts back = template.parse(code);
				assertEquals(pattern.contains("{category}") ? parts : new Parts("Z109", null, 2025, retention, "YYB", item), back, code);
				assertEquals(code, template.format(back));
			}
		}
	}

	@Test
	void parseReadsThePartsOfTheDaTExamples() {
		assertEquals(Z109_BGS_1, ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015).parse("Z109-WS·2011-Y-BGS-0001"));
		assertEquals(Z109_BGS_1, ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_13_2022).parse("Z109-WS·2011·Y·BGS-0001"));
		Parts parts = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015).parse("Z109-WS·2011-D30-BGS-0017");
		assertEquals(RetentionPeriod.YEARS_30, parts.retention());
		assertEquals(17, parts.item());
		assertEquals(new ArchiveClass("Z109", 2011, RetentionPeriod.YEARS_30, "BGS"), parts.archiveClass());
	}

	@Test
	void itemDigitsAreConfigurable() {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of("{fonds}-{year}-{retention}-{org}-{item:6}");
		assertEquals(6, template.itemDigits());
		assertEquals("Z109-2011-D10-BGS-000042",
				template.format(new Parts("Z109", null, 2011, RetentionPeriod.YEARS_10, "BGS", 42)));
		assertEquals(4, ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015).itemDigits());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Z109-WS·2011-Y-BGS-00001", // not zero padded to four digits as written
			"Z109-WS·2011-Y-BGS-1", "Z109-WS·2011-Y-BGS-0000", "Z109-WS·2011-P-BGS-0001", // unknown retention
			"Z109-WS·11-Y-BGS-0001", "Z109-WS·2011·Y·BGS-0001", // DA/T 13 form for a DA/T 22 pattern
			"Z109-WS·2011-Y-BGS-0001 ", "Z1 09-WS·2011-Y-BGS-0001", "Z109-WS·2011-y-BGS-0001", "" })
	void malformedCodesAreRejected(String code) {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015);
		assertFalse(template.isWellFormed(code), code);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> template.parse(code));
		assertTrue(e.getMessage().contains(ArchivalCodeTemplate.DA_T_22_2015), e.getMessage());
	}

	@Test
	void valuesThatWouldBreakTheCodeAreNotWritten() {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015);
		assertThrows(IllegalArgumentException.class,
				() -> template.format(new Parts("Z109", "WS", 2011, RetentionPeriod.PERMANENT, "BGS-1", 1)));
		assertThrows(IllegalArgumentException.class,
				() -> template.format(new Parts("Z109", "WS", 11, RetentionPeriod.PERMANENT, "BGS", 1)));
		assertThrows(IllegalArgumentException.class,
				() -> template.format(new Parts("Z109", "WS", 2011, RetentionPeriod.PERMANENT, "BGS", 0)));
		assertThrows(IllegalArgumentException.class,
				() -> template.format(new Parts("", "WS", 2011, RetentionPeriod.PERMANENT, "BGS", 1)));
	}

	@Test
	void aPatternWithoutOrgCannotGiveUniqueCodes() {
		List<Problem> problems = ArchivalCodeTemplate.validate("{fonds}-{category}·{year}-{retention}-{item}");
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(ProblemKind.NOT_UNIQUE, problems.get(0).kind());
		assertTrue(problems.get(0).message().contains("{org}"), problems.get(0).message());
		assertFalse(problems.get(0).message().startsWith("NLS missing message"), problems.get(0).message());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ArchivalCodeTemplate.of("{fonds}-{category}·{year}-{retention}-{item}"));
		assertTrue(e.getMessage().contains("{org}"), e.getMessage());
	}

	@Test
	void everyPartOfTheClassIsRequired() {
		assertEquals(Set.of(ProblemKind.NOT_UNIQUE), kinds("{fonds}-{year}-{org}-{item}"));
		assertEquals(Set.of(ProblemKind.NOT_UNIQUE), kinds("{fonds}-{retention}-{org}-{item}"));
		assertEquals(Set.of(ProblemKind.NOT_UNIQUE), kinds("Z109-{year}-{retention}-{org}-{item}"));
		assertEquals(2, ArchivalCodeTemplate.validate("{fonds}-{year}-{item}").size());
	}

	@Test
	void aPatternWithoutItemIsRejected() {
		List<Problem> problems = ArchivalCodeTemplate.validate("{fonds}-{category}·{year}-{retention}-{org}");
		assertEquals(Set.of(ProblemKind.MISSING_ITEM), problems.stream().map(Problem::kind).collect(Collectors.toSet()));
		assertTrue(problems.get(0).message().contains("{item}"));
	}

	@Test
	void placeholdersWithoutSeparatorAreAmbiguous() {
		List<Problem> problems = ArchivalCodeTemplate.validate("{fonds}-{retention}-{org}-{year}{item}");
		assertEquals(1, problems.size(), problems.toString());
		assertEquals(ProblemKind.AMBIGUOUS, problems.get(0).kind());
		assertEquals("{fonds}-{retention}-{org}-{year}".length(), problems.get(0).position());
		assertTrue(problems.get(0).message().contains("{year}") && problems.get(0).message().contains("{item}"));
		// Letters are no separator either: the org code could end in them.
		assertEquals(Set.of(ProblemKind.AMBIGUOUS), kinds("{fonds}-{year}-{retention}-{org}X{item}"));
		assertEquals(Set.of(ProblemKind.AMBIGUOUS), kinds("{fonds}-{year}-{retention}-{org}07{item}"));
		// Text that contains a symbol separates, even with letters around it.
		assertEquals(Set.of(), kinds("{fonds}-WS·{year}-{retention}-{org}-{item}"));
	}

	@Test
	void syntaxErrorsAreReported() {
		assertEquals(Set.of(ProblemKind.UNKNOWN_PLACEHOLDER), kinds("{fonds}-{year}-{retention}-{org}-{box}-{item}"));
		assertTrue(kinds("{fonds}-{year}-{retention}-{org}-{item").contains(ProblemKind.UNBALANCED_BRACES));
		assertTrue(kinds("{fonds}-{year}-{retention}-{org}}-{item}").contains(ProblemKind.UNBALANCED_BRACES));
		assertTrue(kinds("{fonds}-{year}-{retention}-{org-{item}").contains(ProblemKind.UNBALANCED_BRACES));
		assertEquals(Set.of(ProblemKind.BAD_DIGITS), kinds("{fonds}-{year}-{retention}-{org}-{item:0}"));
		assertEquals(Set.of(ProblemKind.BAD_DIGITS), kinds("{fonds}-{year}-{retention}-{org}-{item:x}"));
		assertTrue(kinds("{fonds}-{year:2}-{retention}-{org}-{item}").contains(ProblemKind.UNKNOWN_PLACEHOLDER));
		assertEquals(Set.of(ProblemKind.DUPLICATE_PLACEHOLDER), kinds("{fonds}-{year}-{retention}-{org}-{year}-{item}"));
		assertEquals(Set.of(ProblemKind.EMPTY), kinds(""));
		assertEquals(Set.of(ProblemKind.EMPTY), kinds(null));
	}

	@Test
	void aPatternWithoutCategoryParsesWithoutIt() {
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of("{fonds}-WS·{year}-{retention}-{org}-{item}");
		assertFalse(template.hasCategory());
		assertNull(template.parse("Z109-WS·2011-Y-BGS-0001").category());
		assertFalse(template.isWellFormed("Z109-WJ·2011-Y-BGS-0001"));
	}
}
