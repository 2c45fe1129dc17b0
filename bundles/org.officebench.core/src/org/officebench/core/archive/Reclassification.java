package org.officebench.core.archive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.DestructionRegister;
import org.officebench.model.Loan;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.VacatedNumber;
import org.officebench.model.OfficeBenchPackage.Literals;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;

/**
 * 调整分类: a 件 whose 年度, 保管期限 or 机构(问题) changes after its 档号 was issued moves to another class, and DA/T 22
 * counts 件号 inside the class. So the move is one undoable command that sets the new class, gives the 件 the next
 * 件号 of its new class and the 档号 that goes with it, and raises that class's counter. The old 档号 is never issued
 * again: the old class's counter keeps (or is raised to) the old number, and the old number is recorded as vacated
 * ({@link VacatedNumber}, with both 档号 and the day) so that the 完整性 check does not report it as 漏号. 备注 keeps the old 档号, the
 * one on the 归档章 and in what cites the 件; a 盒号 is cleared, as boxes hold one class.
 * <p>
 * Refused: a destroyed 件 (its 档号 is what the 销毁清册 records), a 件 out on loan (the borrower holds it under the
 * old 档号, and its 归档章 must be printed again when it is back) and one listed on a 销毁清册 not yet executed. A 件
 * without a 档号 (still pending) just takes the new class, without a number.
 */
public final class Reclassification {

	/**
	 * A move, ready to execute.
	 *
	 * @param from      the old class, {@code null} when the item had none complete
	 * @param oldCode   the 档号 before, {@code null} for a pending item
	 * @param newCode   the 档号 after, {@code null} for a pending item
	 * @param newNumber the 件号 after, 0 for a pending item
	 * @param command   the one command that does it all (execute on the document's command stack)
	 */
	public record Move(ArchiveItem item, ArchiveClass from, ArchiveClass to, String oldCode, String newCode, int oldNumber,
			int newNumber, Command command) {

		/** Whether the 件 gets a new 件号 and 档号 (it had one). */
		public boolean renumbers() {
			return newCode != null;
		}
	}

	private Reclassification() {
	}

	/** Whether changing this attribute of an item moves it to another class: 年度, 保管期限, 机构(问题). */
	public static boolean isClassFeature(EStructuralFeature feature) {
		return feature == Literals.ARCHIVE_ITEM__YEAR || feature == Literals.ARCHIVE_ITEM__RETENTION
				|| feature == Literals.ARCHIVE_ITEM__ORGANIZATION_CODE;
	}

	/**
	 * The move that setting one class attribute ({@link #isClassFeature}) of an item means.
	 *
	 * @param value an Integer for 年度, a {@link RetentionPeriod} for 保管期限, a String for 机构(问题)
	 * @throws ArchiveRuleException when the move is refused or the new class cannot be numbered; the message says why
	 *                              and what to do
	 */
	public static Move plan(EditingDomain domain, ArchiveCatalogue catalogue, ArchiveItem item, EStructuralFeature feature,
			Object value) throws ArchiveRuleException {
		int year = item.getYear();
		RetentionPeriod retention = item.getRetention();
		String org = item.getOrganizationCode();
		if (feature == Literals.ARCHIVE_ITEM__YEAR) {
			year = value == null ? 0 : (Integer) value;
		} else if (feature == Literals.ARCHIVE_ITEM__RETENTION) {
			retention = (RetentionPeriod) value;
		} else if (feature == Literals.ARCHIVE_ITEM__ORGANIZATION_CODE) {
			org = value == null ? null : value.toString().strip();
		} else {
			throw new IllegalArgumentException(String.valueOf(feature));
		}
		return plan(domain, catalogue, item, year, retention, org);
	}

