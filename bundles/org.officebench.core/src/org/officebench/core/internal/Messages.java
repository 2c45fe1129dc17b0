package org.officebench.core.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.officebench.core.internal.messages"; //$NON-NLS-1$

	public static String Kind_policy;
	public static String Kind_flowchart;
	public static String Kind_minutes;
	public static String Kind_archive;
	public static String LoadProblem_withLine;
	public static String LoadProblem_noLine;
	public static String Repository_readOnly;
	public static String Repository_cannotWrite;
	public static String Repository_locked;
	public static String Repository_lockHolder;
	public static String Repository_unknownHolder;
	public static String Repository_notARepository;
	public static String Repository_newerFormat;
	public static String Repository_missing;
	public static String Repository_openedForReading;
	public static String Load_advice;
	public static String Load_newerModel;
	public static String Load_newerAdvice;
	public static String Load_noMigration;
	public static String Load_notDocument;
	public static String Compact_notCompact;
	public static String Compact_truncated;
	public static String Compact_damaged;
	public static String Compact_unknown;
	public static String Compact_advice;
	public static String Load_unknownType;
	public static String Load_unknownId;
	public static String Status_draft;
	public static String Status_inReview;
	public static String Status_approved;
	public static String Status_published;
	public static String Status_revising;
	public static String Status_abolished;
	public static String Status_archived;
	public static String Retention_permanent;
	public static String Retention_30;
	public static String Retention_10;
	public static String Security_public;
	public static String Security_internal;
	public static String Security_secret;
	public static String Security_confidential;
	public static String Security_topSecret;
	public static String Disk_full;
	public static String Journal_recoverCommand;
	public static String Journal_changed;
	public static String Journal_added;
	public static String Journal_removed;
	public static String Journal_moved;
	public static String Journal_empty;
	public static String Journal_none;

	public static String Save_failed;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
