package org.officebench.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.officebench.search.SearchSchema;

/**
 * What a user types into the search box, as a Lucene query. It never throws: a query that cannot be searched comes back
 * with a {@link ParsedQuery#problem() problem} to tell the user.
 * <ul>
 * <li>Words separated by spaces must all be found (in the 题名, the other metadata or the text).</li>
 * <li>"Quoted words" must be found as written, characters side by side.</li>
 * <li>A run of Chinese without spaces is cut into words by smartcn; each word of two or more characters must be found
 * with its characters side by side, through the bigram index, so a word no dictionary knows is found all the same
 * (single characters smartcn leaves in a row are taken together as one such word, a name or a term of the trade). A
 * single character standing alone between words (的, 和, 部) only adds to the score.</li>
 * <li>Ranking: the whole run found as typed scores far above its words found apart, so a file with the word ranks above
 * files with its characters scattered. Among the best hits, words found near one another rank above words found far
 * apart ({@link ParsedQuery#nearness()}: position checks on every match would cost too much at a million 件).</li>
 * <li>A query longer than {@value #MAX_CHARS} characters or of more than {@value #MAX_UNITS} words is shortened, an
 * unbalanced quote is closed at the end, and the parsed query says so in its notices.</li>
 * </ul>
 * Thread-safe.
 */
public final class OfficeQueryParser {

	public static final int MAX_CHARS = 200;
	public static final int MAX_UNITS = 24;

	private static final float WHOLE_RUN_BOOST = 4f;
	private static final float NEAR_BOOST = 1.5f;
	private static final int NEAR_SLOP = 30;
	private static final float CODE_BOOST = 20f;

	/** One required or optional part of the query. */
	private record Unit(String text, List<Token> tokens, boolean required, boolean cjk) {
	}

	private record Token(String term, int position) {
	}

	private OfficeQueryParser() {
	}

