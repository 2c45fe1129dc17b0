package org.officebench.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every match, the values of some keyword fields (their sorted-set doc values), and the matches. Ordinals
 * are counted per segment and turned into values once at the end.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counter, FacetCounter.Counts> {

	/** field → value → count, and the number of matches. */
	record Counts(Map<String, Map<String, Integer>> values, long matches) {
	}

	private record LeafCounts(String field, SortedSetDocValues values, int[] counts) {
	}

	private final List<String> fields;

	FacetCounter(List<String> fields) {
		this.fields = List.copyOf(fields);
	}

	final class Counter implements Collector {
		final List<LeafCounts> leaves = new ArrayList<>();
		long matches;

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			List<LeafCounts> here = new ArrayList<>();
			for (String field : fields) {
				SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field);
				LeafCounts counts = new LeafCounts(field, values, new int[(int) Math.min(Integer.MAX_VALUE - 8, values.getValueCount())]);
				here.add(counts);
				leaves.add(counts);
			}
			return new LeafCollector() {
				@Override
				public void setScorer(Scorable scorer) {
					// counts need no scores
				}

				@Override
				public void collect(int doc) throws IOException {
					matches++;
					for (LeafCounts leaf : here) {
						if (leaf.values.advanceExact(doc)) {
							for (int i = 0, n = leaf.values.docValueCount(); i < n; i++) {
								leaf.counts[(int) leaf.values.nextOrd()]++;
							}
						}
					}
				}
			};
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}
	}

	@Override
	public Counter newCollector() {
		return new Counter();
	}

	@Override
	public Counts reduce(Collection<Counter> collectors) throws IOException {
		Map<String, Map<String, Integer>> values = new HashMap<>();
		for (String field : fields) {
			values.put(field, new HashMap<>());
		}
		long matches = 0;
		for (Counter counter : collectors) {
			matches += counter.matches;
			for (LeafCounts leaf : counter.leaves) {
				Map<String, Integer> byValue = values.get(leaf.field);
				for (int ord = 0; ord < leaf.counts.length; ord++) {
					if (leaf.counts[ord] > 0) {
						byValue.merge(leaf.values.lookupOrd(ord).utf8ToString(), leaf.counts[ord], Integer::sum);
					}
				}
			}
		}
		return new Counts(values, matches);
	}
}
