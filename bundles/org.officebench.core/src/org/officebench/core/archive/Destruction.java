package org.officebench.core.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.AuditLog;
import org.officebench.model.AppraisalDecision;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.DestructionRegister;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage;

/**
 * 销毁: items decided 销毁 go on a 销毁清册, which destroys them only once at least two different people have signed
 * it (domain.md, 鉴定销毁). Destroying keeps the item's catalogue row, its 档号 and its files in the content store
 * (so its 件号 is never issued again, see {@link ItemNumbering}); it sets {@code destroyed} and {@code destroyedOn}.
 * An executed register is kept for ever: it cannot be deleted, and saving it writes an entry in the audit log
 * ({@link #recordExecuted}).
 */
public final class Destruction {

	/** The fewest different people who must sign a register before it is executed. */
	public static final int MIN_SIGNATORIES = 2;

	/** The audit log action of an executed register. */
	public static final String AUDIT_ACTION = "destruction-register"; //$NON-NLS-1$

	private static final Pattern NUMBER = Pattern.compile("XH-(\\d{4})-(\\d{3,})"); //$NON-NLS-1$

	private Destruction() {
	}

	/** Whether the register was executed: signed by enough people (signatures are written only on execution). */
	public static boolean isExecuted(DestructionRegister register) {
		return Appraisals.names(register.getSignatories()).size() >= MIN_SIGNATORIES;
	}

	/** The register not yet executed that lists the item, or null. */
	public static DestructionRegister pendingRegisterOf(ArchiveCatalogue catalogue, ArchiveItem item) {
		for (DestructionRegister register : catalogue.getDestructionRegisters()) {
			if (!isExecuted(register) && register.getItems().contains(item)) {
				return register;
			}
		}
		return null;
	}

	/** Items decided 销毁, not destroyed, and on no register yet: what a new register may list, in catalogue order. */
	public static List<ArchiveItem> candidates(ArchiveCatalogue catalogue) {
		List<ArchiveItem> items = new ArrayList<>();
		for (ArchiveItem item : catalogue.getItems()) {
			if (!item.isDestroyed() && Appraisals.decision(item) == AppraisalDecision.DESTROY
					&& pendingRegisterOf(catalogue, item) == null) {
				items.add(item);
			}
		}
		return items;
	}

	/** The next free register number of a year: {@code XH-2026-001}, one more than the highest of that year. */
	public static String nextNumber(ArchiveCatalogue catalogue, int year) {
		int highest = 0;
		for (DestructionRegister register : catalogue.getDestructionRegisters()) {
			Matcher m = register.getNumber() == null ? null : NUMBER.matcher(register.getNumber().strip());
			if (m != null && m.matches() && Integer.parseInt(m.group(1)) == year) {
				highest = Math.max(highest, Integer.parseInt(m.group(2)));
			}
		}
		return String.format("XH-%04d-%03d", year, highest + 1); //$NON-NLS-1$
	}

