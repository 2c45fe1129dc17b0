package org.officebench.archive.verify;

/** The four checks of DA/T 70-2018 (四性检测). */
public enum Check {
	/** 真实性: the files and their metadata are what was filed. */
	AUTHENTICITY("authenticity"), //$NON-NLS-1$
	/** 完整性: nothing is missing: fields, files, numbers. */
	INTEGRITY("integrity"), //$NON-NLS-1$
	/** 可用性: every file opens and is in a format fit for long-term keeping. */
	USABILITY("usability"), //$NON-NLS-1$
	/** 安全性: nothing was altered outside the program. */
	SECURITY("security"); //$NON-NLS-1$

	private final String key;

	Check(String key) {
		this.key = key;
	}

	/** A stable English key for JSON and files. */
	public String key() {
		return key;
	}

	/** The name in the current language, e.g. 真实性. */
	public String label() {
		return switch (this) {
		case AUTHENTICITY -> Messages.Check_authenticity;
		case INTEGRITY -> Messages.Check_integrity;
		case USABILITY -> Messages.Check_usability;
		case SECURITY -> Messages.Check_security;
		};
	}
}
