package org.officebench.ui.archive.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveItem;
import org.officebench.model.StoredFile;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;

/**
 * Opens an item's stored file: a background job copies it out of the content store into a temp folder (with progress
 * and cancel: a scan may be hundreds of megabytes), then the UI thread hands the copy to the system.
 */
public final class StoredFileOpener {

	/** What hands a file to the system's program for it; tests put something quieter here. */
	static Predicate<String> launcher = Program::launch;

	private StoredFileOpener() {
	}

	/** @return the job that copies, or null when there is nothing to open (a dialog said so) */
	public static Job open(Shell shell, Repository repository, ArchiveItem item) {
		if (item.getFiles().isEmpty()) {
			Dialogs.info(shell, Messages.Open_title, NLS.bind(Messages.Open_noFile, item.getArchivalCode()));
			return null;
		}
		StoredFile stored = item.getFiles().get(0);
		String sha256 = stored.getSha256();
		long size = stored.getSize();
		String name = safeName(stored.getFileName(), sha256);
		Display display = shell.getDisplay();
		Job job = new Job(NLS.bind(Messages.Job_open, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					if (sha256 == null || !repository.contentStore().contains(sha256)) {
						display.asyncExec(() -> Dialogs.error(shell, Messages.Open_title, NLS.bind(Messages.Open_missing, name)));
						return Status.OK_STATUS;
					}
					Path copy = copy(repository, sha256, name, size, monitor);
					if (copy == null) {
						return Status.CANCEL_STATUS;
					}
					display.asyncExec(() -> {
						if (!launcher.test(copy.toString())) {
							Dialogs.info(shell, Messages.Open_title, NLS.bind(Messages.Open_noProgram, name, copy));
						}
					});
				} catch (IOException | RuntimeException e) {
					OfficeBenchUI.log("Cannot open " + name, e); //$NON-NLS-1$
					display.asyncExec(() -> Dialogs.error(shell, Messages.Open_title, NLS.bind(Messages.Open_failed, name, e.getMessage())));
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** The copy, read-only, in a folder per content; null when canceled (no half copy is left). */
	static Path copy(Repository repository, String sha256, String name, long size, IProgressMonitor monitor) throws IOException {
		// A folder per content, so two items with the same file name never overwrite each other's copy.
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "officebench-open", sha256.substring(0, 16)); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		Path copy = folder.resolve(name);
		Path part = Files.createTempFile(folder, ".open", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		int kilobytes = (int) Math.min(Integer.MAX_VALUE, Math.max(1, size / 1024));
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Job_open, name), kilobytes);
		try {
			try (InputStream in = repository.contentStore().open(sha256); OutputStream out = Files.newOutputStream(part)) {
				byte[] buffer = new byte[256 * 1024];
				for (int n; (n = in.read(buffer)) > 0;) {
					if (progress.isCanceled()) {
						return null;
					}
					out.write(buffer, 0, n);
					progress.worked(n / 1024);
				}
			}
			Files.deleteIfExists(copy); // an earlier, read-only copy
			Files.move(part, copy);
			copy.toFile().setReadOnly(); // the archived original is not edited through its copy
			return copy;
		} finally {
			Files.deleteIfExists(part);
		}
	}

	private static String safeName(String fileName, String sha256) {
		String name = fileName == null || fileName.isBlank() ? String.valueOf(sha256) : fileName;
		return name.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
