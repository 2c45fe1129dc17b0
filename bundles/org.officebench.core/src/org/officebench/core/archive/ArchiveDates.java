package org.officebench.core.archive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** The model keeps {@link Date}s; archive rules count whole days in the office's own time zone. */
final class ArchiveDates {

	private ArchiveDates() {
	}

	static Date toDate(LocalDate day) {
		return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	static LocalDate toDay(Date date) {
		return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
	}
}
