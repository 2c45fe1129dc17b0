package org.officebench.cli.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.cli.internal.messages"; //$NON-NLS-1$

	public static String Usage;
	public static String Error_seeHelp;
	public static String Error_unknownCommand;
	public static String Error_unknownOption;
	public static String Error_extraArgument;
	public static String Error_missingValue;
	public static String Error_unknownKind;
	public static String Error_newNeedsKind;
	public static String Error_newKind;
	public static String Error_newNeedsTitle;
	public static String Error_showNeedsId;
	public static String Error_noRepository;
	public static String Error_io;
	public static String Init_created;
	public static String Init_exists;
	public static String List_header;
	public static String List_count;
	public static String List_problem;
	public static String New_created;
	public static String Field_title;
	public static String Field_kind;
	public static String Field_id;
	public static String Field_number;
	public static String Field_status;
	public static String Field_author;
	public static String Field_owner;
	public static String Field_department;
	public static String Field_created;
	public static String Field_modified;
	public static String Field_tags;
	public static String Field_file;
	public static String Field_post;
	public static String Field_meetingType;
	public static String Field_meetingDate;
	public static String Field_chair;
	public static String Field_fonds;
	public static String Outline_chapter;
	public static String Outline_step;
	public static String Outline_agenda;
	public static String Outline_action;
	public static String Outline_item;
	public static String Catalogue_header;
	public static String Catalogue_count;
	public static String Catalogue_destroyed;
	public static String Error_badYear;
	public static String Error_badRetention;
	public static String Error_badDate;
	public static String Error_lendNeedsCode;
	public static String Error_lendNeeds;
	public static String Error_returnNeedsCode;
	public static String Error_unknownCode;
	public static String Appraisal_header;
	public static String Appraisal_count;
	public static String Appraisal_pending;
	public static String Appraisal_markedForDestruction;
	public static String Lend_done;
	public static String Return_done;
	public static String Overdue_header;
	public static String Overdue_count;
	public static String Import_noPaths;
	public static String Import_refused;
	public static String Import_missing;
	public static String Import_summary;
	public static String Import_duplicate;
	public static String Import_whichFonds;
	public static String Import_noCatalogue;
	public static String Import_unknownFonds;
	public static String Import_newCatalogueTitle;
	public static String Import_defaultOrganization;
	public static String Verify_header;
	public static String Verify_catalogue;
	public static String Verify_noCatalogues;
	public static String Verify_noFonds;
	public static String Verify_finding;
	public static String Verify_noCode;
	public static String Verify_action;
	public static String Verify_written;
	public static String Error_verifyOut;
	public static String Error_exportWhat;
	public static String Error_exportUnknown;
	public static String Error_exportNeedsOut;
	public static String Error_exportFormat;
	public static String Error_exportPdfOnly;
	public static String Error_exportWrite;
	public static String Error_exportDenied;
	public static String Error_exportNoFolder;
	public static String Error_exportNotFolder;
	public static String Export_nothing;
	public static String Export_written;
	public static String Export_writtenBoxes;

	public static String Search_noQuery;
	public static String Search_badLimit;
	public static String Search_header;
	public static String Search_count;
	public static String Search_countAtLeast;
	public static String Search_none;
	public static String Search_in;
	public static String Search_building;
	public static String Search_rebuilding;
	public static String Search_updated;
	public static String Search_notUpdated;
	public static String Index_progress;
	public static String Index_problem;
	public static String Error_unexpected;
	public static String Error_unexpectedNoLog;
	public static String Error_badCode;
	public static String Import_saveFailed;
	public static String Error_exportNotRegular;
	public static String Verify_cleaned;

	public static String Error_backupNeedsOut;
	public static String Error_backupNotZip;
	public static String Error_restoreNeedsFile;
	public static String Backup_written;
	public static String Backup_notRegular;
	public static String Backup_insideRepository;
	public static String Backup_failed;
	public static String Backup_damagedStoreFile;
	public static String Restore_cannotRead;
	public static String Restore_notFolder;
	public static String Restore_notEmpty;
	public static String Restore_notZip;
	public static String Restore_notBackup;
	public static String Restore_badManifest;
	public static String Restore_unsafeEntry;
	public static String Restore_unlisted;
	public static String Restore_missing;
	public static String Restore_digest;
	public static String Restore_failed;
	public static String Restore_done;

	public static String Index_problemDocument;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
