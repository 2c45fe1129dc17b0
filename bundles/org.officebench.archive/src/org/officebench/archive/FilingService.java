package org.officebench.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.ContentStore;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.archive.FilingResult.Status;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.StoredFile;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.ItemNumbering;
import org.officebench.core.archive.RetentionSchedule;

/**
 * 归档: files a batch of files into an archive catalogue, headless.
 * <p>
 * For each file: inspect it ({@link FileInspector}); store its content once in the repository's content store
 * (SHA-256) and record its SM3; derive what the request does not say (title from the file name, year from the
 * last-modified date, retention from the 全宗's {@link RetentionSchedule} or D10, organisation from the catalogue); allocate
 * the 件号 past the class's high-water mark ({@link ItemNumbering}, counters kept in the catalogue's
 * {@code numberCounters}) and the 档号 ({@link ArchivalCodeTemplate}). All changes of one file are one compound
 * command on the document's command stack, so one undo takes one filing back; a refused file changes nothing in the
 * catalogue. The batch goes on past a refused file and stops before the next file when canceled. The caller saves.
 */
public final class FilingService {

	/** Progress of a batch; called on the thread that runs {@link FilingService#file}. */
	public interface Progress {
		Progress NONE = new Progress() {
			@Override
			public void worked(int done, int total) {
			}

			@Override
			public boolean isCanceled() {
				return false;
			}
		};

		/** {@code done} of {@code total} files handled. */
		void worked(int done, int total);

		/** When true, the batch stops before the next file. */
		boolean isCanceled();
	}

	private final FileInspector inspector;
	/** Null: the schedule of the catalogue filed into, read at the start of each batch. */
	private final RetentionSchedule schedule;

	/** Proposes retention periods from the 保管期限表 of the catalogue it files into. */
	public FilingService() {
		this(new FileInspector());
	}

	/** Proposes retention periods from the 保管期限表 of the catalogue it files into. */
	public FilingService(FileInspector inspector) {
		this.inspector = Objects.requireNonNull(inspector);
		this.schedule = null;
	}

	/** Proposes retention periods from {@code schedule}, whatever the catalogue's own table says. */
	public FilingService(FileInspector inspector, RetentionSchedule schedule) {
		this.inspector = Objects.requireNonNull(inspector);
		this.schedule = Objects.requireNonNull(schedule);
	}

	/**
	 * Files the requests into the catalogue, one compound command per file.
	 *
	 * @param catalogue an open document whose root is an {@link ArchiveCatalogue}
	 * @return one result per request, in order
	 */
	public List<FilingResult> file(Repository repository, OfficeDocument catalogue, List<FilingRequest> requests, Progress progress) {
		if (!(catalogue.root() instanceof ArchiveCatalogue root)) {
			throw new IllegalArgumentException(catalogue.id());
		}
		Progress monitor = progress == null ? Progress.NONE : progress;
		RetentionSchedule proposals = schedule != null ? schedule : RetentionSchedule.of(root);
		List<FilingResult> results = new ArrayList<>(requests.size());
		int done = 0;
		for (FilingRequest request : requests) {
			if (monitor.isCanceled()) {
				results.add(new FilingResult(request.file(), Status.CANCELED, null, null, null, null,
						NLS.bind(Messages.Filing_canceled, name(request.file()))));
				continue;
			}
			results.add(fileOne(repository, catalogue, root, request, proposals));
			monitor.worked(++done, requests.size());
		}
		return results;
	}

