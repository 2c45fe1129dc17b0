package org.officebench.ui.minutes;

import org.eclipse.osgi.util.NLS;

/** Texts of the meeting minutes editor (messages.properties, _zh, _zh_TW). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.minutes.messages"; //$NON-NLS-1$
	public static String Summary_minutesActions;
	public static String Summary_minutesCounts;
	public static String Summary_minutesMeeting;
	public static String Summary_minutesPeople;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
