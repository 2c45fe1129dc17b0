package org.officebench.ui.archive.catalogue;

import org.eclipse.osgi.util.NLS;

/** Texts of the catalogue page and filing from the workbench. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.officebench.ui.archive.catalogue.messages"; //$NON-NLS-1$

	public static String Page_title;
	public static String Column_serial;
	public static String Column_itemNumber;
	public static String Column_archivalCode;
	public static String Column_documentNumber;
	public static String Column_responsible;
	public static String Column_title;
	public static String Column_date;
	public static String Column_securityLevel;
	public static String Column_pages;
	public static String Column_remarks;
	public static String Column_retention;
	public static String Column_organization;
	public static String Column_year;
	public static String Button_fileFiles;
	public static String Button_fileFolder;
	public static String Button_clearFilters;
	public static String Label_class;
	public static String Class_all;
	public static String Class_entry;
	public static String Class_name;
	public static String Class_noOrg;
	public static String Check_group;
	public static String Status_rows;
	public static String Preview_reading;
	public static String Status_hint;
	public static String Filter_tooltip;
	public static String Menu_open;
	public static String Menu_filter;
	public static String Open_noFile;
	public static String Open_missing;
	public static String Open_failed;
	public static String Open_noProgram;
	public static String Open_title;
	public static String Edit_badNumber;
	public static String Edit_badDate;
	public static String Edit_classChanged;
	public static String Dialog_filesTitle;
	public static String Dialog_folderTitle;
	public static String Dialog_folderMessage;
	public static String Folder_unreadable;
	public static String Folder_empty;
	public static String Defaults_title;
	public static String Defaults_message;
	public static String Defaults_year;
	public static String Defaults_yearFromFile;
	public static String Defaults_retention;
	public static String Defaults_retentionAuto;
	public static String Defaults_proposal;
	public static String Defaults_proposalPart;
	public static String Defaults_noProposal;
	public static String Defaults_organization;
	public static String Defaults_badYear;
	public static String Button_file;
	public static String Job_name;
	public static String Job_progress;
	public static String Job_failed;
	public static String Report_title;
	public static String Report_summary;
	public static String Report_canceled;
	public static String Report_refusedHeading;
	public static String Report_file;
	public static String Report_reason;
	public static String Report_duplicatesHeading;
	public static String Report_duplicate;
	public static String Report_nothing;
	public static String Report_close;
	public static String Button_cancel;
	public static String Report_filedHeading;
	public static String Report_filed;


	public static String Button_export;
	public static String Button_exportTip;
	public static String Dialog_exportTitle;
	public static String Dialog_exportXlsx;
	public static String Dialog_exportPdf;
	public static String Job_export;
	public static String Export_done;
	public static String Export_failed;
	public static String Edit_classChangedPending;
	public static String Button_print;
	public static String Button_printTip;
	public static String Menu_printLabels;
	public static String Menu_printSpines;
	public static String Menu_printNotes;
	public static String Print_title;
	public static String Print_nothing;
	public static String Print_dialogTitle;
	public static String Print_labelsName;
	public static String Print_spinesName;
	public static String Print_notesName;
	public static String Job_print;
	public static String Job_printProgress;
	public static String Print_doneItems;
	public static String Print_doneBoxes;
	public static String Print_openQuestion;
	public static String Print_open;
	public static String Print_close;
	public static String Job_walk;
	public static String Job_walkProgress;
	public static String Job_open;

	public static String Original_title;

	public static String Original_gone;

	public static String Job_findItem;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
