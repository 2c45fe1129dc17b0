package org.officebench.core;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;

/**
 * Unsaved changes of open documents, kept beside the repository's documents so that a crash loses at most the last
 * few seconds of work: one snapshot per dirty document in {@code journal/<id>.xmi}, written atomically and never over
 * the document's own file. Saving a document removes its snapshot; so do closing it without saving and a clean exit
 * ({@link #discardAll()}); a crash leaves them for {@link #pending()} at the next start.
 *
 * <p>Kind-neutral: any document of any kind is journaled the same way.</p>
 */
public interface Journal {

	/** Documents from this many model objects on are not journaled: see {@link #snapshot(OfficeDocument)}. */
	int MAX_OBJECTS = 20_000;

	/**
	 * A document's unsaved changes left by an earlier session.
	 *
	 * @param journaled when the snapshot was written
	 * @param saved     when the document's own file was last written, or null when it is gone
	 * @param file      the journal file, relative to the repository root, with '/' separators
	 */
	record Entry(String documentId, String title, DocumentKind kind, Instant journaled, Instant saved, String file) {

		/** The document's file was written after the snapshot (by another program): recovering goes back behind it. */
		public boolean isOlderThanSaved() {
			return saved != null && journaled != null && saved.isAfter(journaled);
		}
	}

	/**
	 * A snapshot taken on the thread that owns the document (cheaply: the model serialised to bytes), to be written on
	 * any thread.
	 */
	interface Snapshot {
		String documentId();

		/** Writes the snapshot atomically, unless the document was saved or discarded since it was taken. */
		void write() throws IOException;
	}

	/**
	 * What a journal holds for an open document: the command that brings the document to the journaled state (one
	 * command, so that one Undo takes the recovery back) and a description of the changes it makes.
	 */
	interface Recovery {
		/** Executes on the document's command stack; empty when the journal holds nothing the document lacks. */
		Command command();

		/** One line per change, in the user's language: "标题：旧 → 新", "新增 条：…", "删除 章：…". */
		List<String> changes();

		boolean isEmpty();
	}

	/**
	 * The document's state now, to be written by {@link Snapshot#write()}; on the thread that owns the document.
	 *
	 * @return empty when the document is too big to journal every few seconds ({@value #MAX_OBJECTS} model objects or
	 *         more: a big catalogue, whose compact file takes seconds to write); such documents are saved as usual
	 */
	Optional<Snapshot> snapshot(OfficeDocument document);

	/** {@link #snapshot(OfficeDocument)} and {@link Snapshot#write()} in a row. @return false when not journaled */
	default boolean write(OfficeDocument document) throws IOException {
		Optional<Snapshot> snapshot = snapshot(document);
		if (snapshot.isEmpty()) {
			return false;
		}
		snapshot.get().write();
		return true;
	}

	/** Whether a snapshot of the document is in the journal. */
	boolean contains(String documentId);

	/** Removes the document's snapshot, if any. Snapshots taken before and written later are dropped too. */
	void discard(String documentId) throws IOException;

	/** Removes every snapshot: a clean exit. */
	void discardAll() throws IOException;

	/** The snapshots left by an earlier session, newest first. Unreadable journal files are left out. */
	List<Entry> pending();

	/**
	 * Reads the document's snapshot and compares it with the open document (just opened from its file); touches
	 * nothing of the document, so it may run in a job before the document is shown.
	 *
	 * @throws DocumentLoadException when the journal file cannot be read (it is left in place)
	 */
	Recovery recover(OfficeDocument document) throws DocumentLoadException;
}
