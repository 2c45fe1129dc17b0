package org.officebench.archive;

import java.util.List;

import org.officebench.core.archive.RetentionSchedule;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.Organization;

/**
 * What filing derives from the catalogue before a file is stored, read once on the thread that owns the document and
 * then handed to a job: the 全宗号, the 门类代码, the default organisation, the 档号 template and the
 * 保管期限表. Immutable, so that the
 * job thread never reads the live model. The 件号 and the 档号 are not here: they are decided when the command that
 * files the 件 is executed ({@link FilingCommand}).
 *
 * @param organizationCode    the catalogue's first organisation code, or {@code null} when it has none
 * @param archivalCodePattern the catalogue's 档号 template, or {@code null} for DA/T 22-2015
 */
public record FilingTarget(String fondsCode, String categoryCode, String organizationCode, String archivalCodePattern,
		RetentionSchedule schedule) {

	/** Reads the catalogue now (on the thread that owns it); {@code schedule} null: the catalogue's own table. */
	public static FilingTarget of(ArchiveCatalogue catalogue, RetentionSchedule schedule) {
		List<Organization> organizations = catalogue.getOrganizations();
		String org = organizations.isEmpty() ? null : organizations.get(0).getCode();
		return new FilingTarget(catalogue.getFondsCode(), catalogue.getCategoryCode(), org, catalogue.getArchivalCodePattern(),
				schedule != null ? schedule : RetentionSchedule.of(catalogue));
	}
}
