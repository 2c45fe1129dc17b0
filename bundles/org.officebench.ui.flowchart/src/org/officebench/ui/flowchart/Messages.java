package org.officebench.ui.flowchart;

import org.eclipse.osgi.util.NLS;

/** Texts of the flowchart editor (messages.properties, _zh, _zh_TW). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.flowchart.messages"; //$NON-NLS-1$
	public static String Summary_flowchartCounts;
	public static String Summary_flowchartPost;
	public static String Summary_flowchartRisks;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
