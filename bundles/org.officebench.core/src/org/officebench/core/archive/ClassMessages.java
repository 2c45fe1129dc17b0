package org.officebench.core.archive;

import org.eclipse.osgi.util.NLS;

/** Texts of 调整分类 ({@link Reclassification}) that the user sees. */
final class ClassMessages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.core.archive.class_messages"; //$NON-NLS-1$

	public static String Command_move;
	public static String Command_movePending;
	public static String Move_destroyed;
	public static String Move_onLoan;
	public static String Move_onRegister;
	public static String Move_noFonds;
	public static String Move_noRetention;
	public static String Move_noOrg;
	public static String Move_unknownOrg;
	public static String Move_badClass;
	public static String Move_sameClass;
	public static String Move_badCode;
	public static String Move_remark;
	public static String List_separator;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ClassMessages.class);
	}

	private ClassMessages() {
	}
}
