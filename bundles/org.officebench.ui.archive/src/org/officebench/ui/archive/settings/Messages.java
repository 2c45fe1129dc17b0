package org.officebench.ui.archive.settings;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.officebench.ui.archive.settings.messages"; //$NON-NLS-1$

	public static String Tab;
	public static String Heading;
	public static String FondsSection;
	public static String FondsDescription;
	public static String FondsCode;
	public static String FondsName;
	public static String Category;
	public static String Order;
	public static String OrderYearOrgRetention;
	public static String OrderYearRetentionOrg;
	public static String TemplateSection;
	public static String TemplateDescription;
	public static String Preset;
	public static String PresetDaT22;
	public static String PresetDaT13;
	public static String PresetCustom;
	public static String Pattern;
	public static String Placeholders;
	public static String Example;
	public static String PatternRefused;
	public static String OrgSection;
	public static String OrgDescription;
	public static String OrgCode;
	public static String OrgName;
	public static String OrgItems;
	public static String OrgAdd;
	public static String OrgRemove;
	public static String OrgAskCode;
	public static String OrgAskName;
	public static String OrgBadCode;
	public static String OrgDuplicate;
	public static String OrgInUse;
	public static String ScheduleSection;
	public static String ScheduleDescription;
	public static String ScheduleKind;
	public static String ScheduleKeywords;
	public static String ScheduleRetention;
	public static String ScheduleRow;
	public static String ScheduleAdd;
	public static String ScheduleRemove;
	public static String ScheduleUp;
	public static String ScheduleDown;
	public static String ScheduleRestore;
	public static String ScheduleRestoreTip;
	public static String ScheduleNewKind;
	public static String ScheduleNewKeyword;
	public static String ScheduleDefaultNote;
	public static String ScheduleRefused;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
