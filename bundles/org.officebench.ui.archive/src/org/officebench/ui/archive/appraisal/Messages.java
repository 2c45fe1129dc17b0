package org.officebench.ui.archive.appraisal;

import org.eclipse.osgi.util.NLS;

/** Texts of the 鉴定与借阅 view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.ui.archive.appraisal.messages"; //$NON-NLS-1$

	public static String View_title;
	public static String View_asOf;
	public static String View_catalogue;
	public static String View_noCatalogue;
	public static String Tab_due;
	public static String Tab_registers;
	public static String Tab_loans;
	public static String Column_code;
	public static String Column_title;
	public static String Column_year;
	public static String Column_retention;
	public static String Column_dueFrom;
	public static String Column_decision;
	public static String Column_number;
	public static String Column_date;
	public static String Column_count;
	public static String Column_state;
	public static String State_pending;
	public static String State_executed;
	public static String Column_signatories;
	public static String Column_remarks;
	public static String Column_destroyedOn;
	public static String Column_borrower;
	public static String Column_purpose;
	public static String Column_lentOn;
	public static String Column_dueOn;
	public static String Column_overdue;
	public static String Button_checkAll;
	public static String Button_retain;
	public static String Button_destroy;
	public static String Button_newRegister;
	public static String Button_execute;
	public static String Button_deleteRegister;
	public static String Button_lend;
	public static String Button_return;
	public static String Button_ok;
	public static String Button_cancel;
	public static String Decision_pending;
	public static String Decision_destroy;
	public static String Decision_onRegister;
	public static String Due_choose;
	public static String Retain_title;
	public static String Retain_message;
	public static String Destroy_title;
	public static String Destroy_message;
	public static String Field_newRetention;
	public static String Field_appraisers;
	public static String Field_reason;
	public static String Register_title;
	public static String Register_none;
	public static String Register_message;
	public static String Register_candidates;
	public static String Register_deleteTitle;
	public static String Field_number;
	public static String Field_remarks;
	public static String Execute_title;
	public static String Execute_choose;
	public static String Execute_message;
	public static String Field_signatories;
	public static String Lend_title;
	public static String Lend_none;
	public static String Lend_message;
	public static String Field_item;
	public static String Field_borrower;
	public static String Field_purpose;
	public static String Field_due;
	public static String Return_title;
	public static String Return_choose;
	public static String Overdue_days;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
