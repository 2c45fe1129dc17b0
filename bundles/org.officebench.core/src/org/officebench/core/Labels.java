package org.officebench.core;

import org.officebench.core.internal.Messages;
import org.officebench.model.DocumentStatus;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;

/** Names of model values in the current language, shared by the command line and the workbench. */
public final class Labels {

	private Labels() {
	}

	public static String status(DocumentStatus status) {
		if (status == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (status) {
		case DRAFT -> Messages.Status_draft;
		case IN_REVIEW -> Messages.Status_inReview;
		case APPROVED -> Messages.Status_approved;
		case PUBLISHED -> Messages.Status_published;
		case REVISING -> Messages.Status_revising;
		case ABOLISHED -> Messages.Status_abolished;
		case ARCHIVED -> Messages.Status_archived;
		};
	}

	public static String retention(RetentionPeriod retention) {
		if (retention == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (retention) {
		case PERMANENT -> Messages.Retention_permanent;
		case YEARS_30 -> Messages.Retention_30;
		case YEARS_10 -> Messages.Retention_10;
		};
	}

	public static String securityLevel(SecurityLevel level) {
		if (level == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (level) {
		case PUBLIC -> Messages.Security_public;
		case INTERNAL -> Messages.Security_internal;
		case SECRET -> Messages.Security_secret;
		case CONFIDENTIAL -> Messages.Security_confidential;
		case TOP_SECRET -> Messages.Security_topSecret;
		};
	}

	/** @param literal as written in the file (draft, published, …) */
	public static String status(String literal) {
		DocumentStatus status = DocumentStatus.get(literal);
		return status == null ? literal : status(status);
	}
}
