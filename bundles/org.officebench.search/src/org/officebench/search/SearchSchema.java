package org.officebench.search;

import java.util.List;

/**
 * Every Lucene field of the search index, defined here and nowhere else.
 * <p>
 * One index entry (Lucene document) is either one 件 of an archive catalogue, with the text of all its stored files,
 * or one whole policy, minutes or flowchart document, with its articles, items or steps. A document is one entry, not
 * one per article, so that all the words of a query may be found in different articles; where a hit is (the article,
 * the item, the file) comes from the {@link #SEGMENTS} map of the entry's text.
 *
 * <h2>Stored / indexed policy</h2>
 * <ul>
 * <li><b>Searched text</b> ({@link #TITLE}, {@link #META}, {@link #CONTENT}) is indexed with positions through the
 * bigram chain (see {@code OfficeAnalyzers}), so phrases and adjacency work. {@link #TITLE} and {@link #CONTENT} are
 * also stored: results show them and snippets and the preview are cut from the stored text, with the same folding as
 * the index, so no term vectors or offsets are indexed. {@link #META} (责任者, 文号, 档号, file names, 机构 and 全宗
 * names) is only indexed; each of its parts is stored in its own field below.</li>
 * <li><b>Facets and filters</b> ({@link #FONDS}, {@link #YEAR}, {@link #RETENTION}, {@link #ORG}, {@link #SECURITY},
 * {@link #GENRE}, {@link #KIND}) are keyword fields: an exact term for filtering plus sorted-set doc values for counting,
 * and stored for display. Values are codes, never labels (Y/D30/D10, internal, YYB), so an index does not depend on the
 * language it was built in.</li>
 * <li><b>Shown only</b> (stored, not indexed): 档号 as written, 责任者, 文号, 日期, file names as filed, 机构 and 全宗
 * names, the {@link #SEGMENTS} map and the extraction {@link #PROBLEMS}.</li>
 * <li><b>Bookkeeping</b>: {@link #UID} (exact, stored: the key for update and delete), {@link #DOCUMENT_ID} and
 * {@link #ITEM_ID} (exact, stored), {@link #CODE} (档号 lower-cased, exact: a typed 档号 finds its 件),
 * {@link #FINGERPRINT} (stored: what the entry was built from, so an unchanged 件 is not extracted again),
 * {@link #HAS_PROBLEM} (exact: the index status lists these), {@link #DATE} (an int yyyyMMdd with points and doc
 * values, for ranges and sorting).</li>
 * </ul>
 * The index records {@link #VERSION} in its commit data; an index of another version is rebuilt, so change it with
 * every change to fields, analysis or the text extracted (2: OFD text, PDF lines wrapped inside a Chinese word joined).
 */
public final class SearchSchema {

	/** Version of fields and analysis; an index written with another one is rebuilt. */
	public static final String VERSION = "2"; //$NON-NLS-1$

	/** Commit data keys. */
	public static final String COMMIT_VERSION = "officebench.schema"; //$NON-NLS-1$
	public static final String COMMIT_STAMP_PREFIX = "stamp:"; //$NON-NLS-1$
	public static final String COMMIT_BUILT = "officebench.built"; //$NON-NLS-1$
	/**
	 * {@code unreadable:<document id>} → title TAB file TAB reason: a document the repository refuses (damaged, of a
	 * newer model version); it has no entries, and the index status lists it.
	 */
	public static final String COMMIT_UNREADABLE_PREFIX = "unreadable:"; //$NON-NLS-1$

	// ---- identity
	/** {@code item:<catalogue id>/<item id>} or {@code doc:<document id>}. */
	public static final String UID = "uid"; //$NON-NLS-1$
	public static final String DOCUMENT_ID = "documentId"; //$NON-NLS-1$
	public static final String ITEM_ID = "itemId"; //$NON-NLS-1$

	// ---- searched text
	/** 题名. */
	public static final String TITLE = "title"; //$NON-NLS-1$
	/** 责任者, 文号, 档号, file names, 机构 and 全宗 names, tags: searched, not stored. */
	public static final String META = "meta"; //$NON-NLS-1$
	/** The text of the files of a 件, or of a document's articles, items or steps. */
	public static final String CONTENT = "content"; //$NON-NLS-1$

	// ---- facets and filters (codes)
	/** 全宗号. */
	public static final String FONDS = "fonds"; //$NON-NLS-1$
	/** 年度, four digits. */
	public static final String YEAR = "year"; //$NON-NLS-1$
	/** 保管期限: Y, D30, D10. */
	public static final String RETENTION = "retention"; //$NON-NLS-1$
	/** 机构（问题） code. */
	public static final String ORG = "org"; //$NON-NLS-1$
	/** 密级 literal: public, internal, secret, confidential, topSecret. */
	public static final String SECURITY = "security"; //$NON-NLS-1$
	/** 文种, from the end of the 题名 (通知, 纪要, 报告, 制度 …) or {@code other}. */
	public static final String GENRE = "genre"; //$NON-NLS-1$
	/** archive, policy, minutes, flowchart. */
	public static final String KIND = "kind"; //$NON-NLS-1$

	// ---- shown only
	public static final String ARCHIVAL_CODE = "archivalCode"; //$NON-NLS-1$
	public static final String RESPONSIBLE = "responsible"; //$NON-NLS-1$
	public static final String DOCUMENT_NUMBER = "documentNumber"; //$NON-NLS-1$
	/** yyyy-MM-dd as stored; {@link #DATE} holds it as a number. */
	public static final String DATE_TEXT = "dateText"; //$NON-NLS-1$
	/** File names as filed (several for a 件 with attachments). */
	public static final String FILE_NAME = "fileName"; //$NON-NLS-1$
	public static final String ORG_NAME = "orgName"; //$NON-NLS-1$
	public static final String FONDS_NAME = "fondsName"; //$NON-NLS-1$
	/** Where each part of {@link #CONTENT} comes from, see {@code Segments}. */
	public static final String SEGMENTS = "segments"; //$NON-NLS-1$
	/** One per file whose text could not be extracted: {@code kind \t file name \t detail}. */
	public static final String PROBLEMS = "problems"; //$NON-NLS-1$
	public static final String DESTROYED = "destroyed"; //$NON-NLS-1$

	// ---- bookkeeping
	/** 档号, lower-cased: exact match. */
	public static final String CODE = "code"; //$NON-NLS-1$
	public static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$
	public static final String HAS_PROBLEM = "hasProblem"; //$NON-NLS-1$
	/** yyyyMMdd as an int (points and doc values). */
	public static final String DATE = "date"; //$NON-NLS-1$

	/** The searched text fields and their weight: a word in the 题名 counts more than one in the body. */
	public static final List<String> TEXT_FIELDS = List.of(TITLE, META, CONTENT);

	public static float weight(String field) {
		return switch (field) {
		case TITLE -> 4f;
		case META -> 2f;
		default -> 1f;
		};
	}

	private SearchSchema() {
	}
}
