package org.officebench.archive;

import java.nio.file.Path;
import java.util.Objects;

import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;

/**
 * One file to file (归档), with optional overrides of what {@link FilingService} would otherwise derive. Unset values
 * are {@code null}. Fluent and mutable: build it, then hand it over.
 */
public final class FilingRequest {

	private final Path file;
	private Integer year;
	private RetentionPeriod retention;
	private String organizationCode;
	private String title;
	private String responsible;
	private String documentNumber;
	private SecurityLevel securityLevel;
	private String remarks;

	private FilingRequest(Path file) {
		this.file = Objects.requireNonNull(file);
	}

	public static FilingRequest of(Path file) {
		return new FilingRequest(file);
	}

	/** 年度; default: the year the file was last modified. */
	public FilingRequest year(int value) {
		this.year = value;
		return this;
	}

	/** 保管期限; default: proposed by the retention schedule from the title, else D10. */
	public FilingRequest retention(RetentionPeriod value) {
		this.retention = value;
		return this;
	}

	/** 机构(问题)代码; default: the catalogue's first organisation. */
	public FilingRequest organizationCode(String value) {
		this.organizationCode = value;
		return this;
	}

	/** 题名; default: the file name without its extension. */
	public FilingRequest title(String value) {
		this.title = value;
		return this;
	}

	/** 责任者. */
	public FilingRequest responsible(String value) {
		this.responsible = value;
		return this;
	}

	/** 文号, e.g. 营运〔2025〕12号. */
	public FilingRequest documentNumber(String value) {
		this.documentNumber = value;
		return this;
	}

	/** 密级. */
	public FilingRequest securityLevel(SecurityLevel value) {
		this.securityLevel = value;
		return this;
	}

	/** 备注. */
	public FilingRequest remarks(String value) {
		this.remarks = value;
		return this;
	}

	public Path file() {
		return file;
	}

	public Integer year() {
		return year;
	}

	public RetentionPeriod retention() {
		return retention;
	}

	public String organizationCode() {
		return organizationCode;
	}

	public String title() {
		return title;
	}

	public String responsible() {
		return responsible;
	}

	public String documentNumber() {
		return documentNumber;
	}

	public SecurityLevel securityLevel() {
		return securityLevel;
	}

	public String remarks() {
		return remarks;
	}
}