	/**
	 * The move of an item of the catalogue to the class of {@code year}, {@code retention} and {@code org}.
	 *
	 * @throws ArchiveRuleException when the move is refused or the new class cannot be numbered; the message says why
	 *                              and what to do
	 */
	public static Move plan(EditingDomain domain, ArchiveCatalogue catalogue, ArchiveItem item, int year, RetentionPeriod retention,
			String org) throws ArchiveRuleException {
		Objects.requireNonNull(domain);
		if (item.eContainer() != catalogue) {
			throw new IllegalArgumentException("the item is not in the catalogue"); //$NON-NLS-1$
		}
		String label = Appraisals.label(item);
		if (item.isDestroyed()) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_destroyed, label));
		}
		ArchiveClass from = ArchiveClass.of(catalogue, item).orElse(null);
		if (!ItemNumbering.isFixed(item)) {
			return pending(domain, item, from, year, retention, org);
		}
		Loan loan = Lending.openLoan(item);
		if (loan != null) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_onLoan,
					new Object[] { label, nz(loan.getBorrower()), String.valueOf(ArchiveDates.toDay(loan.getDueOn())) }));
		}
		DestructionRegister register = Destruction.pendingRegisterOf(catalogue, item);
		if (register != null) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_onRegister, label, nz(register.getNumber())));
		}
		if (!ArchiveClass.isCode(catalogue.getFondsCode())) {
			throw new ArchiveRuleException(ClassMessages.Move_noFonds);
		}
		if (retention == null) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_noRetention, label));
		}
		if (org == null || org.isBlank()) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_noOrg, label));
		}
		List<String> known = catalogue.getOrganizations().stream().map(Organization::getCode).filter(ArchiveClass::isCode).toList();
		if (!known.isEmpty() && !known.contains(org)) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_unknownOrg, org, String.join(ClassMessages.List_separator, known)));
		}
		ArchiveClass to;
		try {
			to = new ArchiveClass(catalogue.getFondsCode(), year, retention, org);
		} catch (IllegalArgumentException e) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_badClass, e.getMessage()));
		}
		if (to.equals(from)) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_sameClass, label, to));
		}

		ItemNumbering numbering = ItemNumbering.of(catalogue);
		int number = numbering.nextNumber(catalogue, to);
		String code;
		try {
			String category = catalogue.getCategoryCode() == null || catalogue.getCategoryCode().isBlank() ? null
					: catalogue.getCategoryCode().strip();
			code = ArchivalCodeTemplate.of(catalogue).format(new ArchivalCodeTemplate.Parts(to.fonds(), category, to.year(),
					to.retention(), to.org(), number));
		} catch (IllegalArgumentException e) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_badCode, e.getMessage()));
		}
		String oldCode = item.getArchivalCode().strip();
		int oldNumber = item.getItemNumber();

		CompoundCommand command = command(NLS.bind(ClassMessages.Command_move, oldCode, code), item);
		setClass(domain, command, item, year, retention, org);
		command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__ITEM_NUMBER, Integer.valueOf(number)));
		command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__ARCHIVAL_CODE, code));
		String note = NLS.bind(ClassMessages.Move_remark, oldCode, LocalDate.now());
		String remarks = item.getRemarks() == null || item.getRemarks().isBlank() ? note : item.getRemarks().strip() + '\n' + note;
		command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__REMARKS, remarks));
		if (item.getBoxNumber() != 0) {
			command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__BOX_NUMBER, Integer.valueOf(0)));
		}
		raise(domain, command, catalogue, to, number);
		if (from != null && oldNumber > 0) {
			// The old number stays issued: the counter never falls below it, and its vacancy is on record.
			raise(domain, command, catalogue, from, numbering.highWaterMark(from, ItemNumbering.itemsOf(catalogue, from)));
			VacatedNumber vacated = OfficeBenchFactory.eINSTANCE.createVacatedNumber();
			vacated.setClassKey(from.key());
			vacated.setNumber(oldNumber);
			vacated.setArchivalCode(oldCode);
			vacated.setMovedTo(code);
			vacated.setDate(new java.util.Date());
			command.append(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__VACATED_NUMBERS, vacated));
		}
		if (!command.canExecute()) {
			throw new ArchiveRuleException(NLS.bind(ClassMessages.Move_badClass, label));
		}
		return new Move(item, from, to, oldCode, code, oldNumber, number, command);
	}

	/** A pending item (no 档号 yet) takes the class; a provisional number of the old class goes. */
	private static Move pending(EditingDomain domain, ArchiveItem item, ArchiveClass from, int year, RetentionPeriod retention,
			String org) {
		CompoundCommand command = command(NLS.bind(ClassMessages.Command_movePending, Appraisals.label(item)), item);
		setClass(domain, command, item, year, retention, org);
		if (item.getItemNumber() != 0) {
			command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__ITEM_NUMBER, Integer.valueOf(0)));
		}
		ArchiveCatalogue catalogue = (ArchiveCatalogue) item.eContainer();
		ArchiveClass to = null;
		if (ArchiveClass.isCode(catalogue.getFondsCode()) && ArchiveClass.isCode(org) && retention != null && year >= 1000 && year <= 9999) {
			to = new ArchiveClass(catalogue.getFondsCode(), year, retention, org);
		}
		return new Move(item, from, to, null, null, item.getItemNumber(), 0, command);
	}

	private static CompoundCommand command(String label, ArchiveItem item) {
		// The table refreshes the rows of the objects a command affects: that is the item, whatever ran last.
		return new CompoundCommand(label) {
			@Override
			public Collection<?> getAffectedObjects() {
				return List.of(item);
			}
		};
	}

	private static void setClass(EditingDomain domain, CompoundCommand command, ArchiveItem item, int year, RetentionPeriod retention,
			String org) {
		if (item.getYear() != year) {
			command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__YEAR, Integer.valueOf(year)));
		}
		if (item.getRetention() != retention) {
			command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__RETENTION,
					retention == null ? SetCommand.UNSET_VALUE : retention));
		}
		if (!Objects.equals(item.getOrganizationCode(), org)) {
			command.append(SetCommand.create(domain, item, Literals.ARCHIVE_ITEM__ORGANIZATION_CODE,
					org == null || org.isBlank() ? SetCommand.UNSET_VALUE : org));
		}
	}

	/** Raises the counter of a class to {@code number} (adds one if the class has none); never lowers it. */
	private static void raise(EditingDomain domain, CompoundCommand command, ArchiveCatalogue catalogue, ArchiveClass archiveClass,
			int number) {
		NumberCounter counter = counterOf(catalogue, archiveClass).orElse(null);
		if (counter == null) {
			NumberCounter fresh = OfficeBenchFactory.eINSTANCE.createNumberCounter();
			fresh.setClassKey(archiveClass.key());
			fresh.setHighest(number);
			command.append(AddCommand.create(domain, catalogue, Literals.ARCHIVE_CATALOGUE__NUMBER_COUNTERS, fresh));
		} else if (counter.getHighest() < number) {
			command.append(SetCommand.create(domain, counter, Literals.NUMBER_COUNTER__HIGHEST, Integer.valueOf(number)));
		}
	}

	/** The counter of a class; of several (a hand-edited file), the one with the highest mark. */
	private static Optional<NumberCounter> counterOf(ArchiveCatalogue catalogue, ArchiveClass archiveClass) {
		NumberCounter found = null;
		for (NumberCounter counter : catalogue.getNumberCounters()) {
			if (archiveClass.equals(ItemNumbering.classOf(counter).orElse(null)) && (found == null || counter.getHighest() > found.getHighest())) {
				found = counter;
			}
		}
		return Optional.ofNullable(found);
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
