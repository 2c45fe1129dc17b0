package org.officebench.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeQueryParserTest {

	@Test
	void wordsAndPhrasesAreWhatIsHighlighted() {
		ParsedQuery q = OfficeQueryParser.parse("會議紀要 \"门店 巡检\" MBO");
		assertTrue(q.isSearchable());
		assertEquals(List.of("会议", "纪要", "会议纪要", "门店巡检", "mbo"), q.highlights(), "a space between Chinese characters in quotes is no gap");
		assertEquals(List.of(), q.notices());
	}

	@Test
	void singleCharactersInARowStayOneWord() {
		// smartcn cuts an unknown name into characters; they must be found side by side, not anywhere
		ParsedQuery q = OfficeQueryParser.parse("郝晓燕巡店记录");
		assertTrue(q.highlights().contains("记录"), q.highlights().toString());
		assertTrue(q.highlights().contains("郝晓燕巡店记录"), "the run as typed, marked whole: " + q.highlights());
		assertTrue(q.highlights().stream().anyMatch(h -> h.length() >= 3 && "郝晓燕巡店".contains(h)), q.highlights().toString());
		assertFalse(q.highlights().contains("郝"), q.highlights().toString());
	}

	@Test
	void badInputNeverThrows() {
		assertEquals(ParsedQuery.Problem.EMPTY, OfficeQueryParser.parse(null).problem());
		assertEquals(ParsedQuery.Problem.EMPTY, OfficeQueryParser.parse(" \u3000\t").problem());
		assertEquals(ParsedQuery.Problem.NO_WORDS, OfficeQueryParser.parse("，。、！").problem());
		assertEquals(ParsedQuery.Problem.NO_WORDS, OfficeQueryParser.parse("\"\"").problem());
		ParsedQuery open = OfficeQueryParser.parse("“会议纪要");
		assertEquals(List.of(ParsedQuery.Notice.UNBALANCED_QUOTE), open.notices());
		ParsedQuery huge = OfficeQueryParser.parse("门 店".repeat(5000));
		assertTrue(huge.notices().contains(ParsedQuery.Notice.SHORTENED));
		assertNotNull(huge.query());
		ParsedQuery many = OfficeQueryParser.parse("甲乙 丙丁 ".repeat(30));
		assertTrue(many.notices().contains(ParsedQuery.Notice.SHORTENED), "at most " + OfficeQueryParser.MAX_UNITS + " words");
	}
}
