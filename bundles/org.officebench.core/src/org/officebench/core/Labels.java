package org.officebench.core;

import org.officebench.core.internal.Messages;
import org.officebench.model.DocumentStatus;

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

	/** @param literal as written in the file (draft, published, …) */
	public static String status(String literal) {
		DocumentStatus status = DocumentStatus.get(literal);
		return status == null ? literal : status(status);
	}
}
