package org.officebench.search.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.officebench.archive.FileFormat;
import org.officebench.core.ContentStore;
import org.officebench.core.DocumentKind;
import org.officebench.model.ActionItem;
import org.officebench.model.AgendaItem;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Article;
import org.officebench.model.Attendee;
import org.officebench.model.Chapter;
import org.officebench.model.Decision;
import org.officebench.model.Document;
import org.officebench.model.Flowchart;
import org.officebench.model.FollowUp;
import org.officebench.model.Lane;
import org.officebench.model.MeetingMinutes;
import org.officebench.model.Organization;
import org.officebench.model.PolicyDocument;
import org.officebench.model.RiskPoint;
import org.officebench.model.Step;
import org.officebench.model.StoredFile;
import org.officebench.search.Location;
import org.officebench.search.SearchSchema;
import org.officebench.search.extract.Extraction;
import org.officebench.search.extract.TextExtractor;

/**
 * Turns the repository's model into index entries: a 件 with the text of its stored files, or a policy, minutes or
 * flowchart with its articles, items or steps, each part with its {@link Location}.
 */
public final class EntryBuilder {

	/** Text already taken from a stored file (by SHA-256), so that an unchanged file is not read again. */
	@FunctionalInterface
	public interface TextCache {
		TextCache NONE = sha256 -> null;

		/** @return the earlier extraction of the file, or null */
		Extraction cached(String sha256);
	}

	/** What an item needs from its catalogue. */
	public record Catalogue(String id, String fondsCode, String fondsName, Map<String, String> orgNames) {
		public static Catalogue of(String id, ArchiveCatalogue catalogue) {
			Map<String, String> names = new HashMap<>();
			for (Organization org : catalogue.getOrganizations()) {
				if (org.getCode() != null) {
					names.put(org.getCode(), org.getName());
				}
			}
			return new Catalogue(id, catalogue.getFondsCode(), catalogue.getFondsName(), names);
		}
	}

	private final ContentStore store;
	private final TextExtractor extractor;

	public EntryBuilder(ContentStore store, TextExtractor extractor) {
		this.store = store;
		this.extractor = extractor;
	}

	/** Changes whenever anything the item's entry is made of changes: its fields, its files, its catalogue's names. */
	public String fingerprint(Catalogue catalogue, ArchiveItem item) {
		StringBuilder s = new StringBuilder(256);
		s.append(SearchSchema.VERSION).append('|').append(extractor.limits().maxChars()).append('|')
				.append(extractor.limits().maxXmlBytes()).append('|').append(catalogue.fondsCode)
				.append('|').append(catalogue.fondsName).append('|').append(item.getArchivalCode()).append('|').append(item.getTitle())
				.append('|').append(item.getResponsible()).append('|').append(item.getDocumentNumber()).append('|')
				.append(item.getDate() == null ? "" : Long.toString(item.getDate().getTime())).append('|').append(item.getYear()) //$NON-NLS-1$
				.append('|').append(item.getRetention()).append('|').append(item.getOrganizationCode()).append('|')
				.append(catalogue.orgNames.get(item.getOrganizationCode())).append('|').append(item.getSecurityLevel()).append('|')
				.append(item.isDestroyed());
		for (StoredFile file : item.getFiles()) {
			s.append('|').append(file.getFileName()).append(':').append(file.getSha256());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return HexFormat.of().formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JRE has SHA-256
		}
	}

	/** The entry of a 件; its files' text is taken here (or from {@code cache}). */
	public Entry item(Catalogue catalogue, ArchiveItem item, TextCache cache, BooleanSupplier canceled) {
		Entry e = new Entry(Entry.itemUid(catalogue.id, item.getId()), catalogue.id, DocumentKind.ARCHIVE);
		e.itemId = item.getId();
		e.title = item.getTitle();
		e.archivalCode = item.getArchivalCode();
		e.responsible = item.getResponsible();
		e.documentNumber = item.getDocumentNumber();
		e.date = item.getDate();
		e.year = item.getYear();
		e.fonds = catalogue.fondsCode;
		e.fondsName = catalogue.fondsName;
		e.org = item.getOrganizationCode();
		e.orgName = catalogue.orgNames.get(item.getOrganizationCode());
		e.retention = item.getRetention() == null ? null : item.getRetention().getLiteral();
		e.security = item.getSecurityLevel() == null ? null : item.getSecurityLevel().getLiteral();
		e.destroyed = item.isDestroyed();
		e.fingerprint = fingerprint(catalogue, item);
		if (item.getRemarks() != null) {
			e.meta.add(item.getRemarks());
		}
		for (StoredFile file : item.getFiles()) {
			String name = file.getFileName() == null ? file.getSha256() : file.getFileName();
			e.fileNames.add(name);
			e.section(new Location(Location.Type.FILE, 0, 0, name, file.getSha256()));
			Extraction extraction = text(file.getSha256(), cache, canceled);
			if (extraction.isFailed()) {
				e.problems.add(new Entry.Problem(name, file.getSha256(), extraction.failure()));
			} else {
				e.text(extraction.text());
				if (extraction.truncated()) {
					e.problems.add(new Entry.Problem(name, file.getSha256(), extraction.cut() != null ? extraction.cut()
							: new Extraction.Failure(Extraction.Kind.TEXT_CUT_CHARS, Integer.toString(extractor.limits().maxChars()))));
				}
			}
		}
		return e;
	}

