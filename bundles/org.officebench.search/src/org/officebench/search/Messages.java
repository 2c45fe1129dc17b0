package org.officebench.search;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.search.messages"; //$NON-NLS-1$

	public static String Task_rebuild;
	public static String Task_synchronize;
	public static String Task_progress;
	public static String Location_details;
	public static String Location_chapter;
	public static String Location_article;
	public static String Location_agenda;
	public static String Location_decision;
	public static String Location_action;
	public static String Location_step;
	public static String Facet_fonds;
	public static String Facet_year;
	public static String Facet_retention;
	public static String Facet_org;
	public static String Facet_security;
	public static String Facet_genre;
	public static String Facet_kind;
	public static String Health_ready;
	public static String Health_missing;
	public static String Health_corrupt;
	public static String Health_outdated;
	public static String Report_rebuilt;
	public static String Report_updated;
	public static String Report_canceled;
	public static String Report_failed;
	public static String Search_empty;
	public static String Search_noWords;
	public static String Search_indexMissing;
	public static String Search_indexDamaged;
	public static String Search_shortened;
	public static String Search_unbalancedQuote;
	public static String Index_cannotOpen;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
