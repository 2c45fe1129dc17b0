package org.officebench.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files for the filing tests, written with PDFBox and POI. */
final class FilingFixtures {

	static final String SIMPLIFIED = "这是一份用于测试字符集检测的中文文本文件。档案管理系统需要正确识别编码，否则全文检索会出现乱码。\n";
	static final String TRADITIONAL = "這是一份用於測試字元集偵測的繁體中文文字檔案。檔案管理系統需要正確識別編碼，否則全文檢索會出現亂碼。\n";

	private FilingFixtures() {
	}

	static Path pdf(Path file, int pages, String userPassword) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
					content.beginText();
					content.setFont(font, 14);
					content.newLineAtOffset(72, 720);
					content.showText("Page " + i + " of " + file.getFileName().toString().replaceAll("[^A-Za-z0-9.]", "_"));
					content.endText();
				}
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
				policy.setEncryptionKeyLength(256);
				doc.protect(policy);
			}
			doc.save(file.toFile());
		}
		return file;
	}

	static Path docx(Path file, int pages, String text) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (int i = 1; i <= pages; i++) {
				doc.createParagraph().createRun().setText("第" + i + "页 " + text);
			}
			// Word writes its page count into docProps/app.xml; POI does not lay out, so set it as Word would.
			doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(pages);
			doc.write(out);
		}
		return file;
	}

	static Path xlsx(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("发票编号");
			workbook.write(out);
		}
		return file;
	}

	static Path text(Path file, String line, String charset) throws IOException {
		byte[] once = line.getBytes(java.nio.charset.Charset.forName(charset));
		byte[] all = new byte[once.length * 5];
		for (int i = 0; i < 5; i++) {
			System.arraycopy(once, 0, all, i * once.length, once.length);
		}
		return Files.write(file, all);
	}

	static Path truncated(Path whole, Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(whole);
		return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
	}

	/** A DOCX whose word/document.xml inflates to 64 MB from well under 1 MB. */
	static Path zipBomb(Path seed, Path file) throws IOException {
		byte[] good = Files.readAllBytes(seed);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			out.setLevel(9);
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					int at = xml.indexOf("</w:t>");
					out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
					byte[] filler = new byte[1 << 20];
					Arrays.fill(filler, (byte) 'A');
					for (int i = 0; i < 64; i++) {
						out.write(filler);
					}
					out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
				} else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return file;
	}
}
