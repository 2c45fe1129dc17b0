package org.officebench.archive.verify;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.archive.verify.messages"; //$NON-NLS-1$

	public static String Progress_name;
	public static String Progress_step;
	public static String Check_authenticity;
	public static String Check_integrity;
	public static String Check_usability;
	public static String Check_security;
	public static String Severity_error;
	public static String Severity_warning;
	public static String Column_check;
	public static String Column_severity;
	public static String Column_code;
	public static String Column_finding;
	public static String Column_action;
	public static String Column_file;
	public static String Column_catalogue;
	public static String Column_result;
	public static String Column_checked;
	public static String Column_passed;
	public static String Column_errors;
	public static String Column_warnings;
	public static String Result_passed;
	public static String Result_failed;
	public static String Summary_line;
	public static String Summary_passed;
	public static String Summary_failed;
	public static String Summary_canceled;
	public static String List_separator;
	public static String Range_separator;
	public static String Quote_open;
	public static String Quote_close;
	public static String Format_unknown;
	public static String Field_title;
	public static String Field_date;
	public static String Field_year;
	public static String Field_retention;
	public static String Field_code;
	public static String Field_number;
	public static String Part_fonds;
	public static String Part_category;
	public static String Part_org;
	public static String BadTemplate_found;
	public static String BadTemplate_action;
	public static String NoFiles_found;
	public static String NoFiles_action;
	public static String MissingField_found;
	public static String MissingField_action;
	public static String BadYear_found;
	public static String BadYear_action;
	public static String FutureDate_found;
	public static String FutureDate_action;
	public static String YearMismatch_found;
	public static String YearMismatch_action;
	public static String MalformedCode_found;
	public static String MalformedCode_action;
	public static String CodeMismatch_found;
	public static String CodeMismatch_part;
	public static String CodeMismatch_action;
	public static String BadDigestRecord_found;
	public static String BadDigestRecord_action;
	public static String FileMissing_found;
	public static String FileMissing_action;
	public static String DigestMismatch_found;
	public static String Sm3Mismatch_found;
	public static String DigestMismatch_action;
	public static String SizeMismatch_found;
	public static String SizeMismatch_action;
	public static String Altered_found;
	public static String Altered_action;
	public static String ModifiedLater_found;
	public static String ModifiedLater_action;
	public static String FormatNotAllowed_found;
	public static String FormatNotAllowed_action;
	public static String FormatMismatch_found;
	public static String FormatMismatch_action;
	public static String ExtensionMismatch_found;
	public static String ExtensionMismatch_action;
	public static String PagesMismatch_found;
	public static String PagesMismatch_action;
	public static String Unreadable_found;
	public static String Unreadable_action;
	public static String Gap_found;
	public static String Gap_action;
	public static String Duplicate_found;
	public static String Duplicate_action;
	public static String Unclassified_action;
	public static String Unreferenced_found;
	public static String Unreferenced_action;
	public static String AuditUnreadable_found;
	public static String AuditUnreadable_action;
	public static String AuditEdited_found;
	public static String AuditRemoved_found;
	public static String AuditRemovedAtEnd_found;
	public static String AuditInserted_found;
	public static String AuditReordered_found;
	public static String AuditTampered_action;
	public static String AuditTruncated_found;
	public static String AuditTruncated_action;
	public static String AuditInterrupted_found;
	public static String AuditInterrupted_action;
	public static String AuditProtectedFrom_found;
	public static String AuditUnprotected_found;
	public static String AuditProtected_action;
	public static String Xlsx_title;
	public static String Xlsx_time;
	public static String Xlsx_summarySheet;
	public static String Xlsx_findingsSheet;
	public static String Export_badExtension;
	public static String Pdf_fonds;
	public static String Pdf_catalogue;
	public static String Pdf_noCatalogues;
	public static String Pdf_checker;
	public static String Pdf_continued;
	public static String Pdf_findings;
	public static String Pdf_noFindings;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
