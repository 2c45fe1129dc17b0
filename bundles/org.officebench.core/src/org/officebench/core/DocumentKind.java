package org.officebench.core;

import org.eclipse.emf.ecore.EClass;
import org.officebench.core.internal.Messages;
import org.officebench.model.OfficeBenchPackage;

/** The four kinds of document a repository holds, each in its own folder under {@code documents/}. */
public enum DocumentKind {
	POLICY("policy", "policies", OfficeBenchPackage.Literals.POLICY_DOCUMENT),
	FLOWCHART("flowchart", "flowcharts", OfficeBenchPackage.Literals.FLOWCHART),
	MINUTES("minutes", "minutes", OfficeBenchPackage.Literals.MEETING_MINUTES),
	ARCHIVE("archive", "archives", OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE);

	private final String key;
	private final String folder;
	private final EClass eClass;

	DocumentKind(String key, String folder, EClass eClass) {
		this.key = key;
		this.folder = folder;
		this.eClass = eClass;
	}

	/** The word used on the command line and in JSON: policy, flowchart, minutes, archive. */
	public String key() {
		return key;
	}

	/** The folder under {@code documents/}, relative to the repository root. */
	public String folder() {
		return folder;
	}

	public EClass eClass() {
		return eClass;
	}

	/** The name shown to the user, in the current language (制度, 流程图, 会议纪要, 档案). */
	public String label() {
		return switch (this) {
		case POLICY -> Messages.Kind_policy;
		case FLOWCHART -> Messages.Kind_flowchart;
		case MINUTES -> Messages.Kind_minutes;
		case ARCHIVE -> Messages.Kind_archive;
		};
	}

	public static DocumentKind of(EClass eClass) {
		for (DocumentKind kind : values()) {
			if (kind.eClass == eClass) {
				return kind;
			}
		}
		throw new IllegalArgumentException(eClass.getName());
	}

	/** @return the kind for a command-line word (policy, flowchart, minutes, archive), or null */
	public static DocumentKind fromKey(String key) {
		for (DocumentKind kind : values()) {
			if (kind.key.equalsIgnoreCase(key)) {
				return kind;
			}
		}
		return null;
	}
}
