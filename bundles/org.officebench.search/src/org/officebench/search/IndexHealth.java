package org.officebench.search;

import org.eclipse.osgi.util.NLS;

/**
 * What a look at the index folder found, without searching: a light check (the latest commit can be read, every file it
 * names is there with an intact footer, the schema version is ours), not Lucene's full CheckIndex.
 *
 * @param detail the technical reason for {@link State#CORRUPT} (an exception's message), else null
 */
public record IndexHealth(State state, String detail) {

	public enum State {
		READY,
		/** No index yet, or its folder was deleted: build it. */
		MISSING,
		/** Files missing, truncated or unreadable: rebuild it. */
		CORRUPT,
		/** Written by another version of OfficeBench (another schema or Lucene format): rebuild it. */
		OUTDATED
	}

	public static final IndexHealth READY = new IndexHealth(State.READY, null);
	public static final IndexHealth MISSING = new IndexHealth(State.MISSING, null);

	public boolean isReady() {
		return state == State.READY;
	}

	/** For the user, in the current language. */
	public String describe() {
		return switch (state) {
		case READY -> Messages.Health_ready;
		case MISSING -> Messages.Health_missing;
		case CORRUPT -> NLS.bind(Messages.Health_corrupt, detail == null ? "" : detail); //$NON-NLS-1$
		case OUTDATED -> Messages.Health_outdated;
		};
	}
}
