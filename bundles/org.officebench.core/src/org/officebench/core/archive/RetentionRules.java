package org.officebench.core.archive;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.archive.RetentionSchedule.Row;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.RetentionRule;

/**
 * Edits of a 全宗's 保管期限表 ({@link ArchiveCatalogue#getRetentionRules()}) as commands for the document's command
 * stack. Rows are addressed by their position in the table as shown ({@link #entries}).
 * <p>
 * A catalogue without rules uses the shipped default table. Its first edit copies the default rows in, changed as
 * asked, within the same command: one undo gives back exactly the catalogue without rules. A command that would
 * change nothing is not executable (a command stack does not run it, so the document does not become dirty).
 */
public final class RetentionRules {

	/**
	 * A row of the table as shown: as stored, so a rule that is not valid (only a file edited by hand can hold one)
	 * is shown with its problem.
	 *
	 * @param index          position in the table, from 0
	 * @param shippedDefault true while the catalogue has no rules of its own and the default table is shown
	 * @param problem        why the row is not used, or null
	 */
	public record Entry(int index, String kind, String keywords, RetentionPeriod retention, boolean shippedDefault,
			String problem) {
	}

	private RetentionRules() {
	}

	/** The table as the 全宗设置 page shows it. */
	public static List<Entry> entries(ArchiveCatalogue catalogue) {
		List<Entry> entries = new ArrayList<>();
		if (catalogue.getRetentionRules().isEmpty()) {
			for (Row row : RetentionSchedule.loadDefault().rows()) {
				entries.add(new Entry(entries.size(), row.kind(), row.keywordText(), row.retention(), true, null));
			}
			return entries;
		}
		for (RetentionRule rule : catalogue.getRetentionRules()) {
			String problem = null;
			try {
				Row.of(rule);
			} catch (IllegalArgumentException e) {
				problem = e.getMessage();
			}
			entries.add(new Entry(entries.size(), nz(rule.getKind()), nz(rule.getKeywords()), rule.getRetention(), false, problem));
		}
		return entries;
	}

	/** A new rule holding a row, keywords joined by 、. */
	public static RetentionRule rule(Row row) {
		RetentionRule rule = OfficeBenchFactory.eINSTANCE.createRetentionRule();
		rule.setKind(row.kind());
		rule.setKeywords(row.keywordText());
		rule.setRetention(row.retention());
		return rule;
	}

	/** New rules holding the shipped default table. */
	public static List<RetentionRule> defaultRules() {
		return RetentionSchedule.loadDefault().rows().stream().map(RetentionRules::rule).toList();
	}

	/**
	 * Gives a catalogue that is not yet in a document (a new one) the default table as its own, so that later changes
	 * of the shipped default do not change it.
	 */
	public static void fillWithDefault(ArchiveCatalogue catalogue) {
		if (catalogue.getRetentionRules().isEmpty()) {
			catalogue.getRetentionRules().addAll(defaultRules());
		}
	}

