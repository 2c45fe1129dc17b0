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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.RetentionPeriod;

/**
 * 保管期限表: which kinds of record (类目) are kept how long, recognised by keywords in their titles. It is data the
 * user edits (国家档案局令第10号: each enterprise writes its own table), not code; {@link #loadDefault()} gives a
 * starting table for an enterprise office.
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

	/**
	 * One row of the table.
	 *
	 * @param kind      类目, e.g. 合同、协议
	 * @param keywords  each a term or terms joined by +, e.g. 年度+计划
	 * @param retention how long records of this kind are kept
	 */
	public record Row(String kind, List<String> keywords, RetentionPeriod retention) {

		/** @throws IllegalArgumentException when a field is empty or holds a character of the text format */
		public Row {
			Objects.requireNonNull(retention, "retention"); //$NON-NLS-1$
			kind = kind == null ? "" : kind.strip(); //$NON-NLS-1$
			if (kind.isEmpty()) {
				throw new IllegalArgumentException(Messages.Schedule_emptyKind);
			}
			if (kind.contains("|") || kind.contains("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new IllegalArgumentException(kind);
			}
			List<String> cleaned = new ArrayList<>();
			for (String keyword : keywords) {
				String text = keyword.strip();
				if (text.isEmpty()) {
					continue;
				}
				if (text.contains("|") || KEYWORD_SEPARATORS.matcher(text).find() || text.contains("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new IllegalArgumentException(text);
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
		try (InputStream in = RetentionSchedule.class.getResourceAsStream(DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(DEFAULT_RESOURCE);
			}
			return load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
				List<String> keywords = List.of(KEYWORD_SEPARATORS.split(fields[1], -1));
				rows.add(new Row(fields[0], keywords, retention));
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
			writer.write(row.kind() + " | " + String.join("、", row.keywords()) + " | " + row.retention().getLiteral() + '\n'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
