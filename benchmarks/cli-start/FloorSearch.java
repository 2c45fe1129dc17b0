import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor of benchmarks/cli-start: what a fresh JVM needs at least to answer one query from a repository's index.
 * Plain class path (lucene-core only), no OSGi, no analyzer: the word is cut into the bigrams the index holds
 * (OfficeBench's chain indexes Chinese as overlapping bigrams) and looked for in 题名, meta and text; the 题名 of the
 * first 20 hits are read from the stored fields and printed, then the number of hits.
 *   java -cp lucene-core.jar:. FloorSearch REPO/index WORD
 */
public final class FloorSearch {

	public static void main(String[] args) throws Exception {
		String word = args[1];
		try (Directory directory = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			for (String field : new String[] { "title", "meta", "content" }) {
				query.add(phrase(field, word), BooleanClause.Occur.SHOULD);
			}
			TopDocs top = searcher.search(query.build(), 20);
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : top.scoreDocs) {
				System.out.println(stored.document(hit.doc).get("title"));
			}
			System.out.println("hits: " + top.totalHits.value());
		}
	}

	private static Query phrase(String field, String word) {
		if (word.length() < 2) {
			return new TermQuery(new Term(field, word));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		for (int i = 0; i + 2 <= word.length(); i++) {
			phrase.add(new Term(field, word.substring(i, i + 2)), i);
		}
		return phrase.build();
	}
}