	/**
	 * A new 销毁清册 of items decided 销毁 (one undoable command). Nothing is destroyed yet.
	 *
	 * @param number null for {@link #nextNumber} of the year of {@code day}
	 * @throws ArchiveRuleException when there are no items, an item is not decided 销毁, already destroyed or already on
	 *                              a register, or the number is malformed or taken
	 */
	public static Command createCommand(EditingDomain domain, ArchiveCatalogue catalogue, Collection<ArchiveItem> items,
			String number, LocalDate day, String remarks) throws ArchiveRuleException {
		if (items == null || items.isEmpty()) {
			throw new ArchiveRuleException(UseMessages.Destruction_noItems);
		}
		for (ArchiveItem item : items) {
			if (item.isDestroyed()) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Appraisal_destroyed, Appraisals.label(item)));
			}
			if (Appraisals.decision(item) != AppraisalDecision.DESTROY) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_notDecided, Appraisals.label(item)));
			}
			DestructionRegister other = pendingRegisterOf(catalogue, item);
			if (other != null) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_onRegister, Appraisals.label(item), other.getNumber()));
			}
		}
		String registerNumber = number == null || number.isBlank() ? nextNumber(catalogue, day.getYear()) : number.strip();
		if (!NUMBER.matcher(registerNumber).matches()) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_badNumber, registerNumber));
		}
		for (DestructionRegister register : catalogue.getDestructionRegisters()) {
			if (registerNumber.equals(register.getNumber())) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_numberTaken, registerNumber));
			}
		}
		DestructionRegister register = OfficeBenchFactory.eINSTANCE.createDestructionRegister();
		register.setNumber(registerNumber);
		register.setDate(ArchiveDates.toDate(day));
		register.getItems().addAll(new ArrayList<>(new java.util.LinkedHashSet<>(items)));
		register.setRemarks(remarks == null || remarks.isBlank() ? null : remarks.strip());
		Command add = AddCommand.create(domain, catalogue, OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS, register);
		CompoundCommand compound = new CompoundCommand(UseMessages.Command_createRegister);
		compound.append(add);
		return compound;
	}

	/**
	 * Executes a register (one undoable command): writes the signatories and marks every item destroyed on
	 * {@code day}. Nothing is removed: rows, 档号 and stored files stay.
	 *
	 * @throws ArchiveRuleException when fewer than {@link #MIN_SIGNATORIES} different people sign, the register was
	 *                              already executed or is empty, or an item is destroyed or still lent out
	 */
	public static Command executeCommand(EditingDomain domain, DestructionRegister register, Collection<String> signatories,
			LocalDate day) throws ArchiveRuleException {
		if (isExecuted(register)) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_alreadyExecuted, register.getNumber()));
		}
		List<String> names = Appraisals.names(signatories);
		if (names.size() < MIN_SIGNATORIES) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_signatories,
					new Object[] { register.getNumber(), Integer.toString(MIN_SIGNATORIES), Integer.toString(names.size()) }));
		}
		if (register.getItems().isEmpty()) {
			throw new ArchiveRuleException(UseMessages.Destruction_noItems);
		}
		for (ArchiveItem item : register.getItems()) {
			if (item.isDestroyed()) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Appraisal_destroyed, Appraisals.label(item)));
			}
			if (Lending.openLoan(item) != null) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_lentOut, Appraisals.label(item),
						Lending.openLoan(item).getBorrower()));
			}
		}
		CompoundCommand compound = new CompoundCommand(UseMessages.Command_executeRegister);
		compound.append(SetCommand.create(domain, register, OfficeBenchPackage.Literals.DESTRUCTION_REGISTER__SIGNATORIES, names));
		for (ArchiveItem item : register.getItems()) {
			compound.append(SetCommand.create(domain, item, OfficeBenchPackage.Literals.ARCHIVE_ITEM__DESTROYED, Boolean.TRUE));
			compound.append(SetCommand.create(domain, item, OfficeBenchPackage.Literals.ARCHIVE_ITEM__DESTROYED_ON, ArchiveDates.toDate(day)));
		}
		return compound;
	}

	/**
	 * Deletes a register that was not executed (made by mistake); its items may go on another one.
	 *
	 * @throws ArchiveRuleException for an executed register, which is kept permanently
	 */
	public static Command deleteCommand(EditingDomain domain, ArchiveCatalogue catalogue, DestructionRegister register)
			throws ArchiveRuleException {
		if (isExecuted(register)) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Destruction_cannotDelete, register.getNumber()));
		}
		return RemoveCommand.create(domain, catalogue, OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__DESTRUCTION_REGISTERS, register);
	}

	/**
	 * Writes one audit log entry for each executed register of a saved catalogue that the log does not hold yet; call
	 * after the catalogue was saved. Repeating it writes nothing new.
	 *
	 * @return the number of entries written
	 */
	public static int recordExecuted(AuditLog log, String documentId, ArchiveCatalogue catalogue) throws IOException {
		Set<String> recorded = new HashSet<>();
		for (AuditLog.Entry entry : log.read()) {
			if (AUDIT_ACTION.equals(entry.action()) && documentId.equals(entry.documentId()) && entry.detail() != null) {
				recorded.add(entry.detail().split(" ", 2)[0]); //$NON-NLS-1$
			}
		}
		int written = 0;
		for (DestructionRegister register : catalogue.getDestructionRegisters()) {
			if (isExecuted(register) && !recorded.contains(register.getNumber())) {
				List<String> codes = new ArrayList<>();
				for (ArchiveItem item : register.getItems()) {
					codes.add(Appraisals.label(item));
				}
				log.append(AUDIT_ACTION, documentId, register.getNumber() + " " + NLS.bind(UseMessages.Destruction_audit, //$NON-NLS-1$
						new Object[] { Integer.toString(codes.size()), String.join(", ", codes), //$NON-NLS-1$
								String.join(", ", register.getSignatories()) })); //$NON-NLS-1$
				written++;
			}
		}
		return written;
	}
}
