package org.officebench.archive;

import java.util.Date;

import org.officebench.core.ContentStore;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.model.RetentionPeriod;

/**
 * A file made ready for filing off the thread that owns the catalogue ({@link FilingService#prepare}): inspected, its
 * content stored and its SM3 computed, its 题名, 年度, 保管期限 and organisation decided. Either refused (then
 * {@link #refusal()} says why) or ready for {@link FilingService#command} to make the one command that adds the 件.
 */
public final class PreparedFiling {

	final FilingRequest request;
	final FileInspection inspection;
	final FilingResult refusal;
	// decided while preparing (null when refused)
	final String title;
	final Date modified;
	final ArchiveClass archiveClass;
	final ContentStore.Stored stored;
	final String sm3;

	private PreparedFiling(FilingRequest request, FileInspection inspection, FilingResult refusal, String title, Date modified,
			ArchiveClass archiveClass, ContentStore.Stored stored, String sm3) {
		this.request = request;
		this.inspection = inspection;
		this.refusal = refusal;
		this.title = title;
		this.modified = modified;
		this.archiveClass = archiveClass;
		this.stored = stored;
		this.sm3 = sm3;
	}

	static PreparedFiling refused(FilingRequest request, FilingResult refusal) {
		return new PreparedFiling(request, refusal.inspection(), refusal, null, null, null, null, null);
	}

	static PreparedFiling ready(FilingRequest request, FileInspection inspection, String title, Date modified, ArchiveClass archiveClass,
			ContentStore.Stored stored, String sm3) {
		return new PreparedFiling(request, inspection, null, title, modified, archiveClass, stored, sm3);
	}

	public FilingRequest request() {
		return request;
	}

	/** What the inspector found. */
	public FileInspection inspection() {
		return inspection;
	}

	/** Why the file is not filed, or {@code null} when it is ready. */
	public FilingResult refusal() {
		return refusal;
	}

	public boolean isReady() {
		return refusal == null;
	}

	/** The 年度, 保管期限, organisation and 全宗 of the 件 (null when refused). */
	public ArchiveClass archiveClass() {
		return archiveClass;
	}

	public RetentionPeriod retention() {
		return archiveClass == null ? null : archiveClass.retention();
	}
}
