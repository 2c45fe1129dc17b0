package org.officebench.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of an index entry's text: from {@code start} (a char offset into the text) to the next segment's start, it
 * comes from {@code location}. Stored with the entry, one line per segment.
 */
public record Segment(int start, Location location) {

	/** The location at {@code offset}: the last segment starting at or before it; null before the first. */
	public static Location at(List<Segment> segments, int offset) {
		Location found = null;
		for (Segment segment : segments) {
			if (segment.start > offset) {
				break;
			}
			found = segment.location;
		}
		return found;
	}

	public static String encode(List<Segment> segments) {
		StringBuilder out = new StringBuilder();
		for (Segment s : segments) {
			Location l = s.location;
			out.append(s.start).append('\t').append(l.type().name()).append('\t').append(l.number()).append('\t')
					.append(l.subNumber()).append('\t').append(clean(l.anchor())).append('\t').append(clean(l.name())).append('\n');
		}
		return out.toString();
	}

	/** Lines that cannot be read are left out: a location is a help, never a reason to fail a search. */
	public static List<Segment> decode(String text) {
		List<Segment> segments = new ArrayList<>();
		if (text == null) {
			return segments;
		}
		for (String line : text.split("\n")) { //$NON-NLS-1$
			String[] parts = line.split("\t", 6); //$NON-NLS-1$
			if (parts.length < 6) {
				continue;
			}
			try {
				segments.add(new Segment(Integer.parseInt(parts[0]), new Location(Location.Type.valueOf(parts[1]),
						Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), parts[5], parts[4])));
			} catch (IllegalArgumentException e) {
				// an entry of a newer version; skip the line
			}
		}
		return segments;
	}

	private static String clean(String s) {
		return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); //$NON-NLS-1$
	}
}
