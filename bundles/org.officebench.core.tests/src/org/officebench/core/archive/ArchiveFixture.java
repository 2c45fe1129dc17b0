package org.officebench.core.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.tests.support.TestRepositories;

/** A real repository with one archive catalogue (全宗 Z109, DA/T 22 档号), edited through its command stack. */
final class ArchiveFixture implements AutoCloseable {

	final Repository repository;
	final OfficeDocument document;
	final ArchiveCatalogue catalogue;
	private final ArchivalCodeTemplate template = ArchivalCodeTemplate.of(ArchivalCodeTemplate.DA_T_22_2015);

	ArchiveFixture(Path folder) throws IOException, org.officebench.core.RepositoryException {
		repository = TestRepositories.open(folder, false);
		document = repository.create(DocumentKind.ARCHIVE, "营运部文书档案");
		catalogue = (ArchiveCatalogue) document.root();
		catalogue.setFondsCode("Z109");
	}

	/** A filed item with its 档号 (added directly: the fixture, not the edit under test). */
	ArchiveItem item(String title, int year, RetentionPeriod retention, String org, int number) {
		ArchiveItem item = OfficeBenchFactory.eINSTANCE.createArchiveItem();
		item.setId(UUID.randomUUID().toString());
		item.setTitle(title);
		item.setYear(year);
		item.setRetention(retention);
		item.setOrganizationCode(org);
		item.setItemNumber(number);
		item.setArchivalCode(template.format(new ArchiveClass("Z109", year, retention, org), number));
		catalogue.getItems().add(item);
		return item;
	}

	void execute(Command command) {
		document.commandStack().execute(command);
	}

	void undo() {
		document.commandStack().undo();
	}

	void redo() {
		document.commandStack().redo();
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Override
	public void close() {
		repository.close();
	}
}
