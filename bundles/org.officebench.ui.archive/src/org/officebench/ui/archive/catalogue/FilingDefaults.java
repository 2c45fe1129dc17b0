package org.officebench.ui.archive.catalogue;

import org.officebench.model.RetentionPeriod;

/**
 * What the user set for a batch before filing: {@code null} leaves the value to {@code FilingService} (year from
 * the file's date, retention from the schedule per file, the catalogue's first organization).
 */
public record FilingDefaults(Integer year, RetentionPeriod retention, String organizationCode) {
}
