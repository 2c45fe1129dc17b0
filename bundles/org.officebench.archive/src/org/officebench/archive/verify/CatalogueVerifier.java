package org.officebench.archive.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileFormat;
import org.officebench.archive.FileInspection;
import org.officebench.archive.FileInspector;
import org.officebench.archive.verify.Finding.Kind;
import org.officebench.core.AuditLog;
import org.officebench.core.ContentStore;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Labels;
import org.officebench.core.OfficeDocument;
import org.officebench.core.LoadProblem;
import org.officebench.core.Repository;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.archive.ItemNumbering;
import org.officebench.core.archive.NumberingProblem;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.StoredFile;

/**
 * 四性检测 (DA/T 70-2018) of archive catalogues on demand, headless.
 * <p>
 * 真实性: digests (SHA-256 recomputed, SM3 when recorded), metadata formats, the 档号 against the catalogue's
 * {@link ArchivalCodeTemplate} and the item's fields, the file's size and format (by content) against its record.
 * 完整性: required fields, files present in the store, 漏号/重号 ({@link ItemNumbering}), page counts.
 * 可用性: each file opens ({@link FileInspector}, with its time and size limits) and its format is on the allowed list.
 * 安全性: content changed outside the program, files modified after filing, files in the store that no document
 * refers to, the audit log readable and its chain of digests unbroken (an entry edited, removed, inserted or moved is
 * reported with its line).
 * <p>
 * Destroyed items are left out of the file checks; their numbers and codes still count for 漏号/重号. A file that
 * cannot be read becomes a finding, never an exception; files are read as streams, one at a time. Only saved
 * documents are read (each catalogue is loaded afresh), so the check runs off the UI thread on its own copy.
 */
public final class CatalogueVerifier {

	/** The formats fit for long-term keeping that {@link #CatalogueVerifier()} accepts. */
	public static final Set<FileFormat> DEFAULT_ALLOWED = Set.copyOf(EnumSet.of(FileFormat.PDF, FileFormat.OFD,
			FileFormat.DOCX, FileFormat.XLSX, FileFormat.DOC, FileFormat.XLS, FileFormat.TXT, FileFormat.JPEG,
			FileFormat.PNG, FileFormat.TIFF));

