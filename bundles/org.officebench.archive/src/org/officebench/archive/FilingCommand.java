package org.officebench.archive;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FilingResult.Status;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.ItemNumbering;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.StoredFile;

/**
 * The one command that files one prepared file ({@link PreparedFiling}) into a catalogue: it adds the 件 and raises
 * its class's 件号 counter. The 件号, the 档号 and the duplicate check are decided from the catalogue as it is when the
 * command stack executes the command, on the thread that owns the document: commands executed in order number
 * gaplessly, whatever the user changed in the catalogue since the file was prepared, and a number once issued is never
 * issued again (the counter keeps it). {@link #canExecute()} is false when the catalogue cannot take the 件 (its 档号
 * template cannot be used); nothing is then changed and {@link #result()} says why. Undo takes back exactly this 件
 * and its counter; redo files it again with the same number.
 */
public final class FilingCommand extends CompoundCommand {

	private final EditingDomain domain;
	private final ArchiveCatalogue catalogue;
	private final PreparedFiling prepared;
	private FilingResult result;

	FilingCommand(EditingDomain domain, ArchiveCatalogue catalogue, PreparedFiling prepared) {
		super(NLS.bind(Messages.Filing_command, String.valueOf(prepared.request.file().getFileName())));
		this.domain = domain;
		this.catalogue = catalogue;
		this.prepared = prepared;
	}

	/** What became of the file: decided by {@link #canExecute()} and {@link #execute()}; null before. */
	public FilingResult result() {
		return result;
	}

	/** Whether the catalogue can take the 件 now: its 档号 template can be used (else {@link #result()} says why). */
	@Override
	public boolean canExecute() {
		try {
			ArchivalCodeTemplate.of(catalogue);
			return true;
		} catch (IllegalArgumentException e) {
			result = refused(NLS.bind(Messages.Filing_badClass, String.valueOf(prepared.request.file().getFileName()), e.getMessage()));
			return false;
		}
	}

	@Override
	public void execute() {
		Plan plan = plan(); // the catalogue as it is now
		commandList.clear();
		if (plan == null) {
			return; // result says why; nothing changed
		}
		commandList.addAll(plan.commands());
		super.execute();
		label = NLS.bind(Messages.Filing_command, plan.code());
		String fileName = String.valueOf(prepared.request.file().getFileName());
		if (plan.item().eContainer() != catalogue) {
			result = refused(NLS.bind(Messages.Filing_notExecutable, fileName));
		} else if (plan.original() != null) {
			result = new FilingResult(prepared.request.file(), Status.DUPLICATE, plan.code(), plan.original().getArchivalCode(), plan.item(),
					prepared.inspection, NLS.bind(Messages.Filing_duplicate, plan.original().getArchivalCode()));
		} else {
			result = new FilingResult(prepared.request.file(), Status.FILED, plan.code(), null, plan.item(), prepared.inspection,
					NLS.bind(Messages.Filing_filed, fileName, plan.code()));
		}
	}

	private record Plan(String code, ArchiveItem item, ArchiveItem original, java.util.List<Command> commands) {
	}

