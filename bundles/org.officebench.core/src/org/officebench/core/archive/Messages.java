package org.officebench.core.archive;

import org.eclipse.osgi.util.NLS;

/** Texts of the archive rules that the user sees. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.core.archive.messages"; //$NON-NLS-1$

	public static String Template_empty;
	public static String Template_unclosedBrace;
	public static String Template_unopenedBrace;
	public static String Template_unknownPlaceholder;
	public static String Template_badDigits;
	public static String Template_duplicate;
	public static String Template_missingItem;
	public static String Template_notUnique;
	public static String Template_adjacent;
	public static String Template_separatorNotSymbol;
	public static String Template_invalid;
	public static String Template_badCode;
	public static String Template_badYear;
	public static String Template_badItem;
	public static String Template_notACode;
	public static String Part_fonds;
	public static String Part_category;
	public static String Part_org;
	public static String Numbering_gap;
	public static String Numbering_gapRange;
	public static String Numbering_duplicate;
	public static String Numbering_duplicateCode;
	public static String Numbering_unclassified;
	public static String Numbering_badMarkLine;
	public static String Schedule_line;
	public static String Schedule_fields;
	public static String Schedule_emptyKind;
	public static String Schedule_noKeywords;
	public static String Schedule_badKeyword;
	public static String Schedule_badRetention;
	public static String Schedule_badKind;
	public static String Schedule_badKeywordCharacter;
	public static String Schedule_noRetention;
	public static String Rule_lastRow;
	public static String Rule_add;
	public static String Rule_remove;
	public static String Rule_edit;
	public static String Rule_move;
	public static String Rule_restore;


	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
