package org.officebench.archive;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FilingResult.Status;

/**
 * The files to file for the paths a user gives (dropped, chosen, or on the command line); the one walk the workbench
 * and the command line share, with the same rules:
 * <ul>
 * <li>a path that is a file is taken as it is; a folder is walked with its subfolders, its files sorted by path;</li>
 * <li>hidden files and folders (name starting with a dot) are left out without a word;</li>
 * <li>symbolic links inside a folder are not followed: a link could lead outside the folder, or round in a loop. Each
 * is reported as skipped;</li>
 * <li>a folder or file that cannot be read (no permission, gone while walking) is reported as skipped and the walk goes
 * on;</li>
 * <li>nothing is thrown: whatever goes wrong is a skipped entry.</li>
 * </ul>
 * Headless; runs on any thread. A cancel on the monitor stops the walk ({@link Result#canceled()}).
 */
public final class FolderWalk {

	/**
	 * What the walk found.
	 *
	 * @param files        the files to file, in order
	 * @param skipped      what was left out and why, one {@link Status#REFUSED} result each (hidden files are not listed)
	 * @param emptyFolders the given folders in which no file to file was found
	 * @param canceled     the monitor was canceled: the lists are incomplete
	 */
	public record Result(List<Path> files, List<FilingResult> skipped, List<Path> emptyFolders, boolean canceled) {
	}

	private FolderWalk() {
	}

	/** Walks the paths; never throws. */
	public static Result walk(List<Path> paths, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Walk_name, IProgressMonitor.UNKNOWN);
		List<Path> files = new ArrayList<>();
		List<FilingResult> skipped = new ArrayList<>();
		List<Path> empty = new ArrayList<>();
		for (Path path : paths) {
			if (progress.isCanceled()) {
				return new Result(files, skipped, empty, true);
			}
			if (!Files.isDirectory(path)) {
				if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
					files.add(path); // chosen by the user: taken even when hidden or a link
				} else {
					skipped.add(skipped(path, Messages.Walk_missing, "")); //$NON-NLS-1$
				}
				continue;
			}
			List<Path> found = new ArrayList<>();
			boolean canceled = walkFolder(path, found, skipped, progress, files.size());
			if (canceled) {
				return new Result(files, skipped, empty, true);
			}
			if (found.isEmpty()) {
				empty.add(path);
			}
			found.sort(null);
			files.addAll(found);
		}
		return new Result(files, skipped, empty, false);
	}

	/** @return true when canceled */
	private static boolean walkFolder(Path folder, List<Path> found, List<FilingResult> skipped, SubMonitor progress, int before) {
		boolean[] canceled = { false };
		try {
			// No FOLLOW_LINKS: a link is visited as itself (visitFile), never entered.
			Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (progress.isCanceled()) {
						canceled[0] = true;
						return FileVisitResult.TERMINATE;
					}
					return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (hidden(file)) {
						// left out without a word
					} else if (attrs.isSymbolicLink()) {
						skipped.add(skipped(file, Messages.Walk_link, "")); //$NON-NLS-1$
					} else if (attrs.isRegularFile()) {
						found.add(file);
						if (found.size() % 100 == 0) {
							progress.subTask(NLS.bind(Messages.Walk_progress, Integer.toString(before + found.size())));
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
					if (!hidden(file)) {
						skipped.add(skipped(file, Messages.Walk_unreadable, reason(e)));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) {
					if (e != null) { // the listing broke off part way
						skipped.add(skipped(dir, Messages.Walk_unreadable, reason(e)));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException | RuntimeException e) {
			skipped.add(skipped(folder, Messages.Walk_unreadable, reason(e)));
		}
		return canceled[0];
	}

	private static boolean hidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith("."); //$NON-NLS-1$
	}

	private static String reason(Exception e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static FilingResult skipped(Path path, String message, String reason) {
		return new FilingResult(path, Status.REFUSED, null, null, null, null, NLS.bind(message, path, reason));
	}
}
