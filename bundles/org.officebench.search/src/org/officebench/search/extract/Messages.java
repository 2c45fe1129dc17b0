package org.officebench.search.extract;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.search.extract.messages"; //$NON-NLS-1$

	public static String Extract_noTextFormat;
	public static String Extract_noTextLayer;
	public static String Extract_empty;
	public static String Extract_encrypted;
	public static String Extract_corrupt;
	public static String Extract_corruptNoDetail;
	public static String Extract_tooLarge;
	public static String Extract_zipBomb;
	public static String Extract_timeout;
	public static String Extract_unreadable;
	public static String Extract_unreadableNoDetail;
	public static String Extract_missing;
	public static String Extract_canceled;
	public static String Extract_textCut;
	public static String Extract_textCutChars;
	public static String Extract_noText;
	public static String Extract_wrongEncoding;
	public static String Extract_documentUnreadable;
	public static String Ofd_missingPart;
	public static String Ofd_brokenPart;
	public static String Ofd_noDocument;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
