package org.officebench.core.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.RetentionRule;

/**
 * 保管期限表: which kinds of record (类目) are kept how long, recognised by keywords in their titles. It is data the
 * user edits (国家档案局令第10号: each enterprise writes its own table), not code; {@link #loadDefault()} gives a
 * starting table for an enterprise office, and each 全宗 keeps its own in its catalogue ({@link #of(ArchiveCatalogue)},
 * edited through {@link RetentionRules}).
 * <p>
 * Text format (UTF-8), one row a line, blank lines and lines starting with # skipped:
 *
 * <pre>
 * 类目 | 关键词、关键词+关键词 | 保管期限
 * 年度、半年工作计划、总结 | 年度+计划、年度+总结、工作总结 | D30
 * </pre>
 *
 * Keywords are separated by 、 (or , or ，); a keyword of several terms joined by + matches when all of them occur in
 * the title. The retention period is Y, D30 or D10 (永久, 30年, 10年 are read too).
 * <p>
 * Immutable and thread-safe; to edit, build a new schedule from changed {@link Row}s.
 */
public final class RetentionSchedule {

	/** The resource of the default table, next to this class. */
	public static final String DEFAULT_RESOURCE = "default-retention-schedule.txt"; //$NON-NLS-1$

	private static final String HEADER = """
			# OfficeBench 保管期限表：类目 | 关键词（以“、”分隔，“+”连接的词须同时出现）| 保管期限（Y、D30、D10）
			"""; //$NON-NLS-1$
	private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[、,，]"); //$NON-NLS-1$
	private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\|"); //$NON-NLS-1$
	/** How keywords are joined when written as one text (the model, the text format). */
	public static final String KEYWORD_SEPARATOR = "、"; //$NON-NLS-1$
	private static volatile RetentionSchedule shippedDefault;

	/**
	 * One row of the table.
	 *
	 * @param kind      类目, e.g. 合同、协议
	 * @param keywords  each a term or terms joined by +, e.g. 年度+计划
	 * @param retention how long records of this kind are kept
	 */
	public record Row(String kind, List<String> keywords, RetentionPeriod retention) {

		/**
		 * @throws IllegalArgumentException when a field is empty or holds a character of the text format; its message
		 *                                  says which and what to do
		 */
		public Row {
			if (retention == null) {
				throw new IllegalArgumentException(Messages.Schedule_noRetention);
			}
			kind = kind == null ? "" : kind.strip(); //$NON-NLS-1$
			if (kind.isEmpty()) {
				throw new IllegalArgumentException(Messages.Schedule_emptyKind);
			}
			if (kind.contains("|") || kind.contains("\n") || kind.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw new IllegalArgumentException(NLS.bind(Messages.Schedule_badKind, kind));
			}
			List<String> cleaned = new ArrayList<>();
			for (String keyword : keywords == null ? List.<String>of() : keywords) {
				String text = keyword == null ? "" : keyword.strip(); //$NON-NLS-1$
				if (text.isEmpty()) {
					continue;
				}
				if (text.contains("|") || KEYWORD_SEPARATORS.matcher(text).find() || text.contains("\n") || text.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					throw new IllegalArgumentException(NLS.bind(Messages.Schedule_badKeywordCharacter, text));
				}
				for (String term : text.split("\\+", -1)) { //$NON-NLS-1$
					if (term.isBlank()) {
						throw new IllegalArgumentException(NLS.bind(Messages.Schedule_badKeyword, text));
					}
				}
				cleaned.add(text);
			}
			if (cleaned.isEmpty()) {
				throw new IllegalArgumentException(Messages.Schedule_noKeywords);
			}
			keywords = List.copyOf(cleaned);
		}

		/**
		 * A row from its fields as a person writes them: the keywords in one text, separated by 、 (or , or ，).
		 *
		 * @throws IllegalArgumentException as the constructor
		 */
		public static Row of(String kind, String keywords, RetentionPeriod retention) {
			return new Row(kind, keywords == null ? List.of() : List.of(KEYWORD_SEPARATORS.split(keywords, -1)), retention);
		}

		/** A rule of a catalogue's table as a row; @throws IllegalArgumentException when the rule is not a valid row */
		public static Row of(RetentionRule rule) {
			return of(rule.getKind(), rule.getKeywords(), rule.getRetention());
		}

		/** The keywords as one text, joined by 、, as the model and the text format hold them. */
		public String keywordText() {
			return String.join(KEYWORD_SEPARATOR, keywords);
		}
	}

	/**
	 * A proposed retention period for a title.
	 *
	 * @param keyword the keyword of the row that matched, as written in the table
	 */
	public record Proposal(RetentionPeriod retention, Row row, String keyword) {
	}

	private final List<Row> rows;

