package org.officebench.search;

/**
 * Progress of an indexing task, told on the indexing thread (a UI moves it to its own thread). Like an
 * {@code IProgressMonitor}, without depending on one.
 */
public interface IndexMonitor {

	IndexMonitor NONE = (done, total, current) -> {
		// nobody listens
	};

	/**
	 * @param done    entries handled so far
	 * @param total   entries to handle; it grows while catalogues are opened, so it is a current estimate
	 * @param current what is being indexed (a 档号 or a title), for showing; may be empty
	 */
	void progress(int done, int total, String current);

	/** Polled between entries and while a file's text is read; true stops the task (as {@link IndexTask#cancel()}). */
	default boolean isCanceled() {
		return false;
	}
}
