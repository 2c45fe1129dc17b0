package org.officebench.search.analysis;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Feeds the tokenizer the {@link ChineseFolding folded} text. Folding keeps the length, so offsets need no correction
 * and highlights land on the original characters.
 */
public final class FoldingCharFilter extends CharFilter {

	public FoldingCharFilter(Reader in) {
		super(in);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = input.read(buffer, offset, length);
		if (n > 0) {
			ChineseFolding.fold(buffer, offset, n);
		}
		return n;
	}

	@Override
	protected int correct(int offset) {
		return offset;
	}
}
