package org.officebench.search.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.officebench.search.SearchSchema;

/** The fingerprints of a catalogue's entries, read from doc values (no stored field, so no text is decompressed). */
final class Fingerprints {

	private Fingerprints() {
	}

	/** uid → fingerprint of every live entry of the document. */
	static Map<String, String> of(DirectoryReader reader, String documentId) throws IOException {
		Map<String, String> result = new HashMap<>();
		Term term = new Term(SearchSchema.DOCUMENT_ID, documentId);
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader r = leaf.reader();
			PostingsEnum docs = r.postings(term, PostingsEnum.NONE);
			if (docs == null) {
				continue;
			}
			Bits live = r.getLiveDocs();
			BinaryDocValues fingerprints = DocValues.getBinary(r, SearchSchema.FINGERPRINT);
			SortedSetDocValues uids = DocValues.getSortedSet(r, SearchSchema.UID);
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (live != null && !live.get(doc) || !uids.advanceExact(doc)) {
					continue;
				}
				String uid = uids.lookupOrd(uids.nextOrd()).utf8ToString();
				String fingerprint = fingerprints.advanceExact(doc) ? fingerprints.binaryValue().utf8ToString() : ""; //$NON-NLS-1$
				result.put(uid, fingerprint);
			}
		}
		return result;
	}
}
