package org.officebench.core.archive;

import org.eclipse.osgi.util.NLS;

/** Texts of 鉴定, 销毁 and 借阅 that the user sees. */
final class UseMessages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.core.archive.use_messages"; //$NON-NLS-1$

	public static String Command_retain;
	public static String Command_destroy;
	public static String Command_createRegister;
	public static String Command_executeRegister;
	public static String Command_lend;
	public static String Command_return;
	public static String Appraisal_noItems;
	public static String Appraisal_noAppraisers;
	public static String Appraisal_noReason;
	public static String Appraisal_destroyed;
	public static String Appraisal_notDue;
	public static String Appraisal_retainTooShort;
	public static String Appraisal_noRetention;
	public static String Destruction_noItems;
	public static String Destruction_notDecided;
	public static String Destruction_onRegister;
	public static String Destruction_alreadyExecuted;
	public static String Destruction_signatories;
	public static String Destruction_lentOut;
	public static String Destruction_cannotDelete;
	public static String Destruction_badNumber;
	public static String Destruction_numberTaken;
	public static String Destruction_audit;
	public static String Loan_destroyed;
	public static String Loan_alreadyOut;
	public static String Loan_noBorrower;
	public static String Loan_noPurpose;
	public static String Loan_dueBeforeLent;
	public static String Loan_notOut;
	public static String Loan_returnBeforeLent;

	static {
		NLS.initializeMessages(BUNDLE_NAME, UseMessages.class);
	}

	private UseMessages() {
	}
}
