package org.officebench.core.archive.table;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.officebench.core.Labels;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.eclipse.emf.ecore.EAttribute;

/**
 * The columns of the 归档文件目录 (DA/T 22-2015 appendix), plus the three parts of the class. 件号 stands for the
 * 序号 column of the printed catalogue; the table's row header counts the rows shown.
 */
public enum CatalogueColumn {
	ITEM_NUMBER(Kind.NUMBER, Literals.ARCHIVE_ITEM__ITEM_NUMBER),
	ARCHIVAL_CODE(Kind.TEXT, Literals.ARCHIVE_ITEM__ARCHIVAL_CODE),
	DOCUMENT_NUMBER(Kind.TEXT, Literals.ARCHIVE_ITEM__DOCUMENT_NUMBER),
	RESPONSIBLE(Kind.TEXT, Literals.ARCHIVE_ITEM__RESPONSIBLE),
	TITLE(Kind.TEXT, Literals.ARCHIVE_ITEM__TITLE),
	DATE(Kind.DATE, Literals.ARCHIVE_ITEM__DATE),
	SECURITY_LEVEL(Kind.CHOICE, Literals.ARCHIVE_ITEM__SECURITY_LEVEL),
	PAGES(Kind.NUMBER, Literals.ARCHIVE_ITEM__PAGES),
	REMARKS(Kind.TEXT, Literals.ARCHIVE_ITEM__REMARKS),
	RETENTION(Kind.CHOICE, Literals.ARCHIVE_ITEM__RETENTION),
	ORGANIZATION(Kind.TEXT, Literals.ARCHIVE_ITEM__ORGANIZATION_CODE),
	YEAR(Kind.NUMBER, Literals.ARCHIVE_ITEM__YEAR);

	/** How a column sorts and filters. */
	public enum Kind {
		/** Free text: sorted by UTF-16 code unit (code point order for Chinese), filtered by "contains". */
		TEXT,
		/** Whole numbers: sorted numerically; filter by exact value, range or comparison. */
		NUMBER,
		/** Dates as YYYYMMDD: filter by day, month (YYYYMM), year (YYYY), range or comparison. */
		DATE,
		/** An enumeration: sorted in its own order (永久 before 30年), filtered by "contains" on its label. */
		CHOICE
	}

	private final Kind kind;
	private final EAttribute attribute;

	CatalogueColumn(Kind kind, EAttribute attribute) {
		this.kind = kind;
		this.attribute = attribute;
	}

	public Kind kind() {
		return kind;
	}

	/** The model attribute this column shows (for {@code SetCommand}s). */
	public EAttribute attribute() {
		return attribute;
	}

	/** 档号 and 件号 come from the numbering, never typed. */
	public boolean isEditable() {
		return this != ITEM_NUMBER && this != ARCHIVAL_CODE;
	}

	/** The text shown in a cell. */
	public String text(ArchiveItem item) {
		return kind == Kind.TEXT ? blank(string(item)) : text(number(item, ZoneId.systemDefault()));
	}

	/** The text shown for a NUMBER, DATE or CHOICE column's {@linkplain #number(ArchiveItem, ZoneId) number}. */
	String text(int number) {
		return switch (this) {
		case ITEM_NUMBER -> number <= 0 ? "" : String.format("%04d", number); //$NON-NLS-1$ //$NON-NLS-2$
		case DATE, PAGES, YEAR -> number <= 0 ? "" : Integer.toString(number); //$NON-NLS-1$
		case SECURITY_LEVEL -> Labels.securityLevel(SecurityLevel.get(number));
		case RETENTION -> Labels.retention(RetentionPeriod.get(number));
		default -> throw new IllegalStateException(name());
		};
	}

	/** The string a TEXT column sorts and filters by ({@code null} when empty). */
	String string(ArchiveItem item) {
		return switch (this) {
		case ARCHIVAL_CODE -> item.getArchivalCode();
		case DOCUMENT_NUMBER -> item.getDocumentNumber();
		case RESPONSIBLE -> item.getResponsible();
		case TITLE -> item.getTitle();
		case REMARKS -> item.getRemarks();
		case ORGANIZATION -> item.getOrganizationCode();
		default -> throw new IllegalStateException(name());
		};
	}

	/** The number a NUMBER, DATE or CHOICE column sorts and filters by. */
	int number(ArchiveItem item, ZoneId zone) {
		return switch (this) {
		case ITEM_NUMBER -> item.getItemNumber();
		case PAGES -> item.getPages();
		case YEAR -> item.getYear();
		case DATE -> dayOf(item.getDate(), zone);
		case SECURITY_LEVEL -> item.getSecurityLevel() == null ? -1 : item.getSecurityLevel().getValue();
		case RETENTION -> item.getRetention() == null ? -1 : item.getRetention().getValue();
		default -> throw new IllegalStateException(name());
		};
	}

	/** A date as the number YYYYMMDD in the local time zone, 0 for none. */
	public static int dayOf(Date date) {
		return dayOf(date, ZoneId.systemDefault());
	}

	static int dayOf(Date date, ZoneId zone) {
		if (date == null) {
			return 0;
		}
		LocalDate day = LocalDate.ofInstant(date.toInstant(), zone);
		return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
	}

	private static String blank(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
