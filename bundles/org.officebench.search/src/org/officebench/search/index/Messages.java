package org.officebench.search.index;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.search.index.messages"; //$NON-NLS-1$

	public static String Indexer_locked;
	public static String Indexer_io;
	public static String Indexer_waiting;
	public static String Indexer_lockedAfter;
	public static String Genre_other;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
