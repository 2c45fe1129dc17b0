package org.officebench.search.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.FileFormat;

/**
 * A real OFD written by ofdrw (meeting-minutes.ofd: two pages from a seed text, see releng/fixtures) and damaged or
 * changed copies of it.
 */
class OfdTextTest {

	/** Page 1: a paragraph wrapped over five lines, 会议纪|要 split by the wrap. */
	static final String PAGE_1 = "一是继续贯彻业务支撑月例会制度。每月初,销售部牵头,召集有政企部、渠道中心、业务支撑中心、稽核中心、投诉中心、营业处成员参加业务支撑月例会。"
			+ "会议对上月一线发现的问题进行讨论、商讨解决办法、优化服务流程,并形成会议纪要、及时传达至一线。";
	/** Page 2: one line of three TextObjects (会议纪要 in bold red), its last character wrapped to the next line. */
	static final String PAGE_2 = "(1)组织召开4次高管例会,及时下发4期会议纪要,并按要求跟进重点工作;";

	private static final String PAGE_2_PATH = "Doc_0/Pages/Page_1/Content.xml";

	@TempDir
	Path temp;

	private final TextExtractor extractor = new TextExtractor();

	/** A committed fixture of this package, copied to the temp folder. */
	static Path fixture(String name, Path folder) throws IOException {
		try (InputStream in = OfdTextTest.class.getResourceAsStream(name)) {
			assertTrue(in != null, name + " is in the test fragment");
			Path file = folder.resolve(name);
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
	}

	/** A copy of the fixture whose entries {@code change} rewrites (null drops one), plus {@code added} entries. */
	private Path variant(String name, BiFunction<String, String, String> change, Map<String, String> added) throws IOException {
		Path file = temp.resolve(name);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(fixture("meeting-minutes.ofd", temp)));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				String changed = entry.isDirectory() ? content : change.apply(entry.getName(), content);
				if (changed != null) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					out.write(changed.getBytes(StandardCharsets.UTF_8));
					out.closeEntry();
				}
			}
			for (Map.Entry<String, String> entry : added.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return file;
	}

	private Path variant(String name, BiFunction<String, String, String> change) throws IOException {
		return variant(name, change, Map.of());
	}

	private Extraction.Failure failure(Path file) {
		Extraction e = extractor.extract(file);
		assertTrue(e.isFailed(), file.getFileName() + " gave text: " + e.text());
		return e.failure();
	}

	@Test
	void theRealOfdGivesItsTextInPageOrderWithWrappedLinesJoined() throws Exception {
		Extraction e = extractor.extract(fixture("meeting-minutes.ofd", temp));
		assertFalse(e.isFailed(), String.valueOf(e.failure()));
		assertEquals(FileFormat.OFD, e.format());
		assertFalse(e.truncated());
		String text = e.text();
		assertTrue(text.startsWith("业务支撑月例会制度\n" + PAGE_1 + "\n"), "the heading apart, the paragraph whole: " + text);
		assertTrue(text.contains("并形成会议纪要、及时传达至一线"), "the phrase wrapped after 会议纪 is one phrase: " + text);
		assertTrue(text.contains("\n会务外联管理\n" + PAGE_2 + "\n(2)安排部署部门周重点工作台账"), "page 2, its TextObjects of one line joined: " + text);
		assertTrue(text.indexOf("形成会议纪要") < text.indexOf("下发4期会议纪要"), "pages in order");
		assertTrue(text.strip().endsWith("提升了部门各岗位工作效率。"), text);
	}

	@Test
	void templatePagesAreReadWithTheirPages() throws Exception {
		String template = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer>"
				+ "<ofd:TextObject ID=\"90\" Boundary=\"25 5 100 8\" Font=\"3\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">营运管理部文件</ofd:TextCode></ofd:TextObject>"
				+ "</ofd:Layer></ofd:Content></ofd:Page>";
		Path withTemplate = variant("template.ofd", (name, content) -> switch (name) {
		case "Doc_0/Document.xml" -> content.replace("</ofd:CommonData>",
				"<ofd:TemplatePage ID=\"80\" BaseLoc=\"/Doc_0/Tpls/Tpl_0/Content.xml\"/></ofd:CommonData>");
		case "Doc_0/Pages/Page_0/Content.xml", PAGE_2_PATH -> content.replace("<ofd:Content>", "<ofd:Template TemplateID=\"80\"/><ofd:Content>");
		default -> content;
		}, Map.of("Doc_0/Tpls/Tpl_0/Content.xml", template));
		String text = extractor.extract(withTemplate).text();
		assertTrue(text.startsWith("营运管理部文件\n业务支撑月例会制度\n"), "the template under page 1: " + text);
		assertTrue(text.contains("营运管理部文件\n会务外联管理\n"), "and under page 2: " + text);
	}

	@Test
	void aDamagedOfdIsReportedAsDamagedWithWhatIsWrong() throws Exception {
		byte[] bytes = Files.readAllBytes(fixture("meeting-minutes.ofd", temp));
		Path truncated = Files.write(temp.resolve("truncated.ofd"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
		Extraction.Failure cut = failure(truncated);
		assertEquals(Extraction.Kind.CORRUPT, cut.kind());
		assertTrue(cut.describe("纪要.ofd").startsWith("纪要.ofd") && !cut.describe("纪要.ofd").contains("()")
				&& !cut.describe("纪要.ofd").contains("（）"), "no empty detail: " + cut.describe("纪要.ofd"));

		Extraction noRoot = extractor.extract(variant("no-root.ofd", (name, content) -> name.equals("OFD.xml") ? null : content));
		assertEquals(FileFormat.OFD, noRoot.format(), "still known as an OFD by its layout");
		assertEquals(Extraction.Kind.CORRUPT, noRoot.failure().kind());
		assertTrue(noRoot.failure().describe("纪要.ofd").contains("OFD.xml"), noRoot.failure().describe("纪要.ofd"));

		Extraction.Failure brokenPage = failure(variant("broken-page.ofd",
				(name, content) -> name.equals(PAGE_2_PATH) ? content.substring(0, content.length() / 2) : content));
		assertEquals(Extraction.Kind.CORRUPT, brokenPage.kind());
		assertTrue(brokenPage.describe("纪要.ofd").contains(PAGE_2_PATH), "names the broken page: " + brokenPage.describe("纪要.ofd"));
		assertTrue(brokenPage.isFileProblem());

		Extraction.Failure missingPage = failure(variant("missing-page.ofd", (name, content) -> name.equals(PAGE_2_PATH) ? null : content));
		assertEquals(Extraction.Kind.CORRUPT, missingPage.kind());
		assertTrue(missingPage.describe("纪要.ofd").contains(PAGE_2_PATH), missingPage.describe("纪要.ofd"));

		Extraction.Failure noDocRoot = failure(
				variant("no-docroot.ofd", (name, content) -> name.equals("OFD.xml") ? content.replaceAll("<ofd:DocRoot>.*</ofd:DocRoot>", "") : content));
		assertEquals(Extraction.Kind.CORRUPT, noDocRoot.kind());
		assertTrue(noDocRoot.describe("纪要.ofd").contains("DocRoot"), noDocRoot.describe("纪要.ofd"));

		Extraction.Failure badDocRoot = failure(variant("bad-docroot.ofd",
				(name, content) -> name.equals("OFD.xml") ? content.replace("Doc_0/Document.xml", "Doc_9/Document.xml") : content));
		assertTrue(badDocRoot.describe("纪要.ofd").contains("Doc_9/Document.xml"), badDocRoot.describe("纪要.ofd"));
	}

	@Test
	void aPageCutInsideACharacterIsReportedWithItsLineAndNothingOnTheConsole() throws Exception {
		Path file = temp.resolve("cut-character.ofd");
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(fixture("meeting-minutes.ofd", temp)));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals(PAGE_2_PATH)) {
					int first = 0;
					while ((bytes[first] & 0x80) == 0) {
						first++;
					}
					bytes = Arrays.copyOf(bytes, first + 1); // the first byte of a Chinese character, then the end
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		java.io.PrintStream console = System.err;
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		Extraction.Failure cut;
		System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			cut = failure(file);
		} finally {
			System.setErr(console);
		}
		assertEquals(Extraction.Kind.CORRUPT, cut.kind());
		assertTrue(cut.describe("纪要.ofd").contains(PAGE_2_PATH) && cut.describe("纪要.ofd").matches("(?s).*第 \\d+ 行.*"),
				cut.describe("纪要.ofd"));
		assertEquals("", printed.toString(StandardCharsets.UTF_8), "the parser wrote to the console");
	}

	@Test
	void externalEntitiesAreNotRead() throws Exception {
		Path secret = Files.writeString(temp.resolve("secret.txt"), "机密口令");
		Path xxe = variant("xxe.ofd", (name, content) -> name.equals(PAGE_2_PATH)
				? content.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE p [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>")
						.replace("会务外联管理", "&s;")
				: content);
		Extraction e = extractor.extract(xxe);
		assertFalse(e.text().contains("机密口令"), e.text());
		assertTrue(e.isFailed(), "an undeclared entity is an error: " + e.text());
		assertEquals(Extraction.Kind.CORRUPT, e.failure().kind());
	}

	@Test
	void pagesWithoutTextAreAScan() throws Exception {
		String imageOnly = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer>"
				+ "<ofd:ImageObject ID=\"70\" Boundary=\"0 0 210 297\" CTM=\"210 0 0 297 0 0\" ResourceID=\"71\"/></ofd:Layer></ofd:Content></ofd:Page>";
		Path scan = variant("scan.ofd", (name, content) -> name.endsWith("/Content.xml") ? imageOnly : content);
		Extraction.Failure failure = failure(scan);
		assertEquals(Extraction.Kind.NO_TEXT_LAYER, failure.kind());
		assertFalse(failure.isFileProblem(), "a scan is not a damaged file");
		assertTrue(failure.describe("扫描.ofd").contains("OCR"), failure.describe("扫描.ofd"));
	}

	@Test
	void linesColumnsAndTransformsOfOtherProducers() throws Exception {
		// two columns on one line, Latin text wrapped, a line scaled by a CTM, a TextCode going on without X/Y
		String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer>"
				+ "<ofd:TextObject Boundary=\"20 20 30 6\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 3 5\">东门店</ofd:TextCode></ofd:TextObject>"
				+ "<ofd:TextObject Boundary=\"100 20 30 6\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">限期整改</ofd:TextCode></ofd:TextObject>"
				+ "<ofd:TextObject Boundary=\"20 40 170 6\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\">The quarterly report is filed</ofd:TextCode>"
				+ "<ofd:TextCode X=\"0\" Y=\"9\">with the minutes.</ofd:TextCode></ofd:TextObject>"
				+ "<ofd:TextObject Boundary=\"20 60 170 10\" Size=\"1\" CTM=\"5 0 0 5 0 0\"><ofd:TextCode X=\"0\" Y=\"1\">档号</ofd:TextCode>"
				+ "<ofd:TextCode>规则</ofd:TextCode></ofd:TextObject>"
				+ "</ofd:Layer></ofd:Content></ofd:Page>";
		Path file = variant("columns.ofd", (name, content) -> name.equals(PAGE_2_PATH) ? page : content);
		String text = extractor.extract(file).text();
		assertTrue(text.contains("\n东门店 限期整改\nThe quarterly report is filed with the minutes.\n档号规则"), text);
	}

	@Test
	void theCharacterAndByteLimitsHold() throws Exception {
		Path ofd = fixture("meeting-minutes.ofd", temp);
		TextExtractor brief = new TextExtractor(new TextExtractor.Limits(1L << 30, 30, java.time.Duration.ofSeconds(30)));
		Extraction cut = brief.extract(ofd);
		assertFalse(cut.isFailed());
		assertTrue(cut.truncated());
		assertEquals(30, cut.text().length());
		assertTrue(cut.text().startsWith("业务支撑月例会制度\n一是"), cut.text());

		// a page inflating past the cap of one part, or all parts past the total cap, is not read on
		assertThrows(OfdText.TooBig.class, () -> new OfdText(1000, 1024, 1L << 20).read(ofd), "a part of 2 KB over a cap of 1 KB");
		assertThrows(OfdText.TooBig.class, () -> new OfdText(1000, 1L << 20, 2500).read(ofd), "over 5 KB of parts over a total of 2.5 KB");
		assertFalse(new OfdText(1000, 1L << 20, 1L << 20).read(ofd).isFailed(), "enough room");
	}
}