	/** Where {@code ContentStore} keeps files, relative to the repository root: {@code store/sha256/ab/<sha256>}. */
	static final String STORE = "store/sha256"; //$NON-NLS-1$
	/** The audit log, relative to the repository root. */
	static final String AUDIT_LOG = "audit/audit.log"; //$NON-NLS-1$
	/** A stored file modified this long after it was filed is reported (copying a file takes a moment). */
	static final Duration MODIFIED_SLACK = Duration.ofMinutes(2);

	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}"); //$NON-NLS-1$
	private static final Pattern DIGEST_IN_TEXT = Pattern.compile("(?<![0-9a-fA-F])([0-9a-f]{64})(?![0-9a-fA-F])"); //$NON-NLS-1$

	private final FileInspector inspector;
	private final Set<FileFormat> allowed;

	public CatalogueVerifier() {
		this(new FileInspector(), DEFAULT_ALLOWED);
	}

	public CatalogueVerifier(FileInspector inspector, Set<FileFormat> allowed) {
		this.inspector = Objects.requireNonNull(inspector);
		this.allowed = Set.copyOf(allowed);
	}

	public Set<FileFormat> allowedFormats() {
		return allowed;
	}

	/**
	 * Verifies one catalogue document (loaded afresh from its saved file) and the repository's store and audit log.
	 *
	 * @param documentId the id of an archive catalogue document
	 * @throws DocumentLoadException when the catalogue cannot be read at all (its file is the problem, not a finding)
	 */
	public VerificationReport verify(Repository repository, String documentId, IProgressMonitor monitor) throws DocumentLoadException {
		OfficeDocument document = repository.open(documentId);
		if (!(document.root() instanceof ArchiveCatalogue catalogue)) {
			throw new IllegalArgumentException(documentId);
		}
		return run(repository, List.of(catalogue), monitor);
	}

	/**
	 * Verifies every archive catalogue of the repository, or those of one 全宗, and the store and audit log once.
	 *
	 * @param fondsCode 全宗号 (case ignored), or {@code null} for all
	 * @throws DocumentLoadException when a catalogue cannot be read at all
	 */
	public VerificationReport verifyAll(Repository repository, String fondsCode, IProgressMonitor monitor) throws DocumentLoadException {
		// A catalogue that cannot be read is no catalogue that passes: the check of its 全宗 waits for it.
		org.officebench.archive.UnreadableCatalogues.check(repository, fondsCode);
		List<ArchiveCatalogue> catalogues = new ArrayList<>();
		for (DocumentSummary summary : repository.documents()) {
			if (summary.kind() != DocumentKind.ARCHIVE) {
				continue;
			}
			ArchiveCatalogue catalogue = (ArchiveCatalogue) repository.open(summary.id()).root();
			if (fondsCode == null || fondsCode.equalsIgnoreCase(catalogue.getFondsCode())) {
				catalogues.add(catalogue);
			}
		}
		return run(repository, catalogues, monitor);
	}

	/** What {@link #cleanOrphans} removed. */
	public record Cleaned(int files, long bytes) {
	}

	/**
	 * Removes the stored files that no document refers to (left by filings that were never saved). Nothing is removed
	 * while any document of the repository cannot be read, since it could refer to them.
	 *
	 * @param repository opened for writing
	 * @throws DocumentLoadException when a document cannot be read (nothing is removed)
	 * @throws IOException when the store cannot be listed or a file cannot be removed (the rest stay)
	 */
	public Cleaned cleanOrphans(Repository repository) throws DocumentLoadException, IOException {
		List<DocumentSummary> documents = repository.documents();
		if (!repository.problems().isEmpty()) {
			LoadProblem problem = repository.problems().get(0);
			throw new DocumentLoadException(new LoadProblem(problem.file(), problem.line(), problem.column(),
					NLS.bind(Messages.Clean_blocked, LoadProblem.withoutStop(problem.reason())), problem.advice()), null);
		}
		Set<String> known = new HashSet<>();
		for (DocumentSummary summary : documents) {
			if (summary.kind() == DocumentKind.ARCHIVE) {
				for (ArchiveItem item : ((ArchiveCatalogue) repository.open(summary.id()).root()).getItems()) {
					for (StoredFile file : item.getFiles()) {
						if (file.getSha256() != null) {
							known.add(file.getSha256());
						}
					}
				}
			}
		}
		Path root = repository.root();
		known.addAll(digestsNamedIn(root.resolve("documents"))); //$NON-NLS-1$
		known.addAll(digestsNamedIn(root.resolve("trash"))); //$NON-NLS-1$
		Path folder = root.resolve(STORE);
		if (!Files.isDirectory(folder)) {
			return new Cleaned(0, 0);
		}
		List<Path> orphans;
		try (Stream<Path> walk = Files.walk(folder, 2)) {
			orphans = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).filter(p -> {
				String name = p.getFileName().toString();
				return HEX64.matcher(name).matches() && p.getParent().getFileName().toString().equals(name.substring(0, 2))
						&& !known.contains(name);
			}).toList();
		}
		int files = 0;
		long bytes = 0;
		for (Path orphan : orphans) {
			long size = Files.size(orphan);
			Files.delete(orphan);
			files++;
			bytes += size;
		}
		return new Cleaned(files, bytes);
	}

	/** Verifies catalogues already loaded (not shared with another thread while this runs). */
	public VerificationReport verify(Repository repository, Collection<ArchiveCatalogue> catalogues, IProgressMonitor monitor) {
		return run(repository, List.copyOf(catalogues), monitor);
	}

	private VerificationReport run(Repository repository, List<ArchiveCatalogue> catalogues, IProgressMonitor monitor) {
		int total = catalogues.stream().mapToInt(c -> c.getItems().size()).sum() + 1;
		Run run = new Run(repository, SubMonitor.convert(monitor, Messages.Progress_name, total));
		run.total = total;
		for (ArchiveCatalogue catalogue : catalogues) {
			if (run.canceled) {
				break;
			}
			run.catalogue(catalogue);
		}
		if (!run.canceled) {
			run.codesInSeveralCatalogues(catalogues);
			run.store();
			run.auditLog();
			run.step();
		}
		return run.report();
	}

	/** The state of one run. */
	private final class Run {
		final Repository repository;
		final ContentStore store;
		final SubMonitor progress;
		final List<Finding> findings = new ArrayList<>();
		final List<VerificationReport.CatalogueRef> refs = new ArrayList<>();
		final Map<Check, int[]> counts = new EnumMap<>(Check.class); // checked, passed
		/** Inspections by SHA-256: several items may hold the same content. */
		final Map<String, FileInspection> inspections = new HashMap<>();
		final Set<String> referenced = new HashSet<>();
		int total;
		int done;
		int files;
		boolean canceled;

		// the catalogue and item being checked
		String documentId;
		String title;
		String code;
		final Set<Check> failedForItem = EnumSet.noneOf(Check.class);

		Run(Repository repository, SubMonitor progress) {
			this.repository = repository;
			this.store = repository.contentStore();
			this.progress = progress;
			for (Check check : Check.values()) {
				counts.put(check, new int[2]);
			}
		}

		void step() {
			progress.worked(1);
			progress.subTask(NLS.bind(Messages.Progress_step, Integer.toString(++done), Integer.toString(total)));
		}

		void add(Check check, Severity severity, Kind kind, String fileName, String found, String action) {
			findings.add(new Finding(check, severity, kind, documentId, title, code, fileName, found, action));
			if (severity == Severity.ERROR) {
				failedForItem.add(check);
			}
		}

		void catalogue(ArchiveCatalogue catalogue) {
			documentId = catalogue.getId();
			title = catalogue.getTitle();
			code = null;
			refs.add(new VerificationReport.CatalogueRef(documentId, title, catalogue.getFondsCode(), catalogue.getItems().size()));
			ArchivalCodeTemplate template = null;
			try {
				template = ArchivalCodeTemplate.of(catalogue);
			} catch (IllegalArgumentException e) {
				add(Check.AUTHENTICITY, Severity.ERROR, Kind.BAD_TEMPLATE, null, NLS.bind(Messages.BadTemplate_found, e.getMessage()),
						Messages.BadTemplate_action);
			}
			numbering(catalogue, template);
			for (ArchiveItem item : catalogue.getItems()) {
				if (progress.isCanceled()) {
					canceled = true;
					return;
				}
				item(catalogue, template, item);
				step();
			}
			code = null;
		}

		// --------------------------------------------------------------------------------------- per item

		void item(ArchiveCatalogue catalogue, ArchivalCodeTemplate template, ArchiveItem item) {
			code = blankToNull(item.getArchivalCode());
			failedForItem.clear();
			try {
				metadata(catalogue, template, item);
				if (!item.isDestroyed()) {
					if (item.getFiles().isEmpty()) {
						add(Check.INTEGRITY, Severity.WARNING, Kind.NO_FILES, null, Messages.NoFiles_found, Messages.NoFiles_action);
					}
					for (StoredFile file : item.getFiles()) {
						file(item, file);
					}
				}
			} catch (RuntimeException e) { // a bug must not take the rest of the run with it
				add(Check.USABILITY, Severity.ERROR, Kind.UNREADABLE, null,
						NLS.bind(Messages.Unreadable_found, nz(item.getTitle()), String.valueOf(e)), Messages.Unreadable_action);
			}
			for (Check check : Check.values()) {
				if (item.isDestroyed() && (check == Check.USABILITY || check == Check.SECURITY)) {
					continue; // nothing of it is kept to open or alter
				}
				int[] count = counts.get(check);
				count[0]++;
				if (!failedForItem.contains(check)) {
					count[1]++;
				}
			}
		}

		void metadata(ArchiveCatalogue catalogue, ArchivalCodeTemplate template, ArchiveItem item) {
			List<String> missing = new ArrayList<>();
			if (blankToNull(item.getTitle()) == null) {
				missing.add(Messages.Field_title);
			}
			if (item.getDate() == null) {
				missing.add(Messages.Field_date);
			}
			if (item.getYear() == 0) {
				missing.add(Messages.Field_year);
			}
			if (item.getRetention() == null) {
				missing.add(Messages.Field_retention);
			}
			if (code == null) {
				missing.add(Messages.Field_code);
			}
			if (item.getItemNumber() <= 0) {
				missing.add(Messages.Field_number);
			}
			if (!missing.isEmpty()) {
				String fields = String.join(Messages.List_separator, missing);
				add(Check.INTEGRITY, Severity.ERROR, Kind.MISSING_FIELD, null, NLS.bind(Messages.MissingField_found, fields),
						NLS.bind(Messages.MissingField_action, fields));
			}
			int year = item.getYear();
			if (year != 0 && (year < 1000 || year > 9999)) {
				add(Check.AUTHENTICITY, Severity.ERROR, Kind.BAD_YEAR, null, NLS.bind(Messages.BadYear_found, Integer.toString(year)),
						Messages.BadYear_action);
			}
			Date date = item.getDate();
			if (date != null) {
				if (date.toInstant().isAfter(Instant.now().plus(Duration.ofDays(1)))) {
					add(Check.AUTHENTICITY, Severity.ERROR, Kind.FUTURE_DATE, null, NLS.bind(Messages.FutureDate_found, day(date)),
							Messages.FutureDate_action);
				}
				int dateYear = date.toInstant().atZone(ZoneId.systemDefault()).getYear();
				if (year >= 1000 && year <= 9999 && dateYear != year) {
					add(Check.AUTHENTICITY, Severity.WARNING, Kind.YEAR_MISMATCH, null,
							NLS.bind(Messages.YearMismatch_found, Integer.toString(year), day(date)), Messages.YearMismatch_action);
				}
			}
			if (code != null && template != null) {
				Optional<ArchivalCodeTemplate.Parts> parsed = template.tryParse(code);
				if (parsed.isEmpty()) {
					add(Check.AUTHENTICITY, Severity.ERROR, Kind.MALFORMED_CODE, null,
							NLS.bind(Messages.MalformedCode_found, code, template.pattern()), Messages.MalformedCode_action);
				} else {
					List<String> differences = differences(catalogue, template, item, parsed.get());
					if (!differences.isEmpty()) {
						add(Check.AUTHENTICITY, Severity.ERROR, Kind.CODE_MISMATCH, null,
								NLS.bind(Messages.CodeMismatch_found, code, String.join(Messages.List_separator, differences)),
								Messages.CodeMismatch_action);
					}
				}
			}
		}

		List<String> differences(ArchiveCatalogue catalogue, ArchivalCodeTemplate template, ArchiveItem item, ArchivalCodeTemplate.Parts parts) {
			List<String> differences = new ArrayList<>();
			differ(differences, Messages.Part_fonds, parts.fonds(), catalogue.getFondsCode());
			if (template.hasCategory()) {
				String category = blankToNull(catalogue.getCategoryCode());
				differ(differences, Messages.Part_category, parts.category(),
						category == null ? ArchivalCodeTemplate.DEFAULT_CATEGORY : category);
			}
			differ(differences, Messages.Field_year, Integer.toString(parts.year()), Integer.toString(item.getYear()));
			differ(differences, Messages.Field_retention, Labels.retention(parts.retention()), Labels.retention(item.getRetention()));
			differ(differences, Messages.Part_org, parts.org(), item.getOrganizationCode());
			differ(differences, Messages.Field_number, Integer.toString(parts.item()), Integer.toString(item.getItemNumber()));
			return differences;
		}

		void differ(List<String> differences, String part, String inCode, String inItem) {
			if (!Objects.equals(inCode, inItem)) {
				differences.add(NLS.bind(Messages.CodeMismatch_part, new Object[] { part, inCode, nz(inItem) }));
			}
		}

		void file(ArchiveItem item, StoredFile file) {
			files++;
			String name = blankToNull(file.getFileName());
			String shown = name == null ? nz(file.getSha256()) : name;
			String sha256 = file.getSha256() == null ? null : file.getSha256().trim().toLowerCase(Locale.ROOT);
			if (sha256 == null || !HEX64.matcher(sha256).matches()) {
				add(Check.AUTHENTICITY, Severity.ERROR, Kind.BAD_DIGEST_RECORD, shown,
						NLS.bind(Messages.BadDigestRecord_found, shown, nz(file.getSha256())), Messages.BadDigestRecord_action);
				return;
			}
			referenced.add(sha256);
			Optional<Path> located = store.locate(sha256);
			if (located.isEmpty()) {
				add(Check.INTEGRITY, Severity.ERROR, Kind.FILE_MISSING, shown,
						NLS.bind(Messages.FileMissing_found, shown, sha256),
						NLS.bind(Messages.FileMissing_action, STORE + '/' + sha256.substring(0, 2) + '/' + sha256));
				return;
			}
			Path path = located.get();
			// 真实性 and 安全性: the content is what was filed.
			boolean altered = false;
			try {
				Digests digests = digests(path);
				if (!digests.sha256.equals(sha256)) {
					altered = true;
					add(Check.AUTHENTICITY, Severity.ERROR, Kind.DIGEST_MISMATCH, shown,
							NLS.bind(Messages.DigestMismatch_found, new Object[] { shown, sha256, digests.sha256 }),
							Messages.DigestMismatch_action);
				}
				String sm3 = blankToNull(file.getSm3());
				if (sm3 != null && !sm3.equalsIgnoreCase(digests.sm3)) {
					altered = true;
					add(Check.AUTHENTICITY, Severity.ERROR, Kind.SM3_MISMATCH, shown,
							NLS.bind(Messages.Sm3Mismatch_found, new Object[] { shown, sm3, digests.sm3 }), Messages.DigestMismatch_action);
				}
				if (digests.size != file.getSize()) {
					add(Check.AUTHENTICITY, Severity.ERROR, Kind.SIZE_MISMATCH, shown,
							NLS.bind(Messages.SizeMismatch_found, new Object[] { shown, Long.toString(digests.size), Long.toString(file.getSize()) }),
							Messages.SizeMismatch_action);
				}
				if (altered) {
					add(Check.SECURITY, Severity.ERROR, Kind.ALTERED, shown, NLS.bind(Messages.Altered_found, shown), Messages.Altered_action);
				} else if (file.getAdded() != null) {
					Instant modified = Files.getLastModifiedTime(path).toInstant();
					if (modified.isAfter(file.getAdded().toInstant().plus(MODIFIED_SLACK))) {
						add(Check.SECURITY, Severity.WARNING, Kind.MODIFIED_LATER, shown,
								NLS.bind(Messages.ModifiedLater_found, new Object[] { shown, time(Date.from(modified)), time(file.getAdded()) }),
								Messages.ModifiedLater_action);
					}
				}
			} catch (IOException e) {
				add(Check.USABILITY, Severity.ERROR, Kind.UNREADABLE, shown,
						NLS.bind(Messages.Unreadable_found, shown, String.valueOf(e.getMessage())), Messages.Unreadable_action);
				return;
			}
			// 可用性 and 真实性 of the format: open it with its parser.
			FileInspection inspection = inspections.computeIfAbsent(sha256, k -> inspector.inspect(path));
			if (!inspection.isAccepted()) {
				// The inspector names the file as it lies in the store (its digest): name it as the user knows it.
				String reason = inspection.refusal().message().replace(sha256, shown);
				add(Check.USABILITY, Severity.ERROR, Kind.UNREADABLE, shown, NLS.bind(Messages.Unreadable_found, shown, reason),
						Messages.Unreadable_action);
				return;
			}
			FileFormat format = inspection.format();
			if (!allowed.contains(format)) {
				String list = allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")); //$NON-NLS-1$
				add(Check.USABILITY, Severity.ERROR, Kind.FORMAT_NOT_ALLOWED, shown,
						NLS.bind(Messages.FormatNotAllowed_found, new Object[] { shown, formatName(format), list }),
						Messages.FormatNotAllowed_action);
			}
			String recorded = mediaType(file.getMediaType());
			if (recorded != null && !recorded.equals(format.mediaType()) && !(format == FileFormat.OTHER && recorded.equals(FileFormat.OTHER.mediaType()))) {
				add(Check.AUTHENTICITY, Severity.ERROR, Kind.FORMAT_MISMATCH, shown,
						NLS.bind(Messages.FormatMismatch_found, new Object[] { shown, recorded, formatName(format) }),
						Messages.FormatMismatch_action);
			}
			String extension = extension(name);
			if (format != FileFormat.OTHER && extension != null && !extensions(format).contains(extension)) {
				add(Check.AUTHENTICITY, Severity.WARNING, Kind.EXTENSION_MISMATCH, shown,
						NLS.bind(Messages.ExtensionMismatch_found, new Object[] { shown, extension, formatName(format) }),
						NLS.bind(Messages.ExtensionMismatch_action, extensions(format).get(0)));
			}
			if (item.getFiles().size() == 1 && inspection.pages() > 0 && item.getPages() > 0 && inspection.pages() != item.getPages()) {
				add(Check.INTEGRITY, Severity.WARNING, Kind.PAGES_MISMATCH, shown,
						NLS.bind(Messages.PagesMismatch_found, new Object[] { Integer.toString(item.getPages()), shown,
								Integer.toString(inspection.pages()) }),
						Messages.PagesMismatch_action);
			}
		}

		// --------------------------------------------------------------------------------------- per catalogue

		/** 漏号 and 重号 per class, duplicate 档号, numbers without a class. Destroyed items keep their numbers. */
		void numbering(ArchiveCatalogue catalogue, ArchivalCodeTemplate template) {
			List<NumberingProblem> problems;
			try {
				problems = new ItemNumbering(storedMarks(catalogue)).check(catalogue);
			} catch (RuntimeException e) {
				return; // cannot happen with a loaded catalogue; the item checks still run
			}
			Set<Set<ArchiveItem>> duplicateNumbers = new HashSet<>();
			for (NumberingProblem problem : problems) {
				if (problem.kind() == NumberingProblem.Kind.DUPLICATE) {
					duplicateNumbers.add(new HashSet<>(problem.items()));
				}
			}
			for (NumberingProblem problem : problems) {
				switch (problem.kind()) {
				case GAP -> {
					String first = codeOf(template, catalogue, problem.archiveClass(), problem.from());
					String last = codeOf(template, catalogue, problem.archiveClass(), problem.to());
					code = first;
					String missing = problem.from() == problem.to() ? nz(first) : nz(first) + Messages.Range_separator + nz(last);
					add(Check.INTEGRITY, Severity.ERROR, Kind.GAP, null, NLS.bind(Messages.Gap_found, problem.message(), missing),
							Messages.Gap_action);
				}
				case DUPLICATE -> {
					code = blankToNull(problem.items().get(0).getArchivalCode());
					add(Check.INTEGRITY, Severity.ERROR, Kind.DUPLICATE_NUMBER, null,
							NLS.bind(Messages.Duplicate_found, problem.message(), titles(problem.items())), Messages.Duplicate_action);
				}
				case DUPLICATE_CODE -> {
					if (duplicateNumbers.contains(new HashSet<>(problem.items()))) {
						continue; // already said as 重号
					}
					code = blankToNull(problem.items().get(0).getArchivalCode());
					add(Check.INTEGRITY, Severity.ERROR, Kind.DUPLICATE_CODE, null,
							NLS.bind(Messages.Duplicate_found, problem.message(), titles(problem.items())), Messages.Duplicate_action);
				}
				case UNCLASSIFIED -> {
					code = blankToNull(problem.items().get(0).getArchivalCode());
					add(Check.INTEGRITY, Severity.ERROR, Kind.UNCLASSIFIED, null, problem.message(), Messages.Unclassified_action);
				}
				}
			}
			code = null;
		}

		// --------------------------------------------------------------------------------------- repository

		/** Files in the store that no document (nor a deleted one in trash/) refers to. */
		void store() {
			Path root = repository.root();
			Path folder = root.resolve(STORE);
			if (!Files.isDirectory(folder)) {
				return;
			}
			documentId = null;
			title = null;
			code = null;
			Set<String> known = new HashSet<>(referenced);
			try {
				known.addAll(digestsNamedIn(root.resolve("documents"))); //$NON-NLS-1$
				known.addAll(digestsNamedIn(root.resolve("trash"))); //$NON-NLS-1$
				// Files filed in a session that crashed before saving: the journal's snapshot still needs them.
				known.addAll(digestsNamedIn(root.resolve("journal"))); //$NON-NLS-1$
			} catch (IOException e) {
				return; // cannot tell what is referenced: say nothing rather than something false
			}
			TreeSet<String> unreferenced = new TreeSet<>();
			try (Stream<Path> walk = Files.walk(folder, 2)) {
				walk.filter(Files::isRegularFile).forEach(p -> {
					String name = p.getFileName().toString();
					if (HEX64.matcher(name).matches() && p.getParent().getFileName().toString().equals(name.substring(0, 2))
							&& !known.contains(name)) {
						unreferenced.add(name);
					}
				});
			} catch (IOException | RuntimeException e) {
				return;
			}
			if (unreferenced.isEmpty()) {
				return;
			}
			// One line for all of them: a killed filing can leave hundreds.
			long bytes = 0;
			for (String sha256 : unreferenced) {
				try {
					bytes += Files.size(folder.resolve(sha256.substring(0, 2)).resolve(sha256));
				} catch (IOException e) {
					// the size is only shown
				}
			}
			String where = unreferenced.size() == 1 ? STORE + '/' + unreferenced.first().substring(0, 2) + '/' + unreferenced.first() : STORE;
			add(Check.SECURITY, Severity.WARNING, Kind.UNREFERENCED, where,
					NLS.bind(Messages.Unreferenced_summary, Integer.toString(unreferenced.size()), Long.toString(bytes)),
					Messages.Unreferenced_summaryAction);
		}

		/** One 档号 in two catalogues (each may be right on its own): an error, said once per 档号. */
		void codesInSeveralCatalogues(List<ArchiveCatalogue> catalogues) {
			if (catalogues.size() < 2) {
				return;
			}
			Map<String, List<ArchiveCatalogue>> holders = new java.util.TreeMap<>();
			for (ArchiveCatalogue catalogue : catalogues) {
				Set<String> codes = new HashSet<>();
				for (ArchiveItem item : catalogue.getItems()) {
					String itemCode = blankToNull(item.getArchivalCode());
					if (itemCode != null && codes.add(itemCode)) {
						holders.computeIfAbsent(itemCode, c -> new ArrayList<>()).add(catalogue);
					}
				}
			}
			for (Map.Entry<String, List<ArchiveCatalogue>> entry : holders.entrySet()) {
				if (entry.getValue().size() < 2) {
					continue;
				}
				List<String> names = new ArrayList<>();
				for (ArchiveCatalogue catalogue : entry.getValue()) {
					names.add(nz(catalogue.getTitle()) + " (" + catalogue.getId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				documentId = entry.getValue().get(1).getId();
				title = entry.getValue().get(1).getTitle();
				code = entry.getKey();
				add(Check.INTEGRITY, Severity.ERROR, Kind.DUPLICATE_CODE, null,
						NLS.bind(Messages.CodeInCatalogues_found, entry.getKey(), String.join(", ", names)), //$NON-NLS-1$
						Messages.CodeInCatalogues_action);
			}
			documentId = null;
			title = null;
			code = null;
		}

		void auditLog() {
			documentId = null;
			title = null;
			code = null;
			AuditLog.Integrity integrity;
			try {
				repository.auditLog().read();
				integrity = repository.auditLog().check();
			} catch (IOException | RuntimeException e) {
				add(Check.SECURITY, Severity.ERROR, Kind.AUDIT_UNREADABLE, AUDIT_LOG,
						NLS.bind(Messages.AuditUnreadable_found, String.valueOf(e.getMessage())), Messages.AuditUnreadable_action);
				return;
			}
			if (integrity.protectedFrom() > 1) {
				add(Check.SECURITY, Severity.WARNING, Kind.AUDIT_UNPROTECTED, AUDIT_LOG, NLS.bind(Messages.AuditProtectedFrom_found,
						Integer.toString(integrity.protectedFrom() - 1), Integer.toString(integrity.protectedFrom())), Messages.AuditProtected_action);
			} else if (integrity.protectedFrom() == 0 && integrity.lines() > 0) {
				add(Check.SECURITY, Severity.WARNING, Kind.AUDIT_UNPROTECTED, AUDIT_LOG,
						NLS.bind(Messages.AuditUnprotected_found, Integer.toString(integrity.lines())), Messages.AuditProtected_action);
			}
			for (AuditLog.Problem problem : integrity.problems()) {
				String line = Integer.toString(problem.line());
				String other = Integer.toString(problem.otherLine());
				String seqs = problem.fromSeq() == problem.toSeq() ? Long.toString(problem.fromSeq())
						: problem.fromSeq() + Messages.Range_separator + problem.toSeq();
				switch (problem.kind()) {
				case EDITED -> add(Check.SECURITY, Severity.ERROR, Kind.AUDIT_EDITED, AUDIT_LOG,
						NLS.bind(Messages.AuditEdited_found, line), Messages.AuditTampered_action);
				case REMOVED -> add(Check.SECURITY, Severity.ERROR, Kind.AUDIT_REMOVED, AUDIT_LOG,
						NLS.bind(Messages.AuditRemoved_found, line, seqs), Messages.AuditTampered_action);
				case REMOVED_AT_END -> add(Check.SECURITY, Severity.ERROR, Kind.AUDIT_REMOVED, AUDIT_LOG,
						NLS.bind(Messages.AuditRemovedAtEnd_found, line, seqs), Messages.AuditTampered_action);
				case INSERTED -> add(Check.SECURITY, Severity.ERROR, Kind.AUDIT_INSERTED, AUDIT_LOG,
						NLS.bind(Messages.AuditInserted_found, line), Messages.AuditTampered_action);
				case REORDERED -> add(Check.SECURITY, Severity.ERROR, Kind.AUDIT_REORDERED, AUDIT_LOG,
						NLS.bind(Messages.AuditReordered_found, line, other), Messages.AuditTampered_action);
				case TRUNCATED_LAST -> add(Check.SECURITY, Severity.WARNING, Kind.AUDIT_TRUNCATED, AUDIT_LOG,
						NLS.bind(Messages.AuditTruncated_found, line), Messages.AuditTruncated_action);
				case INTERRUPTED -> add(Check.SECURITY, Severity.WARNING, Kind.AUDIT_INTERRUPTED, AUDIT_LOG,
						NLS.bind(Messages.AuditInterrupted_found, line, other), Messages.AuditInterrupted_action);
				}
			}
		}

		VerificationReport report() {
			Map<Check, CheckSummary> summaries = new EnumMap<>(Check.class);
			for (Check check : Check.values()) {
				int errors = 0;
				int warnings = 0;
				for (Finding finding : findings) {
					if (finding.check() == check) {
						if (finding.isError()) {
							errors++;
						} else {
							warnings++;
						}
					}
				}
				int[] count = counts.get(check);
				summaries.put(check, new CheckSummary(check, count[0], count[1], errors, warnings));
			}
			return new VerificationReport(refs, findings, summaries, files, canceled, Instant.now());
		}
	}

	// ------------------------------------------------------------------------------------------- helpers

	private record Digests(String sha256, String sm3, long size) {
	}

	/** SHA-256 and SM3 in one streaming pass. */
	private static Digests digests(Path file) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		SM3Digest sm3 = new SM3Digest();
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				sha256.update(buffer, 0, n);
				sm3.update(buffer, 0, n);
				size += n;
			}
		}
		byte[] sm3Out = new byte[sm3.getDigestSize()];
		sm3.doFinal(sm3Out, 0);
		return new Digests(java.util.HexFormat.of().formatHex(sha256.digest()), java.util.HexFormat.of().formatHex(sm3Out), size);
	}

	/** Every SHA-256 written in the document files under a folder, XMI or compact (read byte for byte: digests are ASCII). */
	private static Set<String> digestsNamedIn(Path folder) throws IOException {
		Set<String> digests = new HashSet<>();
		if (!Files.isDirectory(folder)) {
			return digests;
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		for (Path file : files) {
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
				for (String line; (line = reader.readLine()) != null;) {
					Matcher matcher = DIGEST_IN_TEXT.matcher(line);
					while (matcher.find()) {
						digests.add(matcher.group(1));
					}
				}
			} catch (java.nio.charset.CharacterCodingException e) {
				// not a text file: it names no digest we wrote
			}
		}
		return digests;
	}

	/** The catalogue's stored 件号 high-water marks; counters whose key cannot be read are left out. */
	private static Map<ArchiveClass, Integer> storedMarks(ArchiveCatalogue catalogue) {
		Map<ArchiveClass, Integer> marks = new HashMap<>();
		for (NumberCounter counter : catalogue.getNumberCounters()) {
			try {
				marks.merge(ArchiveClass.parseKey(String.valueOf(counter.getClassKey())), counter.getHighest(), Math::max);
			} catch (IllegalArgumentException e) {
				// not a class key: the items present still count
			}
		}
		return marks;
	}

	private static String codeOf(ArchivalCodeTemplate template, ArchiveCatalogue catalogue, ArchiveClass archiveClass, int number) {
		if (template == null || archiveClass == null) {
			return null;
		}
		try {
			String category = blankToNull(catalogue.getCategoryCode());
			return template.format(new ArchivalCodeTemplate.Parts(archiveClass.fonds(), category, archiveClass.year(),
					archiveClass.retention(), archiveClass.org(), number));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String titles(List<ArchiveItem> items) {
		Set<String> titles = new LinkedHashSet<>();
		for (ArchiveItem item : items) {
			titles.add(Messages.Quote_open + nz(item.getTitle()) + Messages.Quote_close);
		}
		return String.join(Messages.List_separator, titles);
	}

	/** The media type without parameters, lower case; {@code null} when none is recorded. */
	private static String mediaType(String recorded) {
		if (recorded == null || recorded.isBlank()) {
			return null;
		}
		int semicolon = recorded.indexOf(';');
		return (semicolon < 0 ? recorded : recorded.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
	}

	private static String extension(String name) {
		if (name == null) {
			return null;
		}
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** The usual extensions of a format, the preferred one first. */
	private static List<String> extensions(FileFormat format) {
		return switch (format) {
		case JPEG -> List.of("jpg", "jpeg"); //$NON-NLS-1$ //$NON-NLS-2$
		case TIFF -> List.of("tif", "tiff"); //$NON-NLS-1$ //$NON-NLS-2$
		case TXT -> List.of("txt", "csv", "text", "log", "md"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		default -> List.of(format.name().toLowerCase(Locale.ROOT));
		};
	}

	private static String formatName(FileFormat format) {
		return format == FileFormat.OTHER ? Messages.Format_unknown : format.name();
	}

	private static String day(Date date) {
		return new SimpleDateFormat("yyyyMMdd").format(date); //$NON-NLS-1$
	}

	private static String time(Date date) {
		return new SimpleDateFormat("yyyy-MM-dd HH:mm").format(date); //$NON-NLS-1$
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