	/** Numbers the 件 from the catalogue as it is now and makes the changes that add it; null (and a result) when refused. */
	private Plan plan() {
		String fileName = String.valueOf(prepared.request.file().getFileName());
		ArchiveClass archiveClass = prepared.archiveClass;
		ItemNumbering numbering = new ItemNumbering(storedMarks(catalogue));
		int number = numbering.nextNumber(catalogue, archiveClass);
		String category = blankToNull(catalogue.getCategoryCode());
		String code;
		try {
			code = ArchivalCodeTemplate.of(catalogue).format(new ArchivalCodeTemplate.Parts(archiveClass.fonds(), category,
					archiveClass.year(), archiveClass.retention(), archiveClass.org(), number));
		} catch (IllegalArgumentException e) {
			result = refused(NLS.bind(Messages.Filing_badClass, fileName, e.getMessage()));
			return null;
		}
		ArchiveItem original = findBySha256(catalogue, prepared.stored.sha256());
		FilingRequest request = prepared.request;

		OfficeBenchFactory factory = OfficeBenchFactory.eINSTANCE;
		StoredFile storedFile = factory.createStoredFile();
		storedFile.setFileName(org.officebench.core.util.Text.storable(fileName));
		storedFile.setSha256(prepared.stored.sha256());
		storedFile.setSm3(prepared.sm3);
		storedFile.setSize(prepared.stored.size());
		storedFile.setMediaType(prepared.inspection.mediaType());
		storedFile.setAdded(new Date());
		ArchiveItem item = factory.createArchiveItem();
		item.setId(UUID.randomUUID().toString());
		item.setArchivalCode(code);
		item.setItemNumber(number);
		item.setYear(archiveClass.year());
		item.setRetention(archiveClass.retention());
		item.setOrganizationCode(archiveClass.org());
		item.setTitle(prepared.title);
		item.setDate(prepared.modified);
		item.setResponsible(blankToNull(request.responsible()));
		item.setDocumentNumber(blankToNull(request.documentNumber()));
		if (request.securityLevel() != null) {
			item.setSecurityLevel(request.securityLevel());
		}
		String remarks = blankToNull(request.remarks());
		if (original != null) {
			String note = NLS.bind(Messages.Filing_duplicate, original.getArchivalCode());
			remarks = remarks == null ? note : remarks + "\n" + note; //$NON-NLS-1$
		}
		item.setRemarks(remarks);
		if (prepared.inspection.pages() >= 0) {
			item.setPages(prepared.inspection.pages());
		}
		item.getFiles().add(storedFile);

		java.util.List<Command> commands = new java.util.ArrayList<>();
		commands.add(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__ITEMS, item));
		NumberCounter counter = counterOf(catalogue, archiveClass);
		if (counter != null) {
			commands.add(SetCommand.create(domain, counter, Literals.NUMBER_COUNTER__HIGHEST, Integer.valueOf(number)));
		} else {
			NumberCounter fresh = factory.createNumberCounter();
			fresh.setClassKey(archiveClass.key());
			fresh.setHighest(number);
			commands.add(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__NUMBER_COUNTERS, fresh));
		}
		for (Command command : commands) {
			if (!command.canExecute()) {
				result = refused(NLS.bind(Messages.Filing_notExecutable, fileName));
				return null;
			}
		}
		return new Plan(code, item, original, commands);
	}

	private FilingResult refused(String message) {
		return new FilingResult(prepared.request.file(), Status.REFUSED, null, null, null, prepared.inspection, message);
	}

	/** The catalogue's stored 件号 high-water marks; counters whose key cannot be read are left out. */
	static Map<ArchiveClass, Integer> storedMarks(ArchiveCatalogue catalogue) {
		Map<ArchiveClass, Integer> marks = new HashMap<>();
		for (NumberCounter counter : catalogue.getNumberCounters()) {
			try {
				marks.merge(ArchiveClass.parseKey(String.valueOf(counter.getClassKey())), counter.getHighest(), Math::max);
			} catch (IllegalArgumentException e) {
				// not a class key: ignored, the items present still count
			}
		}
		return marks;
	}

	private static NumberCounter counterOf(ArchiveCatalogue catalogue, ArchiveClass archiveClass) {
		NumberCounter found = null;
		for (NumberCounter counter : catalogue.getNumberCounters()) {
			try {
				if (counter.getClassKey() != null && ArchiveClass.parseKey(counter.getClassKey()).equals(archiveClass)
						&& (found == null || counter.getHighest() > found.getHighest())) {
					found = counter;
				}
			} catch (IllegalArgumentException e) {
				// not a class key
			}
		}
		return found;
	}

	private static ArchiveItem findBySha256(ArchiveCatalogue catalogue, String sha256) {
		for (ArchiveItem item : catalogue.getItems()) {
			for (StoredFile stored : item.getFiles()) {
				if (sha256.equalsIgnoreCase(stored.getSha256())) {
					return item;
				}
			}
		}
		return null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
