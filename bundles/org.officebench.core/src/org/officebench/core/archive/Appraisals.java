package org.officebench.core.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.model.Appraisal;
import org.officebench.model.AppraisalDecision;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.RetentionPeriod;

/**
 * 鉴定: which items are past their 保管期限 on a day, and the decision on each, 续存 (keep longer) or 销毁 (destroy).
 * <p>
 * A 续存 decision does not change the item's own {@code retention}: that is part of its class and of its 档号
 * (e.g. {@code Z109-WS·2014-D10-BGS-0003}), and moving the item to another class would leave a 漏号 in the old one and
 * may give a 重号 in the new one, while a 档号 never changes (domain.md, 档号). The new period is kept on the
 * {@link Appraisal}; {@link #effectiveRetention} is the one that counts.
 */
public final class Appraisals {

	/** One item past its retention, as listed for appraisal. */
	public record DueItem(ArchiveItem item, RetentionPeriod retention, LocalDate dueFrom, AppraisalDecision decision) {
		/** Decided 销毁 and waiting for a 销毁清册. */
		public boolean markedForDestruction() {
			return decision == AppraisalDecision.DESTROY;
		}
	}

	private Appraisals() {
	}

	/** The latest appraisal of an item, or null: the one with the latest date, the later one when dates are equal. */
	public static Appraisal latest(ArchiveItem item) {
		Appraisal latest = null;
		for (Appraisal appraisal : item.getAppraisals()) {
			if (latest == null || latest.getDate() == null
					|| (appraisal.getDate() != null && !appraisal.getDate().before(latest.getDate()))) {
				latest = appraisal;
			}
		}
		return latest;
	}

	/** The latest decision on an item, or null when it was never appraised. */
	public static AppraisalDecision decision(ArchiveItem item) {
		Appraisal latest = latest(item);
		return latest == null ? null : latest.getDecision();
	}

	/** The period that counts: the one set by the latest 续存, or else the item's own. */
	public static RetentionPeriod effectiveRetention(ArchiveItem item) {
		RetentionPeriod retention = item.getRetention();
		Appraisal lastRetain = null;
		for (Appraisal appraisal : item.getAppraisals()) {
			if (appraisal.getDecision() == AppraisalDecision.RETAIN && appraisal.getNewRetention() != null
					&& (lastRetain == null || lastRetain.getDate() == null
							|| (appraisal.getDate() != null && !appraisal.getDate().before(lastRetain.getDate())))) {
				lastRetain = appraisal;
			}
		}
		return lastRetain != null ? lastRetain.getNewRetention() : retention;
	}

	/**
	 * The first day on which an item of {@code year} kept for {@code retention} is past its retention, or null for
	 * 永久 (never). domain.md gives the periods (保管期限 Y / D30 / D10; the 保管期限表 of 国家档案局令第10号) but not
	 * the day they start; we count whole years from the end of the item's 年度, i.e. from 1 January of the next year,
	 * as archives do (the 会计档案管理办法 says it outright: 从会计年度终了后的第一天算起) and as issue 4 states:
	 * a 2014 D10 item is kept through 2024 and due from 2025-01-01.
	 */
	public static LocalDate dueFrom(int year, RetentionPeriod retention) {
		if (retention == null || retention == RetentionPeriod.PERMANENT) {
			return null;
		}
		int years = retention == RetentionPeriod.YEARS_30 ? 30 : 10;
		return LocalDate.of(year + 1 + years, 1, 1);
	}

	/** The day from which the item is due for appraisal under its effective retention, or null for 永久. */
	public static LocalDate dueFrom(ArchiveItem item) {
		return dueFrom(item.getYear(), effectiveRetention(item));
	}

	/** Whether the item is past its effective retention on {@code day} and not destroyed. */
	public static boolean isDue(ArchiveItem item, LocalDate day) {
		LocalDate due = dueFrom(item);
		return !item.isDestroyed() && item.getYear() > 0 && due != null && !day.isBefore(due);
	}

	/**
	 * The items of a catalogue past their retention on {@code day}: not destroyed, and not kept longer by a 续存
	 * that reaches past that day. Items already decided 销毁 stay listed (marked) until a 销毁清册 destroys them.
	 * Ordered by due day, then 档号.
	 */
	public static List<DueItem> due(ArchiveCatalogue catalogue, LocalDate day) {
		List<DueItem> due = new ArrayList<>();
		for (ArchiveItem item : catalogue.getItems()) {
			if (isDue(item, day)) {
				due.add(new DueItem(item, effectiveRetention(item), dueFrom(item), decision(item)));
			}
		}
		due.sort(Comparator.comparing(DueItem::dueFrom).thenComparing(d -> nz(d.item().getArchivalCode())));
		return due;
	}

