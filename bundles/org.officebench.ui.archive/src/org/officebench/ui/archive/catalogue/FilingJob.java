package org.officebench.ui.archive.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.officebench.archive.FilingRequest;
import org.officebench.archive.FilingResult;
import org.officebench.archive.FilingService;
import org.officebench.archive.FilingTarget;
import org.officebench.archive.FolderWalk;
import org.officebench.archive.PreparedFiling;
import org.officebench.core.OfficeDocument;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;

/**
 * Files a batch in the background with progress and cancel. First the folders among the paths are walked
 * ({@link FolderWalk}, the command line's walk), on this job's thread; when the batch's defaults are still to be
 * asked, the files found go to {@code askDefaults} on the UI thread, and the filing runs as a second job once they
 * are known. {@link FilingService#prepare} inspects, hashes and stores each file on this job's thread (the slow part)
 * without reading the model; the one command per file that adds the 件 is executed on the UI thread, on the
 * document's command stack, so the model, the table and the editor only ever change on the UI thread. One undo takes
 * back one filed 件. The results (what the walk skipped among them) go to {@code done} on the UI thread.
 */
final class FilingJob extends Job {

	static final Object FAMILY = FilingJob.class;

	/** Asks the batch's defaults for the files found (UI thread); null when the user canceled. */
	interface DefaultsQuestion {
		FilingDefaults ask(List<Path> files);
	}

	private final OfficeDocument document;
	private final List<Path> paths;
	private final FilingDefaults defaults;
	private final DefaultsQuestion askDefaults;
	private final Consumer<List<FilingResult>> done;
	private final List<FilingResult> earlier;

	/** Files the paths (folders are walked) with the defaults given. */
	FilingJob(OfficeDocument document, List<Path> paths, FilingDefaults defaults, Consumer<List<FilingResult>> done) {
		this(document, paths, defaults, null, done, List.of());
	}

	/** Walks the folders among the paths, asks the defaults for the files found, then files them. */
	FilingJob(OfficeDocument document, List<Path> paths, DefaultsQuestion askDefaults, Consumer<List<FilingResult>> done) {
		this(document, paths, null, askDefaults, done, List.of());
	}

	private FilingJob(OfficeDocument document, List<Path> paths, FilingDefaults defaults, DefaultsQuestion askDefaults,
			Consumer<List<FilingResult>> done, List<FilingResult> earlier) {
		super(defaults == null ? Messages.Job_walk : NLS.bind(Messages.Job_name, paths.size())); // renamed once the walk counted
		this.document = document;
		this.paths = List.copyOf(paths);
		this.defaults = defaults;
		this.askDefaults = askDefaults;
		this.done = done;
		this.earlier = List.copyOf(earlier);
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Display display = Display.getDefault();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		FolderWalk.Result walk = FolderWalk.walk(paths, progress.split(defaults == null ? 100 : 5));
		if (walk.canceled()) {
			return Status.CANCEL_STATUS;
		}
		List<FilingResult> unreadable = new ArrayList<>(earlier);
		unreadable.addAll(walk.skipped());
		if (walk.files().isEmpty()) {
			display.asyncExec(() -> {
				if (unreadable.isEmpty()) {
					String folders = walk.emptyFolders().stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
					Dialogs.info(display.getActiveShell(), Messages.Report_title, NLS.bind(Messages.Folder_empty, folders));
				} else {
					done.accept(unreadable);
				}
			});
			return Status.OK_STATUS;
		}
		if (defaults == null) {
			display.asyncExec(() -> {
				FilingDefaults chosen = askDefaults.ask(walk.files());
				if (chosen != null) {
					new FilingJob(document, walk.files(), chosen, null, done, unreadable).schedule();
				}
			});
			return Status.OK_STATUS;
		}
		setName(NLS.bind(Messages.Job_name, walk.files().size()));
		List<FilingResult> results;
		try {
			results = file(walk.files(), display, progress.split(95));
		} catch (RuntimeException e) {
			OfficeBenchUI.log("Filing failed", e); //$NON-NLS-1$
			return new Status(IStatus.ERROR, OfficeBenchUI.PLUGIN_ID, NLS.bind(Messages.Job_failed, e.getMessage()), e);
		}
		List<FilingResult> all = new ArrayList<>(unreadable);
		all.addAll(results);
		display.asyncExec(() -> done.accept(all));
		return Status.OK_STATUS;
	}

	/** Files the files, one result per file. */
	private List<FilingResult> file(List<Path> files, Display display, SubMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
		List<FilingRequest> requests = new ArrayList<>();
		for (Path file : files) {
			FilingRequest request = FilingRequest.of(file);
			if (defaults.year() != null) {
				request.year(defaults.year());
			}
			if (defaults.retention() != null) {
				request.retention(defaults.retention());
			}
			if (defaults.organizationCode() != null) {
				request.organizationCode(defaults.organizationCode());
			}
			requests.add(request);
		}
		FilingService service = new FilingService();
		FilingTarget[] target = new FilingTarget[1];
		display.syncExec(() -> target[0] = service.target(document)); // read on the thread that owns the model
		List<FilingResult> results = new ArrayList<>(requests.size());
		int count = 0;
		for (FilingRequest request : requests) {
			if (progress.isCanceled()) {
				results.add(FilingService.canceled(request));
				continue;
			}
			PreparedFiling prepared = service.prepare(OfficeBenchUI.repository(), target[0], request); // this thread: I/O only
			FilingResult[] result = new FilingResult[1];
			display.syncExec(() -> result[0] = service.execute(document, prepared)); // the command, on the UI thread
			results.add(result[0]);
			progress.subTask(NLS.bind(Messages.Job_progress, ++count, requests.size()));
			progress.worked(1);
		}
		return results;
	}
}
