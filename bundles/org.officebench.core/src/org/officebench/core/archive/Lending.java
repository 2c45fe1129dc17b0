package org.officebench.core.archive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Loan;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage;

/** 借阅: lending an item, its return, and the 催还 list of loans past their due day. */
public final class Lending {

	/** An item out on loan. */
	public record Outstanding(ArchiveItem item, Loan loan, LocalDate lentOn, LocalDate dueOn) {
		/** Days past the due day on {@code day}; 0 or less when not overdue. */
		public long daysOverdue(LocalDate day) {
			return dueOn == null ? 0 : ChronoUnit.DAYS.between(dueOn, day);
		}
	}

	/** A loan past its due day, as listed for 催还. */
	public record Overdue(ArchiveItem item, Loan loan, LocalDate dueOn, long daysOverdue) {
	}

	private Lending() {
	}

	/** The loan of an item not yet returned, or null when the item is in. */
	public static Loan openLoan(ArchiveItem item) {
		for (Loan loan : item.getLoans()) {
			if (loan.getReturnedOn() == null) {
				return loan;
			}
		}
		return null;
	}

	/**
	 * Lends an item (one undoable command).
	 *
	 * @throws ArchiveRuleException when the item is destroyed or already out, the borrower or purpose is missing, or
	 *                              the due day is before the day of lending
	 */
	public static Command lendCommand(EditingDomain domain, ArchiveItem item, String borrower, String purpose,
			LocalDate lentOn, LocalDate dueOn) throws ArchiveRuleException {
		if (item.isDestroyed()) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Loan_destroyed, Appraisals.label(item)));
		}
		Loan open = openLoan(item);
		if (open != null) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Loan_alreadyOut, new Object[] { Appraisals.label(item),
					open.getBorrower(), String.valueOf(ArchiveDates.toDay(open.getDueOn())) }));
		}
		if (borrower == null || borrower.isBlank()) {
			throw new ArchiveRuleException(UseMessages.Loan_noBorrower);
		}
		if (purpose == null || purpose.isBlank()) {
			throw new ArchiveRuleException(UseMessages.Loan_noPurpose);
		}
		if (dueOn == null || dueOn.isBefore(lentOn)) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Loan_dueBeforeLent, String.valueOf(dueOn), lentOn));
		}
		Loan loan = OfficeBenchFactory.eINSTANCE.createLoan();
		loan.setBorrower(borrower.strip());
		loan.setPurpose(purpose.strip());
		loan.setLentOn(ArchiveDates.toDate(lentOn));
		loan.setDueOn(ArchiveDates.toDate(dueOn));
		CompoundCommand compound = new CompoundCommand(UseMessages.Command_lend);
		compound.append(AddCommand.create(domain, item, OfficeBenchPackage.Literals.ARCHIVE_ITEM__LOANS, loan));
		return compound;
	}

	/**
	 * Records the return of an item that is out (one undoable command).
	 *
	 * @throws ArchiveRuleException when the item is not out, or {@code returnedOn} is before it was lent
	 */
	public static Command returnCommand(EditingDomain domain, ArchiveItem item, LocalDate returnedOn) throws ArchiveRuleException {
		Loan open = openLoan(item);
		if (open == null) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Loan_notOut, Appraisals.label(item)));
		}
		LocalDate lentOn = ArchiveDates.toDay(open.getLentOn());
		if (lentOn != null && returnedOn.isBefore(lentOn)) {
			throw new ArchiveRuleException(NLS.bind(UseMessages.Loan_returnBeforeLent, returnedOn, lentOn));
		}
		CompoundCommand compound = new CompoundCommand(UseMessages.Command_return);
		compound.append(SetCommand.create(domain, open, OfficeBenchPackage.Literals.LOAN__RETURNED_ON, ArchiveDates.toDate(returnedOn)));
		return compound;
	}

	/** The items of a catalogue that are out, soonest due first. */
	public static List<Outstanding> outstanding(ArchiveCatalogue catalogue) {
		List<Outstanding> out = new ArrayList<>();
		for (ArchiveItem item : catalogue.getItems()) {
			Loan loan = openLoan(item);
			if (loan != null) {
				out.add(new Outstanding(item, loan, ArchiveDates.toDay(loan.getLentOn()), ArchiveDates.toDay(loan.getDueOn())));
			}
		}
		out.sort(Comparator.comparing(Outstanding::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
				.thenComparing(o -> nz(o.item().getArchivalCode())));
		return out;
	}

	/** 催还: loans past their due day on {@code day}, longest overdue first (then by 档号). */
	public static List<Overdue> overdue(ArchiveCatalogue catalogue, LocalDate day) {
		List<Overdue> overdue = new ArrayList<>();
		for (Outstanding o : outstanding(catalogue)) {
			long days = o.daysOverdue(day);
			if (o.dueOn() != null && days > 0) {
				overdue.add(new Overdue(o.item(), o.loan(), o.dueOn(), days));
			}
		}
		overdue.sort(Comparator.comparingLong(Overdue::daysOverdue).reversed().thenComparing(o -> nz(o.item().getArchivalCode())));
		return overdue;
	}

	/** The day of a model date in the office's time zone (for callers showing loans and appraisals). */
	public static LocalDate day(java.util.Date date) {
		return ArchiveDates.toDay(date);
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