	/**
	 * 续存: one undoable command that records, on every item, an appraisal keeping it for {@code newRetention}
	 * (counted, like the first period, from the year after the item's 年度), so it leaves the list of due items.
	 *
	 * @throws ArchiveRuleException when an item is not due or destroyed, the new period would already be over on
	 *                              {@code day}, or appraisers or reason are missing
	 */
	public static Command retainCommand(EditingDomain domain, Collection<ArchiveItem> items, RetentionPeriod newRetention,
			Collection<String> appraisers, String reason, LocalDate day) throws ArchiveRuleException {
		List<String> names = names(appraisers);
		check(items, names, day);
		if (newRetention == null) {
			throw new ArchiveRuleException(UseMessages.Appraisal_noRetention);
		}
		if (reason == null || reason.isBlank()) {
			throw new ArchiveRuleException(UseMessages.Appraisal_noReason);
		}
		for (ArchiveItem item : items) {
			LocalDate newDue = dueFrom(item.getYear(), newRetention);
			if (newDue != null && !day.isBefore(newDue)) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Appraisal_retainTooShort,
						new Object[] { label(item), newRetention.getLiteral(), newDue.toString() }));
			}
		}
		return decide(domain, items, AppraisalDecision.RETAIN, newRetention, names, reason, day);
	}

	/**
	 * 销毁 decision: one undoable command that records, on every item, an appraisal to destroy it. The items are
	 * destroyed only when a signed 销毁清册 is executed ({@link Destruction}).
	 */
	public static Command destroyCommand(EditingDomain domain, Collection<ArchiveItem> items, Collection<String> appraisers,
			String reason, LocalDate day) throws ArchiveRuleException {
		List<String> names = names(appraisers);
		check(items, names, day);
		return decide(domain, items, AppraisalDecision.DESTROY, null, names, reason, day);
	}

	private static void check(Collection<ArchiveItem> items, List<String> appraisers, LocalDate day) throws ArchiveRuleException {
		if (items == null || items.isEmpty()) {
			throw new ArchiveRuleException(UseMessages.Appraisal_noItems);
		}
		if (appraisers.isEmpty()) {
			throw new ArchiveRuleException(UseMessages.Appraisal_noAppraisers);
		}
		for (ArchiveItem item : items) {
			if (item.isDestroyed()) {
				throw new ArchiveRuleException(NLS.bind(UseMessages.Appraisal_destroyed, label(item)));
			}
			if (!isDue(item, day)) {
				LocalDate due = dueFrom(item);
				throw new ArchiveRuleException(NLS.bind(UseMessages.Appraisal_notDue, label(item),
						due == null ? "-" : due.toString())); //$NON-NLS-1$
			}
		}
	}

	private static Command decide(EditingDomain domain, Collection<ArchiveItem> items, AppraisalDecision decision,
			RetentionPeriod newRetention, List<String> appraisers, String reason, LocalDate day) {
		CompoundCommand compound = new CompoundCommand(decision == AppraisalDecision.RETAIN ? UseMessages.Command_retain : UseMessages.Command_destroy);
		for (ArchiveItem item : items) {
			Appraisal appraisal = OfficeBenchFactory.eINSTANCE.createAppraisal();
			appraisal.setDate(ArchiveDates.toDate(day));
			appraisal.setDecision(decision);
			appraisal.setNewRetention(newRetention);
			appraisal.getAppraisers().addAll(appraisers);
			appraisal.setReason(reason == null || reason.isBlank() ? null : reason.strip());
			compound.append(AddCommand.create(domain, item, OfficeBenchPackage.Literals.ARCHIVE_ITEM__APPRAISALS, appraisal));
		}
		return compound.unwrap();
	}

	/** Distinct non-blank names, trimmed, in the order given. */
	static List<String> names(Collection<String> names) {
		Set<String> distinct = new LinkedHashSet<>();
		if (names != null) {
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					distinct.add(name.strip());
				}
			}
		}
		return new ArrayList<>(distinct);
	}

	/** How an item is named in messages: its 档号, or its title when it has none. */
	static String label(ArchiveItem item) {
		String code = item.getArchivalCode();
		return code != null && !code.isBlank() ? code : "\u300a" + nz(item.getTitle()) + "\u300b"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