	public RetentionSchedule(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	public List<Row> rows() {
		return rows;
	}

	/**
	 * The retention period for a document title: the row with the most specific matching keyword (more terms, then
	 * more characters); among equally specific ones the longer retention period, then the earlier row. Empty when no
	 * keyword occurs in the title: then the user decides.
	 */
	public Optional<Proposal> propose(String title) {
		if (title == null || title.isBlank()) {
			return Optional.empty();
		}
		String text = normalize(title);
		Proposal best = null;
		int bestTerms = 0;
		int bestLength = 0;
		for (Row row : rows) {
			for (String keyword : row.keywords()) {
				String[] terms = keyword.split("\\+"); //$NON-NLS-1$
				int length = 0;
				boolean all = true;
				for (String term : terms) {
					String normalized = normalize(term);
					if (!text.contains(normalized)) {
						all = false;
						break;
					}
					length += normalized.length();
				}
				if (!all) {
					continue;
				}
				boolean better = best == null || terms.length > bestTerms
						|| (terms.length == bestTerms && (length > bestLength
								|| (length == bestLength && row.retention().getValue() < best.retention().getValue())));
				if (better) {
					best = new Proposal(row.retention(), row, keyword);
					bestTerms = terms.length;
					bestLength = length;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	/** The default table for an enterprise office, shipped with OfficeBench. */
	public static RetentionSchedule loadDefault() {
		RetentionSchedule loaded = shippedDefault;
		if (loaded != null) {
			return loaded;
		}
		try (InputStream in = RetentionSchedule.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(DEFAULT_RESOURCE);
			}
			loaded = load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		shippedDefault = loaded;
		return loaded;
	}

	/**
	 * The 全宗's own table: its catalogue's rules in order, or the shipped default while it has none (catalogues
	 * written before the table was editable, until the user edits it). A rule that is not a valid row (only a file
	 * edited by hand can hold one) is left out: it could not match as its author meant.
	 */
	public static RetentionSchedule of(ArchiveCatalogue catalogue) {
		if (catalogue == null || catalogue.getRetentionRules().isEmpty()) {
			return loadDefault();
		}
		List<Row> rows = new ArrayList<>(catalogue.getRetentionRules().size());
		for (RetentionRule rule : catalogue.getRetentionRules()) {
			try {
				rows.add(Row.of(rule));
			} catch (IllegalArgumentException e) {
				// shown as a problem in the table; no proposal from it
			}
		}
		return new RetentionSchedule(rows);
	}

	/**
	 * Reads a table in the text format (the reader should decode UTF-8).
	 *
	 * @throws ArchiveFormatException naming the first line that cannot be read and why
	 */
	public static RetentionSchedule load(Reader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
		String line;
		int lineNumber = 0;
		while ((line = lines.readLine()) != null) {
			lineNumber++;
			if (lineNumber == 1 && line.startsWith("\ufeff")) { //$NON-NLS-1$
				line = line.substring(1); // a byte order mark written by Windows editors
			}
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String[] fields = FIELD_SEPARATOR.split(text, -1);
			try {
				if (fields.length != 3) {
					throw new IllegalArgumentException(NLS.bind(Messages.Schedule_fields, Integer.toString(fields.length)));
				}
				RetentionPeriod retention = retention(fields[2].strip());
				rows.add(Row.of(fields[0], fields[1], retention));
			} catch (IllegalArgumentException e) {
				throw new ArchiveFormatException(lineNumber, NLS.bind(Messages.Schedule_line, Integer.toString(lineNumber), e.getMessage()));
			}
		}
		return new RetentionSchedule(rows);
	}

	/** Writes the table in the text format; {@link #load} reads back the same rows. */
	public void save(Writer writer) throws IOException {
		writer.write(HEADER);
		for (Row row : rows) {
			writer.write(row.kind() + " | " + row.keywordText() + " | " + row.retention().getLiteral() + '\n'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		writer.flush();
	}

	private static RetentionPeriod retention(String text) {
		RetentionPeriod retention = RetentionPeriod.get(text.toUpperCase(Locale.ROOT));
		if (retention != null) {
			return retention;
		}
		return switch (text) {
		case "永久" -> RetentionPeriod.PERMANENT; //$NON-NLS-1$
		case "30年" -> RetentionPeriod.YEARS_30; //$NON-NLS-1$
		case "10年" -> RetentionPeriod.YEARS_10; //$NON-NLS-1$
		default -> throw new IllegalArgumentException(NLS.bind(Messages.Schedule_badRetention, text));
		};
	}

	/** Full-width letters and digits as half-width, no white space, lower case. */
	private static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RetentionSchedule schedule && schedule.rows.equals(rows);
	}

	@Override
	public int hashCode() {
		return rows.hashCode();
	}
}
