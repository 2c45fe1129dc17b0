package org.officebench.search.index;

import java.util.List;

import org.officebench.search.analysis.ChineseFolding;

/**
 * 文种: the kind of document a title names at its end (关于……的通知, ……会议纪要, ……管理制度): the 15 kinds of the
 * 党政机关公文处理工作条例 and those an enterprise office files most (会议纪要 is 纪要, 实施细则 is 细则). Titles are folded first, so
 * 會議紀要 is 纪要 too.
 */
public final class Genres {

	/** For a title that names none of them. */
	public static final String OTHER = "other"; //$NON-NLS-1$

	private static final List<String> KNOWN = List.of("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要", "函", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"制度", "办法", "规定", "细则", "规程", "规则", "章程", "条例", "方案", "计划", "总结", "指引", "合同", "协议", "报表", "台账", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"记录", "汇编", "流程"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Genres() {
	}

	/** The 文种 a title ends with (its last word, ignoring a file extension, brackets and punctuation), or {@link #OTHER}. */
	public static String of(String title) {
		if (title == null) {
			return OTHER;
		}
		String t = ChineseFolding.fold(title.strip());
		t = t.replaceFirst("\\.[a-z0-9]{2,4}$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		// trailing (终稿), 〔2025〕, 【副本】, punctuation
		t = t.replaceAll("([\\(（\\[【〔《<][^\\)）\\]】〕》>]*[\\)）\\]】〕》>]|[\\p{P}\\p{S}\\s\\d])+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		for (String genre : KNOWN) {
			if (t.endsWith(genre)) {
				return genre;
			}
		}
		return OTHER;
	}
}
