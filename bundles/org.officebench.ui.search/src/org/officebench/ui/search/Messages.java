package org.officebench.ui.search;

import org.eclipse.osgi.util.NLS;

/** The texts of the 检索 view: messages.properties (English), messages_zh (简体), messages_zh_TW (繁體). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.search.messages"; //$NON-NLS-1$

	public static String Action_openCatalogue;
	public static String Action_openCatalogueTooltip;
	public static String Action_openFile;
	public static String Action_openFileTooltip;
	public static String Action_rebuild;
	public static String Action_rebuildTooltip;
	public static String Column_code;
	public static String Column_date;
	public static String Column_retention;
	public static String Column_score;
	public static String Column_snippet;
	public static String Column_title;
	public static String Facet_value;
	public static String Facets_tooltip;
	public static String Hint;
	public static String Index_building;
	public static String Job_build;
	public static String Job_prepare;
	public static String Job_preview;
	public static String Job_progress;
	public static String Job_search;
	public static String Job_status;
	public static String Job_update;
	public static String Preview_gone;
	public static String Preview_matches;
	public static String Preview_noMatchInText;
	public static String Preview_noText;
	public static String Problems_close;
	public static String Problems_file;
	public static String Problems_intro;
	public static String Problems_reason;
	public static String Problems_title;
	public static String Query_hint;
	public static String Query_tooltip;
	public static String Results_count;
	public static String Results_countAtLeast;
	public static String Results_none;
	public static String Results_shownFirst;
	public static String Status_indexing;
	public static String Status_indexingStarted;
	public static String Status_notReady;
	public static String Status_problems;
	public static String Status_ready;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
