package org.officebench.search;

import java.util.List;

import org.officebench.search.analysis.TextMatches;

/**
 * The whole indexed text of one result with every match, for a preview pane.
 *
 * @param matches      every match of the query in {@code text}, in order
 * @param segments     where each part of {@code text} comes from (files, articles, items, steps)
 * @param titleMatches the matches in the title
 */
public record Preview(String uid, String title, String text, List<TextMatches.Range> matches, List<Segment> segments,
		List<TextMatches.Range> titleMatches) {

	/** The location of the part of the text at {@code offset}. */
	public Location locationAt(int offset) {
		return Segment.at(segments, offset);
	}
}
