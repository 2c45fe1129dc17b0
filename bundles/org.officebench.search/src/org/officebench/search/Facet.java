package org.officebench.search;

/** The facets results are counted and narrowed by, each a keyword field of {@link SearchSchema}. */
public enum Facet {
	/** 全宗. */
	FONDS(SearchSchema.FONDS),
	/** 年度. */
	YEAR(SearchSchema.YEAR),
	/** 保管期限. */
	RETENTION(SearchSchema.RETENTION),
	/** 机构（问题）. */
	ORG(SearchSchema.ORG),
	/** 密级. */
	SECURITY(SearchSchema.SECURITY),
	/** 文种. */
	GENRE(SearchSchema.GENRE),
	/** 档案, 制度, 会议纪要, 流程图. */
	KIND(SearchSchema.KIND);

	private final String field;

	Facet(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}

	/** The facet's name in the current language: 全宗, 年度, 保管期限, 机构, 密级, 文种, 类别. */
	public String title() {
		return switch (this) {
		case FONDS -> Messages.Facet_fonds;
		case YEAR -> Messages.Facet_year;
		case RETENTION -> Messages.Facet_retention;
		case ORG -> Messages.Facet_org;
		case SECURITY -> Messages.Facet_security;
		case GENRE -> Messages.Facet_genre;
		case KIND -> Messages.Facet_kind;
		};
	}

	/**
	 * One value of a facet with the number of results that have it.
	 *
	 * @param value the code that filters ({@code D30}, {@code YYB}, {@code 2024})
	 * @param label for the user (定期30年, YYB 营运部, 2024)
	 */
	public record Count(String value, String label, int count) {
	}
}
