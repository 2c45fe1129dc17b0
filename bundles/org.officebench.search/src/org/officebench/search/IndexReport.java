package org.officebench.search;

import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What an indexing task did.
 *
 * @param written   entries (re)written
 * @param deleted   entries removed (their 件 or document is gone)
 * @param unchanged entries left as they were
 * @param problems  files whose text could not be taken during this task
 * @param failure   why the task failed, for the user; null unless {@link Outcome#FAILED}
 */
public record IndexReport(IndexTask.Kind kind, Outcome outcome, int written, int deleted, int unchanged, List<FileProblem> problems,
		String failure, Duration took) {

	public enum Outcome {
		DONE,
		/** Stopped on request; the index is as it was before the task. */
		CANCELED,
		FAILED
	}

	public boolean isDone() {
		return outcome == Outcome.DONE;
	}

	/** One line for the user, in the current language. */
	public String summary() {
		return switch (outcome) {
		case DONE -> NLS.bind(kind == IndexTask.Kind.REBUILD ? Messages.Report_rebuilt : Messages.Report_updated,
				new Object[] { Integer.toString(written), Integer.toString(deleted), Integer.toString(problems.size()),
						String.format(java.util.Locale.ROOT, "%.1f", took.toMillis() / 1000.0) }); //$NON-NLS-1$
		case CANCELED -> Messages.Report_canceled;
		case FAILED -> NLS.bind(Messages.Report_failed, failure);
		};
	}
}
