package org.officebench.ui.archive.catalogue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.officebench.archive.FilingRequest;
import org.officebench.archive.FilingResult;
import org.officebench.archive.FilingService;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.OfficeDocument;
import org.officebench.model.Document;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;

/**
 * Files a batch in the background with progress and cancel. First the folders among the paths are walked (every
 * non-hidden file in them and their subfolders), on this job's thread; when the batch's defaults are still to be
 * asked, the files found go to {@code askDefaults} on the UI thread, and the filing runs as a second job once they
 * are known. {@link FilingService} inspects, hashes and stores each file on this job's thread (the slow part) and
 * then executes one command per file on the document's command stack; that execution is moved to the UI thread here
 * ({@link UiThreadDocument}), so the model, the table and the editor only ever change on the UI thread. The results
 * (folders that could not be read among them) go to {@code done} on the UI thread.
 */
final class FilingJob extends Job {

	static final Object FAMILY = FilingJob.class;

	/** Asks the batch's defaults for the files found (UI thread); null when the user canceled. */
	interface DefaultsQuestion {
		FilingDefaults ask(List<Path> files);
	}

	/** What the walk found: the files to file, and the folders (or files) that could not be read. */
	record Walk(List<Path> files, List<FilingResult> unreadable, List<Path> emptyFolders, boolean canceled) {
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
		Walk walk = walk(paths, progress.split(defaults == null ? 100 : 5));
		if (walk.canceled()) {
			return Status.CANCEL_STATUS;
		}
		List<FilingResult> unreadable = new ArrayList<>(earlier);
		unreadable.addAll(walk.unreadable());
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

	/**
	 * The files to file: the paths that are files, and every non-hidden file under the paths that are folders, sorted
	 * per folder. A folder that cannot be read is reported and the walk goes on; cancel stops it.
	 */
	static Walk walk(List<Path> paths, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Job_walk, IProgressMonitor.UNKNOWN);
		List<Path> files = new ArrayList<>();
		List<FilingResult> unreadable = new ArrayList<>();
		List<Path> empty = new ArrayList<>();
		for (Path path : paths) {
			if (progress.isCanceled()) {
				return new Walk(files, unreadable, empty, true);
			}
			if (!Files.isDirectory(path)) {
				files.add(path);
				continue;
			}
			List<Path> found = new ArrayList<>();
			boolean[] canceled = { false };
			try {
				Files.walkFileTree(path, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
						if (progress.isCanceled()) {
							canceled[0] = true;
							return FileVisitResult.TERMINATE;
						}
						return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
						if (attrs.isRegularFile() && !hidden(file)) {
							found.add(file);
							if (found.size() % 100 == 0) {
								progress.subTask(NLS.bind(Messages.Job_walkProgress, files.size() + found.size()));
							}
						}
						if (progress.isCanceled()) {
							canceled[0] = true;
							return FileVisitResult.TERMINATE;
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) {
						unreadable.add(unreadable(file, e));
						return FileVisitResult.CONTINUE;
					}
				});
			} catch (IOException | RuntimeException e) {
				unreadable.add(unreadable(path, e));
			}
			if (canceled[0]) {
				return new Walk(files, unreadable, empty, true);
			}
			if (found.isEmpty()) {
				empty.add(path);
			}
			found.sort(null);
			files.addAll(found);
		}
		return new Walk(files, unreadable, empty, false);
	}

	private static boolean hidden(Path path) {
		return path.getFileName() != null && path.getFileName().toString().startsWith("."); //$NON-NLS-1$
	}

	private static FilingResult unreadable(Path path, Exception e) {
		return new FilingResult(path, FilingResult.Status.REFUSED, null, null, null, null,
				NLS.bind(Messages.Folder_unreadable, path, String.valueOf(e.getMessage())));
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
		return new FilingService().file(OfficeBenchUI.repository(), new UiThreadDocument(document, display), requests,
				new FilingService.Progress() {
					@Override
					public void worked(int doneCount, int total) {
						progress.subTask(NLS.bind(Messages.Job_progress, doneCount, total));
						progress.worked(1);
					}

					@Override
					public boolean isCanceled() {
						return progress.isCanceled();
					}
				});
	}

	/** The document as FilingService sees it: the same model and domain, with commands executed on the UI thread. */
	private static final class UiThreadDocument implements OfficeDocument {

		private final OfficeDocument delegate;
		private final BasicCommandStack stack;

		UiThreadDocument(OfficeDocument delegate, Display display) {
			this.delegate = delegate;
			this.stack = new BasicCommandStack() {
				@Override
				public void execute(Command command) {
					AtomicReference<RuntimeException> failure = new AtomicReference<>();
					display.syncExec(() -> {
						try {
							delegate.commandStack().execute(command);
						} catch (RuntimeException e) {
							failure.set(e);
						}
					});
					if (failure.get() != null) {
						throw failure.get();
					}
				}
			};
		}

		@Override
		public String id() {
			return delegate.id();
		}

		@Override
		public DocumentKind kind() {
			return delegate.kind();
		}

		@Override
		public Document root() {
			return delegate.root();
		}

		@Override
		public AdapterFactoryEditingDomain editingDomain() {
			return delegate.editingDomain();
		}

		@Override
		public BasicCommandStack commandStack() {
			return stack;
		}

		@Override
		public String file() {
			return delegate.file();
		}

		@Override
		public boolean isDirty() {
			return delegate.isDirty();
		}

		@Override
		public void save() throws IOException {
			throw new UnsupportedOperationException("the editor saves"); //$NON-NLS-1$
		}

		@Override
		public Save prepareSave() throws IOException {
			throw new UnsupportedOperationException("the editor saves"); //$NON-NLS-1$
		}

		@Override
		public void revert() throws DocumentLoadException {
			throw new UnsupportedOperationException("the editor reverts"); //$NON-NLS-1$
		}

		@Override
		public Revert prepareRevert() {
			throw new UnsupportedOperationException("the editor reverts"); //$NON-NLS-1$
		}
	}
}
