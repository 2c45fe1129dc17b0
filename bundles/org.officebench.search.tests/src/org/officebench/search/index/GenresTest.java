package org.officebench.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GenresTest {

	@Test
	void theKindOfDocumentIsTheEndOfItsTitle() {
		assertEquals("通知", Genres.of("关于开展门店周巡检的通知"));
		assertEquals("纪要", Genres.of("营运部2025年第三季度高管例会纪要"));
		assertEquals("纪要", Genres.of("營運部會議紀要（終稿）"));
		assertEquals("制度", Genres.of("周巡检报表制度.docx"));
		assertEquals("细则", Genres.of("会计档案管理实施细则〔2025〕"));
		assertEquals("函", Genres.of("关于借阅档案的复函"));
		assertEquals(Genres.OTHER, Genres.of("营运部文书档案"));
		assertEquals(Genres.OTHER, Genres.of(null));
	}
}
