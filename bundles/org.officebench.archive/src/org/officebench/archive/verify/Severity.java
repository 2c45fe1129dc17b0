package org.officebench.archive.verify;

/** How bad a finding is: an error fails its check, a warning does not. */
public enum Severity {
	ERROR("error"), WARNING("warning"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String key;

	Severity(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	public String label() {
		return this == ERROR ? Messages.Severity_error : Messages.Severity_warning;
	}
}
