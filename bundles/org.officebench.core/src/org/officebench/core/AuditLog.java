package org.officebench.core;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Append-only record of who did what to which document, kept in {@code audit/audit.log}.
 * <p>
 * The log is tamper-evident: each entry carries a sequence number and the SHA-256 of the line before it, and
 * {@code audit/audit.head} remembers the last entry written, so that {@link #check()} finds an entry that was edited,
 * removed (also from the end), inserted or moved, by its line. Entries written before the chain existed stay as they
 * are; the chain starts after them. Only the process holding the repository's lock appends.
 */
public interface AuditLog {

	record Entry(Instant time, String user, String action, String documentId, String detail) {
	}

	/** What {@link #check()} can find, each at a line of the log (1 is the first). */
	enum ProblemKind {
		/** The line at {@code line} was changed after it was written (the next entry no longer matches it). */
		EDITED(true),
		/** Entries {@code fromSeq}–{@code toSeq} are missing before {@code line}. */
		REMOVED(true),
		/** Entries {@code fromSeq}–{@code toSeq} are missing after the last line ({@code line} is the last line). */
		REMOVED_AT_END(true),
		/** The line at {@code line} is not an entry in its place: added, or copied from elsewhere in the log. */
		INSERTED(true),
		/** The lines {@code line} and {@code otherLine} stand in the wrong order. */
		REORDERED(true),
		/** The last line was cut short by an interrupted write (crash, power loss): no tampering. */
		TRUNCATED_LAST(false),
		/** The line at {@code line} was cut short by an interrupted write; the entry at {@code otherLine} records it. */
		INTERRUPTED(false);

		private final boolean tampering;

		ProblemKind(boolean tampering) {
			this.tampering = tampering;
		}

		/** True when the log was changed by something other than OfficeBench appending to it. */
		public boolean isTampering() {
			return tampering;
		}
	}

	/**
	 * One place where the log is not as OfficeBench wrote it.
	 *
	 * @param line      the line (1-based) where it shows
	 * @param otherLine the other line concerned (see {@link ProblemKind}), or 0
	 * @param fromSeq   the first missing sequence number for removals, else the entry's own number (0 when none)
	 * @param toSeq     the last missing sequence number for removals, else {@code fromSeq}
	 */
	record Problem(ProblemKind kind, int line, int otherLine, long fromSeq, long toSeq) {
	}

	/**
	 * The result of {@link #check()}.
	 *
	 * @param lines         the lines of the log
	 * @param protectedFrom the first line protected by the chain of digests (earlier lines were written before it
	 *                      existed), 0 when no line is protected yet
	 * @param problems      what was found, in the order of the lines
	 */
	record Integrity(int lines, int protectedFrom, List<Problem> problems) {

		public Integrity {
			problems = List.copyOf(problems);
		}

		/** True when nothing shows that the log was changed (an interrupted write is no tampering). */
		public boolean isIntact() {
			return problems.stream().noneMatch(p -> p.kind().isTampering());
		}
	}

	/** Appends one entry, forced to disk; refused unless this process holds the repository's lock. */
	void append(String action, String documentId, String detail) throws IOException;

	/** All entries, oldest first; lines that are not entries (cut short by a crash) are left out. */
	List<Entry> read() throws IOException;

	/** Checks the chain of digests of the whole log. */
	default Integrity check() throws IOException {
		return new Integrity(0, 0, List.of());
	}
}
