package org.officebench.core.archive;

/** An archive action refused by a rule (鉴定, 销毁, 借阅); the message tells the user why and what to do. */
public final class ArchiveRuleException extends Exception {

	private static final long serialVersionUID = 1L;

	public ArchiveRuleException(String message) {
		super(message);
	}
}
