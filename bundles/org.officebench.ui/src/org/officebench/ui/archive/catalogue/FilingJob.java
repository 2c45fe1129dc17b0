package org.officebench.ui.archive.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
import org.officebench.ui.OfficeBenchUI;

/**
 * Files a batch in the background with progress and cancel. {@link FilingService} inspects, hashes and stores each
 * file on this job's thread (the slow part) and then executes one command per file on the document's command stack;
 * that execution is moved to the UI thread here ({@link UiThreadDocument}), so the model, the table and the editor
 * only ever change on the UI thread. The results go to {@code done} on the UI thread.
 */
final class FilingJob extends Job {

	static final Object FAMILY = FilingJob.class;

	private final OfficeDocument document;
	private final List<Path> files;
	private final FilingDefaults defaults;
	private final Consumer<List<FilingResult>> done;

	FilingJob(OfficeDocument document, List<Path> files, FilingDefaults defaults, Consumer<List<FilingResult>> done) {
		super(NLS.bind(Messages.Job_name, files.size()));
		this.document = document;
		this.files = List.copyOf(files);
		this.defaults = defaults;
		this.done = done;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size());
		Display display = Display.getDefault();
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
		List<FilingResult> results;
		try {
			results = new FilingService().file(OfficeBenchUI.repository(), new UiThreadDocument(document, display), requests,
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
		} catch (RuntimeException e) {
			OfficeBenchUI.log("Filing failed", e); //$NON-NLS-1$
			return new Status(IStatus.ERROR, OfficeBenchUI.PLUGIN_ID, NLS.bind(Messages.Job_failed, e.getMessage()), e);
		}
		display.asyncExec(() -> done.accept(results));
		return Status.OK_STATUS;
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
		public void revert() throws DocumentLoadException {
			throw new UnsupportedOperationException("the editor reverts"); //$NON-NLS-1$
		}
	}
}
