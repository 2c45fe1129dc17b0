package org.officebench.archive.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.util.Json;

/**
 * The result of a 四性检测 (DA/T 70-2018) over one or more catalogues: the findings, and per check how many items were
 * checked and passed. Immutable. {@link #columns()} and {@link #rows()} give it as a plain table for any writer
 * (XLSX, PDF); {@link #jsonLines()} as JSON lines.
 */
public final class VerificationReport {

	/** A catalogue that was verified. */
	public record CatalogueRef(String documentId, String title, String fondsCode, int items) {
	}

	private final List<CatalogueRef> catalogues;
	private final List<Finding> findings;
	private final Map<Check, CheckSummary> summaries;
	private final int files;
	private final boolean canceled;
	private final Instant time;

	VerificationReport(List<CatalogueRef> catalogues, List<Finding> findings, Map<Check, CheckSummary> summaries, int files,
			boolean canceled, Instant time) {
		this.catalogues = List.copyOf(catalogues);
		this.findings = List.copyOf(findings);
		EnumMap<Check, CheckSummary> all = new EnumMap<>(Check.class);
		for (Check check : Check.values()) {
			all.put(check, summaries.getOrDefault(check, new CheckSummary(check, 0, 0, 0, 0)));
		}
		this.summaries = Collections.unmodifiableMap(all);
		this.files = files;
		this.canceled = canceled;
		this.time = time;
	}

	public List<CatalogueRef> catalogues() {
		return catalogues;
	}

	/** In the order found: catalogue by catalogue, item by item, then the repository-wide findings. */
	public List<Finding> findings() {
		return findings;
	}

	public List<Finding> findings(Check check) {
		return findings.stream().filter(f -> f.check() == check).toList();
	}

	/** Per check, in the order of {@link Check}. */
	public Map<Check, CheckSummary> summaries() {
		return summaries;
	}

	public CheckSummary summary(Check check) {
		return summaries.get(check);
	}

	/** Items verified, over all catalogues. */
	public int items() {
		return catalogues.stream().mapToInt(CatalogueRef::items).sum();
	}

	/** Stored files the items refer to (destroyed items left out). */
	public int files() {
		return files;
	}

	/** Whether the run was stopped before every item was checked. */
	public boolean isCanceled() {
		return canceled;
	}

	/** When the check ran. */
	public Instant time() {
		return time;
	}

	public int errors() {
		return (int) findings.stream().filter(Finding::isError).count();
	}

	public int warnings() {
		return findings.size() - errors();
	}

	/** All four checks passed (warnings allowed) and the run was complete. */
	public boolean isPassed() {
		return !canceled && errors() == 0;
	}

	/** The titles of {@link #rows()}, in the current language. */
	public static List<String> columns() {
		return List.of(Messages.Column_check, Messages.Column_severity, Messages.Column_code, Messages.Column_finding,
				Messages.Column_action, Messages.Column_file, Messages.Column_catalogue);
	}

	/** One row per finding, the cells in the order of {@link #columns()}; never {@code null} cells. */
	public List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			rows.add(List.of(f.check().label(), f.severity().label(), nz(f.archivalCode()), f.found(), f.action(),
					nz(f.fileName()), nz(f.catalogue())));
		}
		return rows;
	}

	/** The titles of {@link #summaryRows()}. */
	public static List<String> summaryColumns() {
		return List.of(Messages.Column_check, Messages.Column_result, Messages.Column_checked, Messages.Column_passed,
				Messages.Column_errors, Messages.Column_warnings);
	}

	/** One row per check. */
	public List<List<String>> summaryRows() {
		List<List<String>> rows = new ArrayList<>();
		for (CheckSummary s : summaries.values()) {
			rows.add(List.of(s.check().label(), s.isPassed() ? Messages.Result_passed : Messages.Result_failed,
					Integer.toString(s.checked()), Integer.toString(s.passed()), Integer.toString(s.errors()),
					Integer.toString(s.warnings())));
		}
		return rows;
	}

	/** One line for people per check, e.g. 真实性：通过。检测 5 件，通过 5 件，错误 0 条，警告 0 条. */
	public String summaryLine(Check check) {
		CheckSummary s = summary(check);
		return NLS.bind(Messages.Summary_line, new Object[] { check.label(), s.isPassed() ? Messages.Result_passed : Messages.Result_failed,
				Integer.toString(s.checked()), Integer.toString(s.passed()), Integer.toString(s.errors()), Integer.toString(s.warnings()) });
	}

	/** The overall result for people. */
	public String resultLine() {
		if (canceled) {
			return Messages.Summary_canceled;
		}
		return NLS.bind(isPassed() ? Messages.Summary_passed : Messages.Summary_failed,
				new Object[] { Integer.toString(catalogues.size()), Integer.toString(items()), Integer.toString(files()),
						Integer.toString(errors()), Integer.toString(warnings()) });
	}

	/** One JSON object per finding ({@code "type":"finding"}), then one summary object ({@code "type":"summary"}). */
	public List<String> jsonLines() {
		List<String> lines = new ArrayList<>(findings.size() + 1);
		for (Finding f : findings) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("type", "finding"); //$NON-NLS-1$ //$NON-NLS-2$
			fields.put("check", f.check().key()); //$NON-NLS-1$
			fields.put("severity", f.severity().key()); //$NON-NLS-1$
			fields.put("kind", f.kind().name()); //$NON-NLS-1$
			fields.put("archivalCode", f.archivalCode()); //$NON-NLS-1$
			fields.put("file", f.fileName()); //$NON-NLS-1$
			fields.put("documentId", f.documentId()); //$NON-NLS-1$
			fields.put("catalogue", f.catalogue()); //$NON-NLS-1$
			fields.put("finding", f.found()); //$NON-NLS-1$
			fields.put("action", f.action()); //$NON-NLS-1$
			lines.add(Json.object(fields));
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("type", "summary"); //$NON-NLS-1$ //$NON-NLS-2$
		summary.put("passed", isPassed()); //$NON-NLS-1$
		summary.put("canceled", canceled); //$NON-NLS-1$
		summary.put("catalogues", catalogues.size()); //$NON-NLS-1$
		summary.put("items", items()); //$NON-NLS-1$
		summary.put("files", files); //$NON-NLS-1$
		summary.put("errors", errors()); //$NON-NLS-1$
		summary.put("warnings", warnings()); //$NON-NLS-1$
		for (CheckSummary s : summaries.values()) {
			String key = s.check().key();
			summary.put(key + "Passed", s.isPassed()); //$NON-NLS-1$
			summary.put(key + "Checked", s.checked()); //$NON-NLS-1$
			summary.put(key + "ItemsPassed", s.passed()); //$NON-NLS-1$
			summary.put(key + "Errors", s.errors()); //$NON-NLS-1$
			summary.put(key + "Warnings", s.warnings()); //$NON-NLS-1$
		}
		summary.put("time", time.toString()); //$NON-NLS-1$
		lines.add(Json.object(summary));
		return lines;
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