	private FilingResult fileOne(Repository repository, OfficeDocument document, ArchiveCatalogue catalogue, FilingRequest request,
			RetentionSchedule schedule) {
		Path file = request.file();
		String fileName = name(file);
		FileInspection inspection = inspector.inspect(file);
		if (!inspection.isAccepted()) {
			return refused(request, inspection, inspection.refusal().message());
		}

		// What the request does not say.
		String title = blankToNull(request.title());
		if (title == null) {
			int dot = fileName.lastIndexOf('.');
			title = dot > 0 ? fileName.substring(0, dot) : fileName;
		}
		Date modified;
		try {
			modified = new Date(Files.getLastModifiedTime(file).toMillis());
		} catch (IOException e) {
			return refused(request, inspection, NLS.bind(Messages.Inspect_unreadable, fileName, String.valueOf(e.getMessage())));
		}
		int year = request.year() != null ? request.year()
				: modified.toInstant().atZone(ZoneId.systemDefault()).getYear();
		RetentionPeriod retention = request.retention();
		if (retention == null) {
			retention = schedule.propose(title).map(RetentionSchedule.Proposal::retention).orElse(RetentionPeriod.YEARS_10);
		}
		String org = blankToNull(request.organizationCode());
		if (org == null) {
			List<Organization> organizations = catalogue.getOrganizations();
			org = organizations.isEmpty() ? null : blankToNull(organizations.get(0).getCode());
		}
		if (org == null) {
			return refused(request, inspection, NLS.bind(Messages.Filing_noOrganization, fileName));
		}
		ArchiveClass archiveClass;
		ArchivalCodeTemplate template;
		try {
			archiveClass = new ArchiveClass(catalogue.getFondsCode(), year, retention, org);
			template = ArchivalCodeTemplate.of(catalogue);
		} catch (IllegalArgumentException e) {
			return refused(request, inspection, NLS.bind(Messages.Filing_badClass, fileName, e.getMessage()));
		}

		// The content: stored once, by SHA-256, with its SM3.
		ContentStore.Stored stored;
		String sm3;
		try {
			stored = repository.contentStore().put(file);
			try (InputStream in = repository.contentStore().open(stored.sha256())) {
				sm3 = Sm3.hex(in);
			}
		} catch (IOException | RuntimeException e) {
			return refused(request, inspection, NLS.bind(Messages.Filing_storeFailed, fileName, String.valueOf(e.getMessage())));
		}
		ArchiveItem original = findBySha256(catalogue, stored.sha256());

		// Number and code.
		ItemNumbering numbering = new ItemNumbering(storedMarks(catalogue));
		int number = numbering.nextNumber(catalogue, archiveClass);
		String category = blankToNull(catalogue.getCategoryCode());
		String code;
		try {
			code = template.format(new ArchivalCodeTemplate.Parts(archiveClass.fonds(), category, year, retention, org, number));
		} catch (IllegalArgumentException e) {
			return refused(request, inspection, NLS.bind(Messages.Filing_badClass, fileName, e.getMessage()));
		}

		// The new objects (not yet in the model) and the one command that adds them.
		OfficeBenchFactory factory = OfficeBenchFactory.eINSTANCE;
		StoredFile storedFile = factory.createStoredFile();
		storedFile.setFileName(fileName);
		storedFile.setSha256(stored.sha256());
		storedFile.setSm3(sm3);
		storedFile.setSize(stored.size());
		storedFile.setMediaType(inspection.mediaType());
		storedFile.setAdded(new Date());
		ArchiveItem item = factory.createArchiveItem();
		item.setId(UUID.randomUUID().toString());
		item.setArchivalCode(code);
		item.setItemNumber(number);
		item.setYear(year);
		item.setRetention(retention);
		item.setOrganizationCode(org);
		item.setTitle(title);
		item.setDate(modified);
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
		if (inspection.pages() >= 0) {
			item.setPages(inspection.pages());
		}
		item.getFiles().add(storedFile);

		EditingDomain domain = document.editingDomain();
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Filing_command, code));
		command.append(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__ITEMS, item));
		NumberCounter counter = counterOf(catalogue, archiveClass);
		if (counter != null) {
			command.append(SetCommand.create(domain, counter, Literals.NUMBER_COUNTER__HIGHEST, Integer.valueOf(number)));
		} else {
			NumberCounter fresh = factory.createNumberCounter();
			fresh.setClassKey(archiveClass.key());
			fresh.setHighest(number);
			command.append(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__NUMBER_COUNTERS, fresh));
		}
		if (!command.canExecute()) {
			return refused(request, inspection, NLS.bind(Messages.Filing_notExecutable, fileName));
		}
		document.commandStack().execute(command);
		if (item.eContainer() != catalogue) {
			return refused(request, inspection, NLS.bind(Messages.Filing_notExecutable, fileName));
		}
		if (original != null) {
			return new FilingResult(file, Status.DUPLICATE, code, original.getArchivalCode(), item, inspection,
					NLS.bind(Messages.Filing_duplicate, original.getArchivalCode()));
		}
		return new FilingResult(file, Status.FILED, code, null, item, inspection, NLS.bind(Messages.Filing_filed, fileName, code));
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

	private static FilingResult refused(FilingRequest request, FileInspection inspection, String message) {
		return new FilingResult(request.file(), Status.REFUSED, null, null, null, inspection, message);
	}

	private static String name(Path file) {
		return String.valueOf(file.getFileName());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
