package org.officebench.archive.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.officebench.archive.FilingRequest;
import org.officebench.archive.FilingResult;
import org.officebench.archive.FilingService;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;

/** A catalogue of the 全宗 Z109 with four items filed from real PDF, DOCX, XLSX and text files. */
final class VerifyFixtures {

	static final String PDF_CODE = "Z109-WS·2025-D10-YYB-0001";
	static final String DOCX_CODE = "Z109-WS·2025-D10-YYB-0002";
	static final String XLSX_CODE = "Z109-WS·2025-D10-YYB-0003";
	static final String TEXT_CODE = "Z109-WS·2025-D10-YYB-0004";

	private VerifyFixtures() {
	}

	/** Creates the catalogue in the repository, files the four files into 2025/D10/YYB and saves it. */
	static OfficeDocument catalogue(Repository repository, Path files) throws Exception {
		OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "营运部文书档案");
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		Organization org = OfficeBenchFactory.eINSTANCE.createOrganization();
		org.setCode("YYB");
		org.setName("营运部");
		CompoundCommand setup = new CompoundCommand();
		setup.append(SetCommand.create(document.editingDomain(), catalogue, Literals.ARCHIVE_CATALOGUE__FONDS_CODE, "Z109"));
		setup.append(SetCommand.create(document.editingDomain(), catalogue, Literals.ARCHIVE_CATALOGUE__FONDS_NAME, "营运部"));
		setup.append(AddCommand.create(document.editingDomain(), catalogue, Literals.ARCHIVE_CATALOGUE__ORGANIZATIONS, org));
		document.commandStack().execute(setup);

		List<Path> made = List.of(pdf(files.resolve("2025年上半年工作总结.pdf"), 3), docx(files.resolve("门店巡检通报.docx")),
				xlsx(files.resolve("物资使用登记台账.xlsx")), text(files.resolve("晨会记录.txt")));
		FileTime june = FileTime.from(LocalDate.of(2025, 6, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
		List<FilingRequest> requests = made.stream().map(p -> {
			try {
				Files.setLastModifiedTime(p, june);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
			return FilingRequest.of(p).year(2025).retention(RetentionPeriod.YEARS_10).organizationCode("YYB");
		}).toList();
		List<FilingResult> results = new FilingService().file(repository, document, requests, new NullProgressMonitor());
		for (FilingResult result : results) {
			if (!result.isFiled()) {
				throw new IllegalStateException(result.toString());
			}
		}
		document.save();
		return document;
	}

	static Path pdf(Path file, int pages) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
					content.beginText();
					content.setFont(font, 14);
					content.newLineAtOffset(72, 720);
					content.showText("Half-year work summary, page " + i);
					content.endText();
				}
			}
			doc.save(file.toFile());
		}
		return file;
	}

	static Path docx(Path file) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			doc.createParagraph().createRun().setText("第1页 门店巡检发现的问题及整改要求");
			doc.createParagraph().createRun().setText("第2页 整改回头看");
			doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(2);
			doc.write(out);
		}
		return file;
	}

	static Path xlsx(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("物资名称");
			workbook.write(out);
		}
		return file;
	}

	static Path text(Path file) throws IOException {
		return Files.writeString(file, "晨会记录：通报昨日营业情况，布置当日重点工作，强调安全检查。\n".repeat(20), StandardCharsets.UTF_8);
	}
}
