package org.officebench.search;

import java.time.Instant;
import java.util.List;

/**
 * The state of the index for a status line or a report.
 *
 * @param entries  entries searchable now (件 and documents)
 * @param built    when the index was last written, or null
 * @param problems files whose text is not in the index, with their 档号 and the reason
 * @param task     the indexing task under way, or null
 */
public record IndexStatus(IndexHealth health, int entries, Instant built, List<FileProblem> problems, IndexTask task) {

	public boolean isBusy() {
		return task != null && !task.isDone();
	}
}
