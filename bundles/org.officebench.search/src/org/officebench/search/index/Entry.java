package org.officebench.search.index;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.officebench.core.DocumentKind;
import org.officebench.search.Location;
import org.officebench.search.SearchSchema;
import org.officebench.search.Segment;
import org.officebench.search.analysis.ChineseFolding;
import org.officebench.search.extract.Extraction;

/** One index entry being built: a 件 or a whole document, turned into a Lucene document by {@link #toDocument()}. */
public final class Entry {

	/** A file whose text could not be taken. */
	public record Problem(String fileName, String sha256, Extraction.Failure failure) {
		String encode() {
			return failure.kind().name() + '\t' + clean(fileName) + '\t' + clean(sha256) + '\t' + clean(failure.detail());
		}

		static Problem decode(String line) {
			String[] parts = line.split("\t", 4); //$NON-NLS-1$
			if (parts.length < 4) {
				return null;
			}
			try {
				return new Problem(parts[1], parts[2], new Extraction.Failure(Extraction.Kind.valueOf(parts[0]), parts[3].isEmpty() ? null : parts[3]));
			} catch (IllegalArgumentException e) {
				return null;
			}
		}

		private static String clean(String s) {
			return s == null ? "" : s.replace('\t', ' ').replace('\n', ' '); //$NON-NLS-1$
		}
	}

	final String uid;
	final String documentId;
	String itemId;
	final DocumentKind kind;
	String title;
	String archivalCode;
	String responsible;
	String documentNumber;
	Date date;
	int year;
	String fonds;
	String fondsName;
	String org;
	String orgName;
	String retention;
	String security;
	boolean destroyed;
	String fingerprint;
	final List<String> fileNames = new ArrayList<>();
	final List<String> meta = new ArrayList<>();
	final StringBuilder content = new StringBuilder();
	final List<Segment> segments = new ArrayList<>();
	final List<Problem> problems = new ArrayList<>();

	Entry(String uid, String documentId, DocumentKind kind) {
		this.uid = uid;
		this.documentId = documentId;
		this.kind = kind;
	}

	public static String itemUid(String catalogueId, String itemId) {
		return "item:" + catalogueId + '/' + itemId; //$NON-NLS-1$
	}

	public static String documentUid(String documentId) {
		return "doc:" + documentId; //$NON-NLS-1$
	}

	public String uid() {
		return uid;
	}

	public List<Problem> problems() {
		return problems;
	}

	/** Starts a part of the text that comes from {@code location}. */
	void section(Location location) {
		if (content.length() > 0 && content.charAt(content.length() - 1) != '\n') {
			content.append('\n');
		}
		segments.add(new Segment(content.length(), location));
	}

	void text(String text) {
		if (text != null && !text.isBlank()) {
			content.append(text.strip()).append('\n');
		}
	}

	Document toDocument() {
		Document d = new Document();
		d.add(new KeywordField(SearchSchema.UID, uid, Field.Store.YES));
		d.add(new KeywordField(SearchSchema.DOCUMENT_ID, documentId, Field.Store.YES));
		if (itemId != null) {
			d.add(new StringField(SearchSchema.ITEM_ID, itemId, Field.Store.YES));
		}
		if (fingerprint != null) {
			d.add(new BinaryDocValuesField(SearchSchema.FINGERPRINT, new BytesRef(fingerprint)));
		}
		if (title != null) {
			d.add(new TextField(SearchSchema.TITLE, title, Field.Store.YES));
		}
		for (String value : metaValues()) {
			d.add(new TextField(SearchSchema.META, value, Field.Store.NO));
		}
		d.add(new TextField(SearchSchema.CONTENT, content.toString(), Field.Store.YES));
		keyword(d, SearchSchema.KIND, kind.key());
		keyword(d, SearchSchema.FONDS, fonds);
		keyword(d, SearchSchema.YEAR, year > 0 ? Integer.toString(year) : null);
		keyword(d, SearchSchema.RETENTION, retention);
		keyword(d, SearchSchema.ORG, org);
		keyword(d, SearchSchema.SECURITY, security);
		keyword(d, SearchSchema.GENRE, Genres.of(title));
		if (archivalCode != null && !archivalCode.isBlank()) {
			d.add(new StoredField(SearchSchema.ARCHIVAL_CODE, archivalCode));
			d.add(new StringField(SearchSchema.CODE, codeKey(archivalCode), Field.Store.NO));
		}
		stored(d, SearchSchema.RESPONSIBLE, responsible);
		stored(d, SearchSchema.DOCUMENT_NUMBER, documentNumber);
		stored(d, SearchSchema.ORG_NAME, orgName);
		stored(d, SearchSchema.FONDS_NAME, fondsName);
		if (date != null) {
			d.add(new StoredField(SearchSchema.DATE_TEXT, new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(date))); //$NON-NLS-1$
			d.add(new IntField(SearchSchema.DATE, Integer.parseInt(new SimpleDateFormat("yyyyMMdd", Locale.ROOT).format(date)), //$NON-NLS-1$
					Field.Store.NO));
		}
		for (String name : fileNames) {
			d.add(new StoredField(SearchSchema.FILE_NAME, name));
		}
		if (!segments.isEmpty()) {
			d.add(new StoredField(SearchSchema.SEGMENTS, Segment.encode(segments)));
		}
		for (Problem problem : problems) {
			d.add(new StoredField(SearchSchema.PROBLEMS, problem.encode()));
		}
		if (problems.stream().anyMatch(p -> p.failure().isFileProblem())) {
			d.add(new StringField(SearchSchema.HAS_PROBLEM, "1", Field.Store.NO)); //$NON-NLS-1$
		}
		if (destroyed) {
			d.add(new StoredField(SearchSchema.DESTROYED, 1));
		}
		return d;
	}

	private List<String> metaValues() {
		List<String> values = new ArrayList<>();
		for (String value : new String[] { archivalCode, responsible, documentNumber, orgName, fondsName }) {
			if (value != null && !value.isBlank()) {
				values.add(value);
			}
		}
		values.addAll(fileNames);
		values.addAll(meta);
		return values;
	}

	/** How a 档号 is matched exactly: folded (full-width to ASCII) and lower case. */
	public static String codeKey(String archivalCode) {
		return ChineseFolding.fold(archivalCode.strip()).toLowerCase(Locale.ROOT);
	}

	private static void keyword(Document d, String field, String value) {
		if (value != null && !value.isBlank()) {
			d.add(new KeywordField(field, value, Field.Store.YES));
		}
	}

	private static void stored(Document d, String field, String value) {
		if (value != null && !value.isBlank()) {
			d.add(new StoredField(field, value));
		}
	}

	static List<Problem> decodeProblems(String[] lines) {
		List<Problem> out = new ArrayList<>();
		for (String line : lines) {
			Problem problem = Problem.decode(line);
			if (problem != null) {
				out.add(problem);
			}
		}
		return out;
	}
}
