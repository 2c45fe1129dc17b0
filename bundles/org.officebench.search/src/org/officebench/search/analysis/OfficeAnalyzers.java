package org.officebench.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains of every text field, both behind {@link FoldingCharFilter} (simplified ⇄ traditional,
 * width, case):
 * <ul>
 * <li>{@link #bigrams()}: Lucene's StandardTokenizer and overlapping CJK bigrams (会议纪要 → 会议 议纪 纪要), Latin words and
 * numbers as whole tokens. It finds any run of characters, whether a dictionary knows the word or not: queries match on
 * it.</li>
 * <li>{@link #words()}: smartcn's HMM word segmentation (会议纪要 → 会议 纪要), punctuation dropped. It tells a word from
 * characters that merely stand side by side across a word boundary: queries rank on it.</li>
 * </ul>
 * Analyzers are thread-safe and meant to be shared.
 */
public final class OfficeAnalyzers {

	private static final class Bigrams extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			source.setMaxTokenLength(64);
			return new TokenStreamComponents(source, new CJKBigramFilter(source));
		}

		/** Values of a multi-valued field (file names, 责任者, 文号) never make one phrase together. */
		@Override
		public int getPositionIncrementGap(String fieldName) {
			return 100;
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new FoldingCharFilter(reader);
		}
	}

	private static final class Words extends Analyzer {
		private final CharArraySet punctuation = SmartChineseAnalyzer.getDefaultStopSet();

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new HMMChineseTokenizer();
			TokenStream result = new StopFilter(source, punctuation);
			return new TokenStreamComponents(source, result);
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new FoldingCharFilter(reader);
		}
	}

	private static final class Holder {
		static final Analyzer BIGRAMS = new Bigrams();
		static final Analyzer WORDS = new Words();
	}

	private OfficeAnalyzers() {
	}

	public static Analyzer bigrams() {
		return Holder.BIGRAMS;
	}

	public static Analyzer words() {
		return Holder.WORDS;
	}
}
