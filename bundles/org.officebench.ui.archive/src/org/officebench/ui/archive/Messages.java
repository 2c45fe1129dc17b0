package org.officebench.ui.archive;

import org.eclipse.osgi.util.NLS;

/** Texts of the 档案 editor's summary and its start-up work (messages.properties, _zh, _zh_TW). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.archive.messages"; //$NON-NLS-1$
	public static String Summary_archiveCounts;
	public static String Summary_archiveFonds;
	public static String Job_prepareCatalogue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
