package org.officebench.search.extract;

import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileFormat;

/**
 * The text of one file, or why there is none.
 *
 * @param text      the text, never null (empty when there is a failure)
 * @param format    the format found by content
 * @param failure   why the text could not be taken, or null
 * @param truncated true when the text was cut (at the character limit, or at the budget of XML read)
 * @param cut       why the text was cut when that is not the character limit ({@link Kind#TEXT_CUT}), else null
 */
public record Extraction(String text, FileFormat format, Failure failure, boolean truncated, Failure cut) {

	public Extraction(String text, FileFormat format, Failure failure, boolean truncated) {
		this(text, format, failure, truncated, null);
	}

	/** Why a file gave no text. */
	public enum Kind {
		/** Images and unknown formats: nothing to read without OCR; not an error of the file. */
		NO_TEXT_FORMAT,
		/** A PDF or OFD with pages but no text on them (a scan). */
		NO_TEXT_LAYER,
		EMPTY, ENCRYPTED, CORRUPT, TOO_LARGE, ZIP_BOMB, TIMEOUT, UNREADABLE, MISSING,
		/** The extraction was canceled with the indexing. */
		CANCELED,
		/** Only the text in the first part of the file was read (detail: the budget in MB of inflated XML). */
		TEXT_CUT,
		/** Only the first characters of the text were indexed (detail: the character limit). */
		TEXT_CUT_CHARS,
		/** The file was read but holds no text (a sheet of formulas without values, a document of images only). */
		NO_TEXT,
		/** A text file whose bytes do not fit its encoding (a UTF-8 byte-order mark before GBK text); detail: the encoding. */
		WRONG_ENCODING,
		/** A repository document (policy, minutes, flowchart, catalogue) that cannot be read; detail: why. */
		DOCUMENT_UNREADABLE
	}

	/**
	 * @param detail a technical detail (an exception's message) or null
	 */
	public record Failure(Kind kind, String detail) {

		/** Files of these kinds are not damaged; the index status lists them apart. */
		public boolean isFileProblem() {
			return kind != Kind.NO_TEXT_FORMAT && kind != Kind.NO_TEXT_LAYER && kind != Kind.CANCELED;
		}

		/** For the user, in the current language: what is wrong with {@code fileName} and what to do. */
		public String describe(String fileName) {
			String message = switch (kind) {
			case NO_TEXT_FORMAT -> Messages.Extract_noTextFormat;
			case NO_TEXT_LAYER -> Messages.Extract_noTextLayer;
			case EMPTY -> Messages.Extract_empty;
			case ENCRYPTED -> Messages.Extract_encrypted;
			case CORRUPT -> detail == null || detail.isBlank() ? Messages.Extract_corruptNoDetail : Messages.Extract_corrupt;
			case TOO_LARGE -> Messages.Extract_tooLarge;
			case ZIP_BOMB -> Messages.Extract_zipBomb;
			case TIMEOUT -> Messages.Extract_timeout;
			case UNREADABLE -> detail == null || detail.isBlank() ? Messages.Extract_unreadableNoDetail : Messages.Extract_unreadable;
			case MISSING -> Messages.Extract_missing;
			case CANCELED -> Messages.Extract_canceled;
			case TEXT_CUT -> Messages.Extract_textCut;
			case TEXT_CUT_CHARS -> Messages.Extract_textCutChars;
			case NO_TEXT -> Messages.Extract_noText;
			case WRONG_ENCODING -> Messages.Extract_wrongEncoding;
			case DOCUMENT_UNREADABLE -> Messages.Extract_documentUnreadable;
			};
			// a parser's sentence ends in a full stop; inside the message's parentheses it would be doubled
			String reason = detail == null ? "" : detail.strip().replaceAll("[.。]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return NLS.bind(message, fileName, reason);
		}
	}

	static Extraction text(String text, FileFormat format, boolean truncated) {
		return new Extraction(text, format, null, truncated);
	}

	static Extraction failed(FileFormat format, Kind kind, String detail) {
		return new Extraction("", format, new Failure(kind, detail), false); //$NON-NLS-1$
	}

	/** Text cut at a budget of XML read: what there is, and why the rest is missing. */
	static Extraction cut(String text, FileFormat format, Failure why) {
		return new Extraction(text, format, null, true, why);
	}

	public boolean isFailed() {
		return failure != null;
	}
}
