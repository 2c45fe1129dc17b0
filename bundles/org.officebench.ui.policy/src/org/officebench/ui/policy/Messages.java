package org.officebench.ui.policy;

import org.eclipse.osgi.util.NLS;

/** Texts of the policy editor (messages.properties, _zh, _zh_TW). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.policy.messages"; //$NON-NLS-1$
	public static String Summary_policyCounts;
	public static String Summary_policyEffective;
	public static String Summary_policyVersion;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