	public static ParsedQuery parse(String input) {
		if (input == null || input.isBlank()) {
			return ParsedQuery.problem(ParsedQuery.Problem.EMPTY);
		}
		List<ParsedQuery.Notice> notices = new ArrayList<>();
		String text = input.strip();
		if (text.length() > MAX_CHARS) {
			int cut = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
			text = text.substring(0, cut);
			notices.add(ParsedQuery.Notice.SHORTENED);
		}
		List<String> chunks = new ArrayList<>();
		List<Boolean> quoted = new ArrayList<>();
		boolean unbalanced = split(text, chunks, quoted);
		if (unbalanced) {
			notices.add(ParsedQuery.Notice.UNBALANCED_QUOTE);
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		List<String> highlights = new ArrayList<>();
		List<Unit> allRequired = new ArrayList<>();
		int units = 0;
		boolean anyRequired = false;
		for (int i = 0; i < chunks.size(); i++) {
			String chunk = chunks.get(i);
			List<Unit> parts = quoted.get(i) ? phrase(chunk) : words(chunk);
			for (Unit unit : parts) {
				if (units == MAX_UNITS) {
					if (!notices.contains(ParsedQuery.Notice.SHORTENED)) {
						notices.add(ParsedQuery.Notice.SHORTENED);
					}
					break;
				}
				units++;
				query.add(unitQuery(unit), unit.required ? Occur.MUST : Occur.SHOULD);
				anyRequired |= unit.required;
				if (unit.required) {
					allRequired.add(unit);
					addHighlights(unit, highlights);
				}
			}
			if (parts.size() > 1 && units < MAX_UNITS) {
				// the whole run as typed: its characters side by side, across the words smartcn found
				List<Token> run = analyze(OfficeAnalyzers.bigrams(), chunk);
				query.add(new BoostQuery(fieldsQuery(run, 0), WHOLE_RUN_BOOST), Occur.SHOULD);
				highlights.add(ChineseFolding.fold(chunk)); // marked whole where it stands as typed
			}
			String code = ChineseFolding.fold(chunk).toLowerCase(Locale.ROOT);
			if (!quoted.get(i) && code.length() > 4 && code.chars().anyMatch(Character::isDigit)) {
				query.add(new BoostQuery(new TermQuery(new Term(SearchSchema.CODE, code)), CODE_BOOST), Occur.SHOULD);
			}
		}
		if (units == 0) {
			return ParsedQuery.problem(ParsedQuery.Problem.NO_WORDS);
		}
		if (!anyRequired) {
			query.setMinimumNumberShouldMatch(1);
		}
		Query nearness = allRequired.size() > 1 ? new BoostQuery(near(allRequired), NEAR_BOOST) : null;
		return new ParsedQuery(query.build(), nearness, List.copyOf(highlights), List.copyOf(notices));
	}

	/** Splits at white space outside quotes; quotes are ASCII or Chinese. @return true when a quote was left open */
	private static boolean split(String text, List<String> chunks, List<Boolean> quoted) {
		StringBuilder current = new StringBuilder();
		boolean inQuote = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\uFF02' || c == '\u300C' || c == '\u300D') {
				flush(current, inQuote, chunks, quoted);
				inQuote = !inQuote;
			} else if (!inQuote && (Character.isWhitespace(c) || c == '\u3000')) {
				flush(current, false, chunks, quoted);
			} else {
				current.append(c);
			}
		}
		flush(current, inQuote, chunks, quoted);
		return inQuote;
	}

	private static void flush(StringBuilder current, boolean inQuote, List<String> chunks, List<Boolean> quoted) {
		String chunk = current.toString().strip();
		current.setLength(0);
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
			quoted.add(inQuote);
		}
	}

	/** A quoted phrase: one required unit, as written; a space between two Chinese characters is no gap in Chinese text. */
	private static List<Unit> phrase(String chunk) {
		StringBuilder joined = new StringBuilder(chunk.length());
		for (int i = 0; i < chunk.length(); i++) {
			char c = chunk.charAt(i);
			if ((Character.isWhitespace(c) || c == '\u3000') && joined.length() > 0 && isCjk(joined.codePointBefore(joined.length()))) {
				int next = i + 1;
				while (next < chunk.length() && (Character.isWhitespace(chunk.charAt(next)) || chunk.charAt(next) == '\u3000')) {
					next++;
				}
				if (next < chunk.length() && isCjk(chunk.codePointAt(next))) {
					i = next - 1;
					continue;
				}
			}
			joined.append(c);
		}
		String text = joined.toString();
		List<Token> tokens = analyze(OfficeAnalyzers.bigrams(), text);
		return tokens.isEmpty() ? List.of() : List.of(new Unit(text, tokens, true, false));
	}

	/** A chunk without quotes: runs of Chinese cut into words, other runs (letters, digits, codes) taken whole. */
	private static List<Unit> words(String chunk) {
		List<Unit> units = new ArrayList<>();
		int start = 0;
		while (start < chunk.length()) {
			boolean cjk = isCjk(chunk.codePointAt(start));
			int end = start;
			while (end < chunk.length() && isCjk(chunk.codePointAt(end)) == cjk) {
				end += Character.charCount(chunk.codePointAt(end));
			}
			String run = chunk.substring(start, end);
			if (cjk) {
				chineseRun(run, units);
			} else {
				List<Token> tokens = analyze(OfficeAnalyzers.bigrams(), run);
				if (!tokens.isEmpty()) {
					units.add(new Unit(run, tokens, true, false));
				}
			}
			start = end;
		}
		return units;
	}

	private static void chineseRun(String run, List<Unit> units) {
		if (run.codePointCount(0, run.length()) <= 2) {
			units.add(cjkUnit(run, true));
			return;
		}
		List<int[]> words = new ArrayList<>();
		try (TokenStream stream = OfficeAnalyzers.words().tokenStream(SearchSchema.CONTENT, run)) {
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new int[] { offset.startOffset(), offset.endOffset() });
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a string reader does not fail
		}
		// single characters in a row are one word the dictionary lacks: keep them together
		int i = 0;
		while (i < words.size()) {
			int[] word = words.get(i);
			if (word[1] - word[0] > 1) {
				units.add(cjkUnit(run.substring(word[0], word[1]), true));
				i++;
				continue;
			}
			int j = i;
			while (j + 1 < words.size() && words.get(j + 1)[1] - words.get(j + 1)[0] == 1 && words.get(j + 1)[0] == words.get(j)[1]) {
				j++;
			}
			String together = run.substring(word[0], words.get(j)[1]);
			units.add(cjkUnit(together, j > i));
			i = j + 1;
		}
	}

	private static Unit cjkUnit(String text, boolean required) {
		return new Unit(text, analyze(OfficeAnalyzers.bigrams(), text), required, true);
	}

	/** The unit in any text field: 题名 above the other metadata above the body. */
	private static Query unitQuery(Unit unit) {
		if (unit.cjk && unit.text.codePointCount(0, unit.text.length()) == 1) {
			// the bigram index has a single character only where it stands alone; elsewhere it starts a bigram. A
			// character that only adds to the score is not looked for inside bigrams: that would read the postings of
			// every bigram it starts, and the whole run as typed already scores it beside its neighbours.
			String c = ChineseFolding.fold(unit.text);
			List<Query> perField = new ArrayList<>();
			for (String field : SearchSchema.TEXT_FIELDS) {
				Query alone = new TermQuery(new Term(field, c));
				Query either = unit.required ? new BooleanQuery.Builder().add(alone, Occur.SHOULD)
						.add(new PrefixQuery(new Term(field, c)), Occur.SHOULD).build() : alone;
				perField.add(new BoostQuery(either, SearchSchema.weight(field)));
			}
			return anyOf(perField);
		}
		return fieldsQuery(unit.tokens, 0);
	}

	private static Query fieldsQuery(List<Token> tokens, int slop) {
		List<Query> perField = new ArrayList<>();
		for (String field : SearchSchema.TEXT_FIELDS) {
			perField.add(new BoostQuery(fieldQuery(field, tokens, slop), SearchSchema.weight(field)));
		}
		return anyOf(perField);
	}

	/**
	 * The fields' scores summed. Not a DisjunctionMaxQuery: Lucene skips whole blocks of documents that cannot reach the
	 * top hits for a plain disjunction, and at a million 件 with most of them matching, that is what keeps a query in
	 * milliseconds.
	 */
	private static Query anyOf(List<Query> perField) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		perField.forEach(q -> any.add(q, Occur.SHOULD));
		return any.build();
	}

	private static Query fieldQuery(String field, List<Token> tokens, int slop) {
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0).term));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		int first = tokens.get(0).position;
		for (Token token : tokens) {
			phrase.add(new Term(field, token.term), token.position - first);
		}
		phrase.setSlop(slop);
		return phrase.build();
	}

	/** The required words in the order typed, near one another. */
	private static Query near(List<Unit> units) {
		List<Token> all = new ArrayList<>();
		int position = 0;
		for (Unit unit : units) {
			int base = unit.tokens.isEmpty() ? 0 : unit.tokens.get(0).position;
			int last = position;
			for (Token token : unit.tokens) {
				last = position + token.position - base;
				all.add(new Token(token.term, last));
			}
			position = last + 2;
		}
		return fieldsQuery(all, NEAR_SLOP);
	}

	private static void addHighlights(Unit unit, List<String> highlights) {
		String folded = ChineseFolding.fold(unit.text).strip();
		if (unit.cjk || unit.tokens.size() > 1 && !folded.isEmpty()) {
			highlights.add(folded);
			String closed = folded.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!unit.cjk && !closed.equals(folded)) {
				highlights.add(closed); // MBO 报表 is also written MBO报表
			}
		} else {
			for (Token token : unit.tokens) {
				highlights.add(token.term);
			}
		}
	}

	static List<Token> analyze(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(SearchSchema.CONTENT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position));
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	/** Han, kana and hangul: what the bigram chain pairs up. */
	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}
}
