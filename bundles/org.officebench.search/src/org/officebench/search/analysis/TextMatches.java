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

	/** All matches of any of the (folded) words, sorted, overlaps merged. */
	public static List<Range> find(String text, List<String> words) {
		if (text == null || text.isEmpty() || words.isEmpty()) {
			return List.of();
		}
		String folded = ChineseFolding.fold(text);
		List<Range> found = new ArrayList<>();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			boolean whole = isWordChar(word.charAt(0)) || isWordChar(word.charAt(word.length() - 1));
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				int end = at + word.length();
				if (whole && (at > 0 && isWordChar(folded.charAt(at - 1)) && isWordChar(word.charAt(0))
						|| end < folded.length() && isWordChar(folded.charAt(end)) && isWordChar(word.charAt(word.length() - 1)))) {
					continue;
				}
				found.add(new Range(at, end));
			}
		}
		return merge(found);
	}

	private static boolean isWordChar(char c) {
		return c < 0x3000 && Character.isLetterOrDigit(c);
	}

	private static List<Range> merge(List<Range> ranges) {
		ranges.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
		List<Range> merged = new ArrayList<>();
		for (Range range : ranges) {
			if (!merged.isEmpty() && range.start <= merged.get(merged.size() - 1).end) {
				Range last = merged.remove(merged.size() - 1);
				merged.add(new Range(last.start, Math.max(last.end, range.end)));
			} else {
				merged.add(range);
			}
		}
		return merged;
	}

	/**
	 * The window of about {@code length} characters with the most different words matched (then the most matches),
	 * started at a sentence or line break shortly before the first match when there is one. Line breaks become spaces.
	 * Without a match, the beginning of the text.
	 */
	public static Snippet snippet(String text, List<String> words, int length) {
		if (text == null) {
			return new Snippet("", List.of(), 0); //$NON-NLS-1$
		}
		List<Range> matches = find(text, words);
		if (matches.isEmpty()) {
			return cut(text, 0, Math.min(text.length(), length), List.of());
		}
		String folded = ChineseFolding.fold(text);
		int bestFirst = 0;
		int bestDistinct = -1;
		int bestCount = -1;
		for (int i = 0; i < matches.size(); i++) {
			int limit = matches.get(i).start + length;
			java.util.Set<String> distinct = new java.util.HashSet<>();
			int count = 0;
			for (int j = i; j < matches.size() && matches.get(j).end <= limit; j++) {
				distinct.add(folded.substring(matches.get(j).start, matches.get(j).end));
				count++;
			}
			if (distinct.size() > bestDistinct || distinct.size() == bestDistinct && count > bestCount) {
				bestFirst = i;
				bestDistinct = distinct.size();
				bestCount = count;
			}
			if (i > 2000) {
				break; // a very long text full of matches: the first ones do
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
		List<Range> inside = new ArrayList<>();
		for (Range range : matches) {
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
