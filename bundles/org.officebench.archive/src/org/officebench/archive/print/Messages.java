package org.officebench.archive.print;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.archive.print.messages"; //$NON-NLS-1$

	public static String Column_number;
	public static String Column_archivalCode;
	public static String Column_documentNumber;
	public static String Column_responsible;
	public static String Column_title;
	public static String Column_date;
	public static String Column_security;
	public static String Column_pages;
	public static String Column_remarks;
	public static String Column_retention;
	public static String Column_org;
	public static String Column_year;
	public static String Catalogue_title;
	public static String Catalogue_fonds;
	public static String Catalogue_year;
	public static String Catalogue_retention;
	public static String Catalogue_destroyed;
	public static String Page_footer;
	public static String Stamp_fonds;
	public static String Stamp_year;
	public static String Stamp_item;
	public static String Stamp_org;
	public static String Stamp_retention;
	public static String Stamp_pages;
	public static String Spine_title;
	public static String Spine_range;
	public static String Spine_box;
	public static String Spine_rangeTitle;
	public static String Notes_title;
	public static String Notes_description;
	public static String Notes_default;
	public static String Notes_arranger;
	public static String Notes_checker;
	public static String Notes_date;
	public static String Notes_box;
	public static String Font_missing;
	public static String Font_unusable;
	public static String Font_postScript;
	public static String Font_noChinese;
	public static String Export_nothing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
