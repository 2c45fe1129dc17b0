package org.officebench.ui.archive.verify;

import org.eclipse.osgi.util.NLS;

/** The texts of the 四性检测 view: messages.properties (English), messages_zh (简体), messages_zh_TW (繁體). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.archive.verify.messages"; //$NON-NLS-1$

	public static String Hint;
	public static String Scope_all;
	public static String Scope_one;
	public static String Scope_dirty;
	public static String Scope_allShort;
	public static String Tooltip_action;
	public static String Action_run;
	public static String Action_runTooltip;
	public static String Action_all;
	public static String Action_allTooltip;
	public static String Action_export;
	public static String Action_exportTooltip;
	public static String Running;
	public static String Job_name;
	public static String Job_progress;
	public static String Failed_title;
	public static String Failed;
	public static String Export_title;
	public static String Export_filterName;
	public static String Export_filterPdf;
	public static String Export_fileName;
	public static String Export_job;
	public static String Export_done;
	public static String Export_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
