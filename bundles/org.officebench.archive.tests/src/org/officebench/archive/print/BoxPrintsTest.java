package org.officebench.archive.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.model.ArchiveCatalogue;

/** 归档章, 盒脊 and 备考表 as PDFs, read back with PDFBox. */
class BoxPrintsTest {

	@TempDir
	Path temp;

	private final ArchiveCatalogue catalogue = PrintFixtures.catalogue();

	@BeforeEach
	void font() {
		PrintFixtures.requireChineseFont();
	}

	@Test
	void boxesFollowTheBoxNumbersAndElseTheClass() {
		List<ArchiveBox> boxes = ArchiveBox.of(PrintFixtures.entries(catalogue));
		assertEquals(3, boxes.size(), "the 2024 class without box numbers, then boxes 1 and 2 of 2025");
		assertEquals("0001", boxes.get(0).first().itemNumber());
		assertEquals("0003", boxes.get(0).last().itemNumber());
		assertEquals("", boxes.get(0).boxLabel());
		assertEquals(25, boxes.get(1).items().size());
		assertEquals("0026", boxes.get(2).first().itemNumber());
		assertEquals("0060", boxes.get(2).last().itemNumber());
		assertEquals("0002", boxes.get(2).boxLabel());
	}

	@Test
	void spinesShowTheFirstAndLastItemNumberOfEachBox() throws Exception {
		Path file = temp.resolve("盒脊.pdf");
		assertEquals(3, BoxSpines.write(PrintFixtures.entries(catalogue), file));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(1, pdf.getNumberOfPages(), "three spines fit on one page");
			String text = CatalogueExportTest.text(pdf, 1, 1);
			assertTrue(text.contains("0001—0003"), text);
			assertTrue(text.contains("0001—0025"), text);
			assertTrue(text.contains("0026—0060"), text);
			assertTrue(text.contains("起止件号") && text.contains("盒号") && text.contains("全宗号"), text);
			assertTrue(text.contains("定期10年") && text.contains("永久"), text);
			assertTrue(pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next()).isEmbedded());
		}
	}

	@Test
	void stampsOnePerItemEighteenToAPage() throws Exception {
		Path file = temp.resolve("归档章.pdf");
		int items = PrintFixtures.ITEMS_2025 + 3;
		assertEquals(items, StampLabels.write(PrintFixtures.entries(catalogue), file));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(Math.ceilDiv(items, 18), pdf.getNumberOfPages());
			String first = CatalogueExportTest.text(pdf, 1, 1);
			assertTrue(first.contains("全宗号") && first.contains("件号") && first.contains("机构（问题）"), first);
			assertTrue(first.contains("办公室") && first.contains("永久") && first.contains("2024"), first);
			String last = CatalogueExportTest.text(pdf, pdf.getNumberOfPages(), pdf.getNumberOfPages());
			assertTrue(last.contains("0060") && last.contains("定期10年"), last);
		}
	}

	@Test
	void notesOnePagePerBoxWithTheGivenNames() throws Exception {
		Path file = temp.resolve("备考表.pdf");
		assertEquals(3, BoxNotes.write(PrintFixtures.entries(catalogue), file,
				new BoxNotes.Fields(null, "张三", "2026年1月5日", "李四", null)));
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			assertEquals(3, pdf.getNumberOfPages());
			String second = CatalogueExportTest.text(pdf, 2, 2);
			assertTrue(second.contains("备考表") && second.contains("盒内文件情况说明"), second);
			assertTrue(second.contains("本盒共 25 件"), second);
			assertTrue(second.contains("整理人") && second.contains("张三") && second.contains("2026年1月5日"), second);
			assertTrue(second.contains("检查人") && second.contains("李四"), second);
			assertTrue(second.contains("0001—0025"), second);
		}
	}
}
