package org.officebench.archive.print;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;

/** A catalogue made in the test: 全宗 Z109 营运部 with two classes, Chinese titles, boxes in one class. */
final class PrintFixtures {

	static final OfficeBenchFactory F = OfficeBenchFactory.eINSTANCE;
	static final String LONG_TITLE = "关于进一步加强营运部门店周巡检报表制度执行情况检查、问题整改“回头看”及物资使用登记管理工作的通知";
	/** Items of 2025, 定期10年, 营运部: two boxes of 25 and 35. */
	static final int ITEMS_2025 = 60;

	private PrintFixtures() {
	}

	/**
	 * The PDF tests need a Chinese font PDFBox can embed; {@code .ci/run} installs fonts-droid-fallback for them. A
	 * machine without one fails these tests (they are not skipped): a skipped PDF test proves nothing.
	 */
	static void requireChineseFont() {
		try {
			CjkFont.find();
		} catch (CjkFontException e) {
			fail("The PDF tests need a Chinese TrueType font that PDFBox can embed, and none is installed: "
					+ "run .ci/run (it installs fonts-droid-fallback), apt-get install fonts-droid-fallback, or set -D"
					+ CjkFont.PROPERTY + "=<a .ttf/.ttc file>. " + e.getMessage());
		}
	}

	static ArchiveCatalogue catalogue() {
		ArchiveCatalogue catalogue = F.createArchiveCatalogue();
		catalogue.setId(UUID.randomUUID().toString());
		catalogue.setTitle("营运部文书档案");
		catalogue.setFondsCode("Z109");
		catalogue.setFondsName("营运部");
		for (String[] org : new String[][] { { "BGS", "办公室" }, { "YYB", "营运部" } }) {
			Organization organization = F.createOrganization();
			organization.setCode(org[0]);
			organization.setName(org[1]);
			catalogue.getOrganizations().add(organization);
		}
		ArchivalCodeTemplate template = ArchivalCodeTemplate.of(catalogue);
		// added out of order on purpose: the exports sort in DA/T 22 order
		for (int n = ITEMS_2025; n >= 1; n--) {
			ArchiveItem item = item(template, new ArchiveClass("Z109", 2025, RetentionPeriod.YEARS_10, "YYB"), n,
					n == 7 ? LONG_TITLE : "营运部第" + n + "期周巡检报表", date(2025, 1 + (n - 1) / 6, 1 + n % 28));
			item.setBoxNumber(n <= 25 ? 1 : 2);
			item.setDocumentNumber("营运〔2025〕" + n + "号");
			catalogue.getItems().add(item);
		}
		String[] titles = { "2024年度办公室工作总结", "关于印发《物资使用登记制度》的通知", "金库管理办法" };
		for (int n = 1; n <= titles.length; n++) {
			ArchiveItem item = item(template, new ArchiveClass("Z109", 2024, RetentionPeriod.PERMANENT, "BGS"), n, titles[n - 1],
					date(2024, 3 * n, 10));
			item.setRetention(RetentionPeriod.PERMANENT);
			catalogue.getItems().add(item);
		}
		return catalogue;
	}

	private static ArchiveItem item(ArchivalCodeTemplate template, ArchiveClass archiveClass, int number, String title, Date date) {
		ArchiveItem item = F.createArchiveItem();
		item.setId(UUID.randomUUID().toString());
		item.setItemNumber(number);
		item.setYear(archiveClass.year());
		item.setRetention(archiveClass.retention());
		item.setOrganizationCode(archiveClass.org());
		item.setArchivalCode(template.format(archiveClass, number));
		item.setTitle(title);
		item.setResponsible(archiveClass.org().equals("BGS") ? "办公室" : "营运部");
		item.setDate(date);
		item.setSecurityLevel(SecurityLevel.INTERNAL);
		item.setPages(number % 5 + 1);
		return item;
	}

	static Date date(int year, int month, int day) {
		Calendar calendar = Calendar.getInstance();
		calendar.clear();
		calendar.set(year, month - 1, day);
		return calendar.getTime();
	}

	static List<CatalogueEntry> entries(ArchiveCatalogue catalogue) {
		return new ArrayList<>(CatalogueFilter.ALL.select(catalogue));
	}
}
