package org.officebench.ui;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.officebench.model.DocumentStatus;
import org.officebench.ui.internal.Messages;

/** How document values are written for the user: statuses, dates, tags. */
public final class DocumentLabels {

	private static final String DATE_TIME = "yyyy-MM-dd HH:mm"; //$NON-NLS-1$

	private DocumentLabels() {
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

	/** @param literal the status as stored in the file (e.g. {@code inReview}), as in {@code DocumentSummary.status()} */
	public static String status(String literal) {
		DocumentStatus status = literal == null ? null : DocumentStatus.get(literal);
		return status == null ? (literal == null ? "" : literal) : status(status); //$NON-NLS-1$
	}

	public static String date(Date date) {
		return date == null ? "" : new SimpleDateFormat(DATE_TIME).format(date); //$NON-NLS-1$
	}

	public static String date(Instant instant) {
		return instant == null ? "" //$NON-NLS-1$
				: DateTimeFormatter.ofPattern(DATE_TIME).withZone(ZoneId.systemDefault()).format(instant);
	}

	/** Tags as one line, separated by the list separator of the language. */
	public static String tags(Collection<?> tags) {
		StringBuilder text = new StringBuilder();
		for (Object tag : tags) {
			if (text.length() > 0) {
				text.append(Messages.Tags_separator);
			}
			text.append(tag);
		}
		return text.toString();
	}

	/** Splits what the user typed at commas (, ，), enumeration commas (、) and semicolons. */
	public static List<String> parseTags(String text) {
		List<String> tags = new ArrayList<>();
		for (String part : text.split("[,，、;；]")) { //$NON-NLS-1$
			String tag = part.strip();
			if (!tag.isEmpty() && !tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return tags;
	}

	/** A document as one line: its title and, when it has one, its 文号. */
	public static String document(String title, String documentNumber) {
		String name = title == null || title.isBlank() ? Messages.Document_untitled : title;
		return documentNumber == null || documentNumber.isBlank() ? name : name + "  " + documentNumber; //$NON-NLS-1$
	}
}