	/**
	 * Inserts a row at {@code index} (0 to the number of rows).
	 *
	 * @throws ArchiveRuleException when the row is not valid (an empty kind, no keyword, a | …), saying why
	 */
	public static Command add(EditingDomain domain, ArchiveCatalogue catalogue, int index, String kind, String keywords,
			RetentionPeriod retention) throws ArchiveRuleException {
		Row row = validRow(index, kind, keywords, retention);
		int size = size(catalogue);
		checkIndex(index, size + 1);
		if (catalogue.getRetentionRules().isEmpty()) {
			List<Row> rows = new ArrayList<>(defaultRows());
			rows.add(index, row);
			return copyIn(domain, catalogue, rows, Messages.Rule_add);
		}
		return labelled(Messages.Rule_add, AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__RETENTION_RULES, rule(row), index));
	}

	/**
	 * Removes the row at {@code index}.
	 *
	 * @throws ArchiveRuleException for the last row: a table without rows would mean the shipped default
	 */
	public static Command remove(EditingDomain domain, ArchiveCatalogue catalogue, int index) throws ArchiveRuleException {
		int size = size(catalogue);
		checkIndex(index, size);
		if (size == 1) {
			throw new ArchiveRuleException(Messages.Rule_lastRow);
		}
		String label = NLS.bind(Messages.Rule_remove, index + 1);
		if (catalogue.getRetentionRules().isEmpty()) {
			List<Row> rows = new ArrayList<>(defaultRows());
			rows.remove(index);
			return copyIn(domain, catalogue, rows, label);
		}
		return labelled(label, RemoveCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__RETENTION_RULES,
				catalogue.getRetentionRules().get(index)));
	}

	/** Moves the row at {@code from} to position {@code to}; not executable when they are the same. */
	public static Command move(EditingDomain domain, ArchiveCatalogue catalogue, int from, int to) {
		int size = size(catalogue);
		checkIndex(from, size);
		checkIndex(to, size);
		if (from == to) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = NLS.bind(Messages.Rule_move, from + 1);
		if (catalogue.getRetentionRules().isEmpty()) {
			List<Row> rows = new ArrayList<>(defaultRows());
			rows.add(to, rows.remove(from));
			return copyIn(domain, catalogue, rows, label);
		}
		return labelled(label, MoveCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__RETENTION_RULES,
				catalogue.getRetentionRules().get(from), to));
	}

	/**
	 * Changes the row at {@code index} to these fields (keywords as written, separated by 、); not executable when
	 * the row already reads so.
	 *
	 * @throws ArchiveRuleException when the changed row would not be valid, saying why; nothing changes then
	 */
	public static Command edit(EditingDomain domain, ArchiveCatalogue catalogue, int index, String kind, String keywords,
			RetentionPeriod retention) throws ArchiveRuleException {
		checkIndex(index, size(catalogue));
		Row row = validRow(index, kind, keywords, retention);
		String label = NLS.bind(Messages.Rule_edit, index + 1);
		if (catalogue.getRetentionRules().isEmpty()) {
			List<Row> rows = new ArrayList<>(defaultRows());
			if (rows.get(index).equals(row)) {
				return UnexecutableCommand.INSTANCE;
			}
			rows.set(index, row);
			return copyIn(domain, catalogue, rows, label);
		}
		RetentionRule rule = catalogue.getRetentionRules().get(index);
		CompoundCommand compound = new CompoundCommand(label);
		if (!row.kind().equals(rule.getKind())) {
			compound.append(SetCommand.create(domain, rule, Literals.RETENTION_RULE__KIND, row.kind()));
		}
		if (!row.keywordText().equals(rule.getKeywords())) {
			compound.append(SetCommand.create(domain, rule, Literals.RETENTION_RULE__KEYWORDS, row.keywordText()));
		}
		if (row.retention() != rule.getRetention()) {
			compound.append(SetCommand.create(domain, rule, Literals.RETENTION_RULE__RETENTION, row.retention()));
		}
		return compound.isEmpty() ? UnexecutableCommand.INSTANCE : compound;
	}

	/** Changes the 类目 of one row, keeping its keywords and retention; see {@link #edit}. */
	public static Command setKind(EditingDomain domain, ArchiveCatalogue catalogue, int index, String kind) throws ArchiveRuleException {
		Entry entry = entry(catalogue, index);
		return edit(domain, catalogue, index, kind, entry.keywords(), entry.retention());
	}

	/** Changes the keywords of one row (as written, separated by 、); see {@link #edit}. */
	public static Command setKeywords(EditingDomain domain, ArchiveCatalogue catalogue, int index, String keywords)
			throws ArchiveRuleException {
		Entry entry = entry(catalogue, index);
		return edit(domain, catalogue, index, entry.kind(), keywords, entry.retention());
	}

	/** Changes the retention period of one row; see {@link #edit}. */
	public static Command setRetention(EditingDomain domain, ArchiveCatalogue catalogue, int index, RetentionPeriod retention)
			throws ArchiveRuleException {
		Entry entry = entry(catalogue, index);
		return edit(domain, catalogue, index, entry.kind(), entry.keywords(), retention);
	}

	/** 恢复默认表: the rows become copies of the shipped default; not executable when they already are. */
	public static Command restoreDefault(EditingDomain domain, ArchiveCatalogue catalogue) {
		List<RetentionRule> defaults = defaultRules();
		if (catalogue.getRetentionRules().isEmpty() || EcoreUtil.equals(catalogue.getRetentionRules(), defaults)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand compound = new CompoundCommand(Messages.Rule_restore);
		compound.append(RemoveCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__RETENTION_RULES,
				new ArrayList<>(catalogue.getRetentionRules())));
		compound.append(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__RETENTION_RULES, defaults));
		return compound;
	}

	private static Entry entry(ArchiveCatalogue catalogue, int index) {
		List<Entry> entries = entries(catalogue);
		checkIndex(index, entries.size());
		return entries.get(index);
	}

	private static Row validRow(int index, String kind, String keywords, RetentionPeriod retention) throws ArchiveRuleException {
		try {
			return Row.of(kind, keywords, retention);
		} catch (IllegalArgumentException e) {
			throw new ArchiveRuleException(NLS.bind(Messages.Schedule_line, Integer.toString(index + 1), e.getMessage()));
		}
	}

	/** The catalogue has no rules yet: one command puts the (changed) default rows in. */
	private static Command copyIn(EditingDomain domain, ArchiveCatalogue catalogue, List<Row> rows, String label) {
		List<RetentionRule> rules = rows.stream().map(RetentionRules::rule).toList();
		return labelled(label, AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__RETENTION_RULES, rules));
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}

	private static List<Row> defaultRows() {
		return RetentionSchedule.loadDefault().rows();
	}

	private static int size(ArchiveCatalogue catalogue) {
		int own = catalogue.getRetentionRules().size();
		return own == 0 ? defaultRows().size() : own;
	}

	private static void checkIndex(int index, int size) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException(index + " / " + size); //$NON-NLS-1$
		}
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