	private Extraction text(String sha256, TextCache cache, BooleanSupplier canceled) {
		if (sha256 == null) {
			return new Extraction("", FileFormat.OTHER, new Extraction.Failure(Extraction.Kind.MISSING, null), false); //$NON-NLS-1$
		}
		Extraction cached = cache.cached(sha256);
		if (cached != null) {
			return cached;
		}
		Optional<Path> file = store.locate(sha256);
		if (file.isEmpty()) {
			return new Extraction("", FileFormat.OTHER, new Extraction.Failure(Extraction.Kind.MISSING, null), false); //$NON-NLS-1$
		}
		try {
			return extractor.extract(file.get(), canceled);
		} catch (RuntimeException e) { // a bug met by one file: that file is without text, the index goes on
			return new Extraction("", FileFormat.OTHER, new Extraction.Failure(Extraction.Kind.CORRUPT, String.valueOf(e)), false); //$NON-NLS-1$
		}
	}

	/** The entry of a policy, minutes or flowchart: the whole document, each part with its location. */
	public Entry document(Document root) {
		DocumentKind kind = DocumentKind.of(root.eClass());
		Entry e = new Entry(Entry.documentUid(root.getId()), root.getId(), kind);
		e.title = root.getTitle();
		e.documentNumber = root.getDocumentNumber();
		e.responsible = root.getDepartment() != null && !root.getDepartment().isBlank() ? root.getDepartment() : root.getAuthor();
		e.meta.addAll(root.getTags());
		add(e.meta, root.getAuthor());
		add(e.meta, root.getOwner());
		e.section(new Location(Location.Type.DETAILS, 0, 0, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
		e.text(root.getDescription());
		Date date = root.getModified() != null ? root.getModified() : root.getCreated();
		if (root instanceof PolicyDocument policy) {
			if (policy.getEffectiveDate() != null) {
				date = policy.getEffectiveDate();
			}
			int article = 0;
			int chapterNumber = 0;
			for (Chapter chapter : policy.getChapters()) {
				chapterNumber++;
				e.section(new Location(Location.Type.ARTICLE, 0, chapterNumber, nz(chapter.getTitle()), "")); //$NON-NLS-1$
				e.text(chapter.getTitle());
				for (Article a : chapter.getArticles()) {
					article++;
					e.section(new Location(Location.Type.ARTICLE, article, chapterNumber, nz(chapter.getTitle()), "")); //$NON-NLS-1$
					e.text(a.getText());
				}
			}
		} else if (root instanceof MeetingMinutes minutes) {
			if (minutes.getMeetingDate() != null) {
				date = minutes.getMeetingDate();
			}
			e.text(join(minutes.getMeetingType(), minutes.getLocation(), minutes.getChair(), minutes.getRecorder()));
			StringBuilder people = new StringBuilder();
			for (Attendee attendee : minutes.getAttendees()) {
				people.append(nz(attendee.getName())).append(' ').append(nz(attendee.getDepartment())).append('\n');
			}
			e.text(people.toString());
			int n = 0;
			for (AgendaItem item : minutes.getAgendaItems()) {
				e.section(new Location(Location.Type.AGENDA, ++n, 0, nz(item.getTitle()), "")); //$NON-NLS-1$
				e.text(join(item.getTitle(), item.getPresenter(), item.getNotes()));
			}
			n = 0;
			for (Decision decision : minutes.getDecisions()) {
				e.section(new Location(Location.Type.DECISION, ++n, 0, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
				e.text(decision.getText());
			}
			n = 0;
			for (ActionItem action : minutes.getActionItems()) {
				e.section(new Location(Location.Type.ACTION, ++n, 0, nz(action.getTask()), nz(action.getId())));
				StringBuilder text = new StringBuilder(join(action.getTask(), action.getStandard(), action.getOwner()));
				for (FollowUp followUp : action.getFollowUps()) {
					text.append('\n').append(nz(followUp.getProgress()));
				}
				e.text(text.toString());
			}
		} else if (root instanceof Flowchart chart) {
			StringBuilder lanes = new StringBuilder(nz(chart.getPost()));
			for (Lane lane : chart.getLanes()) {
				lanes.append('\n').append(nz(lane.getName()));
			}
			e.text(lanes.toString());
			for (Step step : chart.getSteps()) {
				e.section(new Location(Location.Type.STEP, 0, 0, nz(step.getName()), nz(step.getId())));
				StringBuilder text = new StringBuilder(join(step.getName(), step.getDescription()));
				for (RiskPoint risk : step.getRisks()) {
					text.append('\n').append(join(risk.getDescription(), risk.getControl()));
				}
				e.text(text.toString());
			}
		}
		e.date = date;
		e.year = date == null ? 0 : date.toInstant().atZone(ZoneId.systemDefault()).getYear();
		return e;
	}

	private static void add(java.util.List<String> list, String value) {
		if (value != null && !value.isBlank()) {
			list.add(value);
		}
	}

	private static String join(String... parts) {
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				if (out.length() > 0) {
					out.append('\n');
				}
				out.append(part.strip());
			}
		}
		return out.toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
