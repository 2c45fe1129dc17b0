package org.officebench.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.ContentStore;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.util.Text;
import org.officebench.archive.FilingResult.Status;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.RetentionPeriod;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.ItemNumbering;
import org.officebench.core.archive.RetentionSchedule;

/**
 * 归档: files a batch of files into an archive catalogue, headless, in two steps so that the model is only touched on
 * the thread that owns the document.
 * <ol>
 * <li>{@link #prepare} on any thread (a job): inspect the file ({@link FileInspector}); derive what the request does
 * not say from a {@link FilingTarget} read beforehand (title from the file name, year from the last-modified date,
 * retention from the 全宗's {@link RetentionSchedule} or D10, organisation from the catalogue); store its content once
 * in the repository's content store (SHA-256) and compute its SM3. Reads no model object.</li>
 * <li>{@link #command} / {@link #execute} on the thread that owns the document: one {@link FilingCommand} per file,
 * executed on the document's command stack, which allocates the 件号 past the class's high-water mark
 * ({@link ItemNumbering}, counters kept in the catalogue's {@code numberCounters}) and the 档号
 * ({@link ArchivalCodeTemplate}) from the catalogue as it is then.</li>
 * </ol>
 * One undo takes one filed 件 back; a refused file changes nothing in the catalogue. {@link #file} does both steps
 * in a row on one thread (the command line, tests): the batch goes on past a refused file and stops before the next
 * file when canceled. The caller saves.
 */
public final class FilingService {

	private final FileInspector inspector;
	/** Null: the schedule of the catalogue filed into. */
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

	/** What filing into the catalogue derives from it; call on the thread that owns the document, then hand it on. */
	public FilingTarget target(OfficeDocument catalogue) {
		return FilingTarget.of(catalogueOf(catalogue), schedule);
	}

	/**
	 * Files the requests into the catalogue on this thread, one command per file executed on the document's command
	 * stack (for callers that own the document on the thread they run on: the command line, tests).
	 *
	 * @param catalogue an open document whose root is an {@link ArchiveCatalogue}
	 * @param monitor   progress (one unit per file) and cancel: a cancel stops before the next file; may be null
	 * @return one result per request, in order
	 */
	public List<FilingResult> file(Repository repository, OfficeDocument catalogue, List<FilingRequest> requests, IProgressMonitor monitor) {
		FilingTarget target = target(catalogue);
		SubMonitor progress = SubMonitor.convert(monitor, requests.size());
		List<FilingResult> results = new ArrayList<>(requests.size());
		int done = 0;
		for (FilingRequest request : requests) {
			if (progress.isCanceled()) {
				results.add(canceled(request));
				continue;
			}
			progress.subTask(NLS.bind(Messages.Filing_progress, Integer.toString(done + 1), Integer.toString(requests.size())));
			results.add(execute(catalogue, prepare(repository, target, request)));
			progress.worked(1);
			done++;
		}
		return results;
	}

	/** The result of a file the batch did not come to because it was canceled. */
	public static FilingResult canceled(FilingRequest request) {
		return new FilingResult(request.file(), Status.CANCELED, null, null, null, null, NLS.bind(Messages.Filing_canceled, name(request.file())));
	}

	/**
	 * Makes one file ready for filing, on any thread: inspects it, decides its 题名, 年度, 保管期限 and organisation from
	 * the request and {@code target}, stores its content and computes its SM3. Reads no model object; never throws for
	 * a file it cannot file (the result is then {@linkplain PreparedFiling#refusal() refused}).
	 */
	public PreparedFiling prepare(Repository repository, FilingTarget target, FilingRequest request) {
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
		// A name may hold any character; the catalogue is XML, which cannot hold them all.
		title = Text.storable(title);
		Date modified;
		try {
			modified = new Date(Files.getLastModifiedTime(file).toMillis());
		} catch (IOException e) {
			return refused(request, inspection, NLS.bind(Messages.Inspect_unreadable, fileName, org.officebench.core.LoadProblem.withoutStop(String.valueOf(e.getMessage()))));
		}
		int year = request.year() != null ? request.year()
				: modified.toInstant().atZone(ZoneId.systemDefault()).getYear();
		RetentionPeriod retention = request.retention();
		if (retention == null) {
			retention = target.schedule().propose(title).map(RetentionSchedule.Proposal::retention).orElse(RetentionPeriod.YEARS_10);
		}
		String org = blankToNull(request.organizationCode());
		if (org == null) {
			org = blankToNull(target.organizationCode());
		}
		if (org == null) {
			return refused(request, inspection, NLS.bind(Messages.Filing_noOrganization, fileName));
		}
		ArchiveClass archiveClass;
		try {
			archiveClass = new ArchiveClass(target.fondsCode(), year, retention, org);
			// The 档号 parts can be written (checked again with the number when the command is executed).
			String pattern = blankToNull(target.archivalCodePattern());
			ArchivalCodeTemplate.of(pattern == null ? ArchivalCodeTemplate.DA_T_22_2015 : pattern).format(new ArchivalCodeTemplate.Parts(archiveClass.fonds(),
					blankToNull(target.categoryCode()), year, retention, org, 1));
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
		return PreparedFiling.ready(request, inspection, title, modified, archiveClass, stored, sm3);
	}

	/**
	 * The one command that files a prepared file into the catalogue: execute it on the document's command stack, on
	 * the thread that owns the document, then read {@link FilingCommand#result()}. Null when the file was refused while
	 * preparing ({@link PreparedFiling#refusal()}).
	 */
	public FilingCommand command(OfficeDocument catalogue, PreparedFiling prepared) {
		if (!prepared.isReady()) {
			return null;
		}
		return new FilingCommand(catalogue.editingDomain(), catalogueOf(catalogue), prepared);
	}

	/** Executes the file's command on the document's command stack (on the thread that owns it) and says what became of it. */
	public FilingResult execute(OfficeDocument catalogue, PreparedFiling prepared) {
		FilingCommand command = command(catalogue, prepared);
		if (command == null) {
			return prepared.refusal();
		}
		catalogue.commandStack().execute(command);
		FilingResult result = command.result();
		return result != null ? result
				: new FilingResult(prepared.request.file(), Status.REFUSED, null, null, null, prepared.inspection,
						NLS.bind(Messages.Filing_notExecutable, name(prepared.request.file())));
	}

	private static ArchiveCatalogue catalogueOf(OfficeDocument catalogue) {
		if (!(catalogue.root() instanceof ArchiveCatalogue root)) {
			throw new IllegalArgumentException(catalogue.id());
		}
		return root;
	}

	/** The catalogue's stored 件号 high-water marks; counters whose key cannot be read are left out. */
	static Map<ArchiveClass, Integer> storedMarks(ArchiveCatalogue catalogue) {
		return FilingCommand.storedMarks(catalogue);
	}

	private static PreparedFiling refused(FilingRequest request, FileInspection inspection, String message) {
		return PreparedFiling.refused(request, new FilingResult(request.file(), Status.REFUSED, null, null, null, inspection, message));
	}

	private static String name(Path file) {
		return String.valueOf(file.getFileName());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
