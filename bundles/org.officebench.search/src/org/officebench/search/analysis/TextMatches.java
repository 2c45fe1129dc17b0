package org.officebench.search.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the words of a query are in a text: found in the {@link ChineseFolding folded} text, so 會議紀要 marks where
 * 会议纪要 was searched, and reported as offsets into the original (folding keeps the length). Latin words and numbers
 * match whole words only ({@code art} does not mark {@code start}); Chinese has no word boundaries to respect.
 */
public final class TextMatches {

	/** A match: [start, end) in the text. */
	public record Range(int start, int end) {
		public int length() {
			return end - start;
		}
	}

	/** Text cut around the best matches, with the matches as offsets into {@link #text()}. */
	public record Snippet(String text, List<Range> highlights, int offsetInSource) {
		/** The snippet with each match between 【 and 】, for a terminal. */
		public String marked(String open, String close) {
			StringBuilder out = new StringBuilder(text.length() + highlights.size() * 2);
			int at = 0;
			for (Range range : highlights) {
				out.append(text, at, range.start).append(open).append(text, range.start, range.end).append(close);
				at = range.end;
			}
			return out.append(text, at, text.length()).toString();
		}
	}

	private TextMatches() {
	}

	/** A match of the word at {@code word} in the list searched for. */
	private record Match(int start, int end, int word) {
	}

	/** All matches of any of the (folded) words, sorted, overlaps merged. */
	public static List<Range> find(String text, List<String> words) {
		return merge(matches(text, words));
	}

	private static List<Match> matches(String text, List<String> words) {
		if (text == null || text.isEmpty() || words.isEmpty()) {
			return new ArrayList<>();
		}
		String folded = ChineseFolding.fold(text);
		List<Match> found = new ArrayList<>();
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			if (word.isEmpty()) {
				continue;
			}
			boolean wordStart = isWordChar(word.charAt(0));
			boolean wordEnd = isWordChar(word.charAt(word.length() - 1));
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				int end = at + word.length();
				if (wordStart && at > 0 && isWordChar(folded.charAt(at - 1)) || wordEnd && end < folded.length() && isWordChar(folded.charAt(end))) {
					continue; // art inside start
				}
				found.add(new Match(at, end, w));
			}
		}
		found.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
		return found;
	}

	private static boolean isWordChar(char c) {
		return c < 0x3000 && Character.isLetterOrDigit(c);
	}

	private static List<Range> merge(List<Match> matches) {
		List<Range> merged = new ArrayList<>();
		for (Match match : matches) {
			if (!merged.isEmpty() && match.start <= merged.get(merged.size() - 1).end) {
				Range last = merged.remove(merged.size() - 1);
				merged.add(new Range(last.start, Math.max(last.end, match.end)));
			} else {
				merged.add(new Range(match.start, match.end));
			}
		}
		return merged;
	}

	/**
	 * The window of about {@code length} characters with the most different words matched, the tightest such window
	 * first (so the word itself wins over its parts scattered before it), started at a sentence or line break shortly
	 * before its first match when there is one. Line breaks become spaces. Without a match, the beginning of the text.
	 */
	public static Snippet snippet(String text, List<String> words, int length) {
		if (text == null) {
			return new Snippet("", List.of(), 0); //$NON-NLS-1$
		}
		List<Match> matches = matches(text, words);
		if (matches.isEmpty()) {
			return cut(text, 0, Math.min(text.length(), length), List.of());
		}
		int bestFirst = 0;
		int bestDistinct = -1;
		int bestSpan = Integer.MAX_VALUE;
		java.util.BitSet distinct = new java.util.BitSet();
		for (int i = 0; i < matches.size() && i < 5000; i++) {
			int limit = matches.get(i).start + length;
			distinct.clear();
			int last = matches.get(i).end;
			for (int j = i; j < matches.size() && matches.get(j).end <= limit; j++) {
				if (!distinct.get(matches.get(j).word)) {
					distinct.set(matches.get(j).word);
					last = Math.max(last, matches.get(j).end);
				}
			}
			int count = distinct.cardinality();
			int span = last - matches.get(i).start;
			if (count > bestDistinct || count == bestDistinct && span < bestSpan) {
				bestFirst = i;
				bestDistinct = count;
				bestSpan = span;
			}
		}
		int first = matches.get(bestFirst).start;
		int start = first;
		int lead = Math.min(length / 4, 30);
		for (int i = first - 1; i >= Math.max(0, first - lead); i--) {
			char c = text.charAt(i);
			if (c == '\n' || c == '。' || c == '；' || c == '！' || c == '？' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
				start = i + 1;
				break;
			}
			start = i;
		}
		int end = Math.min(text.length(), start + length);
		if (end - start < length) {
			start = Math.max(0, end - length);
		}
		if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
			start--;
		}
		if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
			end++;
		}
		List<Range> inside = new ArrayList<>();
		for (Range range : merge(matches)) {
			if (range.start >= start && range.end <= end) {
				inside.add(new Range(range.start - start, range.end - start));
			}
		}
		return cut(text, start, end, inside);
	}

	private static Snippet cut(String text, int start, int end, List<Range> highlights) {
		char[] chars = text.substring(start, end).toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] == '\n' || chars[i] == '\r' || chars[i] == '\t') {
				chars[i] = ' ';
			}
		}
		return new Snippet(new String(chars), List.copyOf(highlights), start);
	}
}
