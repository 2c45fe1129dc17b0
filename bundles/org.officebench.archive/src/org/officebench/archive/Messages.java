package org.officebench.archive;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.archive.messages"; //$NON-NLS-1$

	public static String Inspect_empty;
	public static String Inspect_tooLarge;
	public static String Inspect_encrypted;
	public static String Inspect_corrupt;
	public static String Inspect_zipBomb;
	public static String Inspect_timeout;
	public static String Inspect_unreadable;
	public static String Filing_noOrganization;
	public static String Filing_badClass;
	public static String Filing_duplicate;
	public static String Filing_filed;
	public static String Filing_canceled;
	public static String Filing_notExecutable;
	public static String Filing_storeFailed;
	public static String Filing_command;
	public static String Filing_progress;
	public static String Walk_name;
	public static String Walk_progress;
	public static String Walk_missing;
	public static String Walk_link;
	public static String Walk_unreadable;

	public static String Catalogue_unreadable;
	public static String Catalogue_unreadableAll;
	public static String Catalogue_unreadableAdvice;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
