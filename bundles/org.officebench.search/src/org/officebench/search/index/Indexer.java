package org.officebench.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FileFormat;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.search.FileProblem;
import org.officebench.search.IndexHealth;
import org.officebench.search.IndexReport;
import org.officebench.search.IndexTask;
import org.officebench.search.Location;
import org.officebench.search.SearchSchema;
import org.officebench.search.Segment;
import org.officebench.search.analysis.OfficeAnalyzers;
import org.officebench.search.extract.Extraction;

/**
 * The only code that writes the index; it runs on the index queue's one thread, so there is one writer at a time in
 * this process (and Lucene's write lock keeps other processes out).
 * <p>
 * A rebuild writes a whole new index and commits once at the end: until then searches see the old one, and a cancel
 * or a crash leaves the old one as it was. Synchronizing compares each document file's modification stamp with the one
 * recorded in the commit, and within a changed catalogue each 件's fingerprint, so that only what changed is written
 * and only new files are read.
 */
public final class Indexer {

	private final Repository repository;
	private final Directory directory;
	private final Path folder;
	private final EntryBuilder builder;

	public Indexer(Repository repository, Directory directory, Path folder, EntryBuilder builder) {
		this.repository = repository;
		this.directory = directory;
		this.folder = folder;
		this.builder = builder;
	}

	private static final class Canceled extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private final class Run {
		final IndexTask task;
		final Instant started = Instant.now();
		final List<FileProblem> problems = new ArrayList<>();
		/** Documents the repository refuses, by id: title TAB file TAB reason (kept in the commit data). */
		final Map<String, String> unreadable = new HashMap<>();
		int done;
		int total;
		int written;
		int deleted;
		int unchanged;

		Run(IndexTask task) {
			this.task = task;
		}

		/**
		 * The document files {@link Repository#documents()} could not even list (a cut or damaged file): recorded under
		 * {@value #FILE_KEY}{@code <file>}, found anew at every task.
		 */
		void unlisted(List<LoadProblem> broken) {
			unreadable.keySet().removeIf(key -> key.startsWith(FILE_KEY));
			for (LoadProblem problem : broken) {
				String name = problem.file().substring(problem.file().lastIndexOf('/') + 1);
				unreadable.put(FILE_KEY + problem.file(), oneLine(name) + '\t' + oneLine(problem.file()) + '\t' + oneLine(problem.reason()));
				problems.add(new FileProblem(null, null, null, name, problem.file(),
						new Extraction.Failure(Extraction.Kind.DOCUMENT_UNREADABLE, problem.reason())));
			}
		}

		void check() throws Canceled {
			if (task.isCanceled()) {
				throw new Canceled();
			}
		}

		void step(String current) {
			done++;
			task.progress(done, Math.max(done, total), current);
		}

		void record(Entry entry, ArchiveItem item, String title) {
			for (Entry.Problem p : entry.problems()) {
				if (p.failure().isFileProblem()) {
					problems.add(new FileProblem(entry.documentId, item == null ? null : item.getId(),
							item == null ? null : item.getArchivalCode(), title, p.fileName(), p.failure()));
				}
			}
		}

		IndexReport report(IndexTask.Kind kind, IndexReport.Outcome outcome, String failure) {
			return new IndexReport(kind, outcome, written, deleted, unchanged, List.copyOf(problems), failure,
					Duration.between(started, Instant.now()));
		}
	}

	/** Builds the whole index anew; a damaged or outdated one is wiped first. */
	public IndexReport rebuild(IndexTask task) {
		Run run = new Run(task);
		try {
			Files.createDirectories(folder);
			IndexHealth.State state = IndexFolder.check(directory).state();
			if (state == IndexHealth.State.CORRUPT || state == IndexHealth.State.OUTDATED) {
				// a writer would have to read what is there; there is nothing in it worth keeping
				waitForLock(run, () -> {
					IndexFolder.wipe(directory, folder);
					return null;
				});
			}
		} catch (LockObtainFailedException e) {
			return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.FAILED, lockedMessage());
		} catch (Canceled e) {
			return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.CANCELED, null);
		} catch (IOException e) {
			return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.FAILED, NLS.bind(Messages.Indexer_io, org.officebench.core.LoadProblem.withoutStop(e.getMessage())));
		}
		try (IndexWriter writer = open(run, IndexWriterConfig.OpenMode.CREATE)) {
			try {
				List<DocumentSummary> documents = repository.documents();
				run.unlisted(repository.problems());
				Map<String, String> stamps = new HashMap<>();
				run.total = documents.size();
				for (DocumentSummary summary : documents) {
					run.check();
					String stamp = stamp(summary);
					if (index(run, writer, summary, null, null)) {
						stamps.put(summary.id(), stamp);
					}
				}
				run.check();
				commit(writer, stamps, run.unreadable);
				return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.DONE, null);
			} catch (Canceled e) {
				writer.rollback();
				return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.CANCELED, null);
			} catch (IOException | RuntimeException e) {
				writer.rollback();
				throw e;
			}
		} catch (LockObtainFailedException e) {
			return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.FAILED, lockedMessage());
		} catch (Canceled e) {
			return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.CANCELED, null);
		} catch (IOException | RuntimeException e) {
			return run.report(IndexTask.Kind.REBUILD, IndexReport.Outcome.FAILED, NLS.bind(Messages.Indexer_io, org.officebench.core.LoadProblem.withoutStop(String.valueOf(e.getMessage()))));
		}
	}

	/**
	 * Brings the index up to date with the repository: the given document only, or every document when
	 * {@code documentId} is null. An index that is not {@link IndexHealth#isReady() ready} is rebuilt instead.
	 */
	public IndexReport synchronize(IndexTask task, String documentId) {
		Run run = new Run(task);
		if (!IndexFolder.check(directory).isReady()) {
			// another process may be building it right now (two first searches at once): wait for it, then look again
			try {
				waitForLock(run, () -> {
					directory.obtainLock(IndexWriter.WRITE_LOCK_NAME).close();
					return null;
				});
			} catch (Canceled e) {
				return run.report(IndexTask.Kind.SYNCHRONIZE, IndexReport.Outcome.CANCELED, null);
			} catch (IOException e) {
				// the rebuild says what is wrong
			}
			if (!IndexFolder.check(directory).isReady()) {
				return rebuild(task);
			}
		}
		try (IndexWriter writer = open(run, IndexWriterConfig.OpenMode.APPEND); DirectoryReader reader = DirectoryReader.open(directory)) {
			try {
				Map<String, String> stamps = stampsOf(reader);
				Map<String, String> before = new HashMap<>(stamps);
				run.unreadable.putAll(unreadableOf(reader.getIndexCommit().getUserData()));
				Map<String, String> unreadableBefore = new HashMap<>(run.unreadable);
				List<DocumentSummary> changed = new ArrayList<>();
				Set<String> present = new java.util.HashSet<>();
				List<DocumentSummary> documents = repository.documents();
				run.unlisted(repository.problems());
				for (DocumentSummary summary : documents) {
					present.add(summary.id());
					if ((documentId == null || documentId.equals(summary.id())) && !stamp(summary).equals(stamps.get(summary.id()))) {
						changed.add(summary);
					}
				}
				for (String id : before.keySet()) {
					if (!present.contains(id) && (documentId == null || documentId.equals(id))) {
						writer.deleteDocuments(new Term(SearchSchema.DOCUMENT_ID, id));
						stamps.remove(id);
						run.deleted++;
					}
				}
				run.unreadable.keySet().removeIf(id -> !id.startsWith(FILE_KEY) && !present.contains(id)
						&& (documentId == null || documentId.equals(id)));
				run.total = changed.size();
				IndexSearcher old = new IndexSearcher(reader);
				for (DocumentSummary summary : changed) {
					run.check();
					String stamp = stamp(summary);
					if (index(run, writer, summary, reader, old)) {
						stamps.put(summary.id(), stamp);
					}
				}
				run.check();
				if (run.written == 0 && run.deleted == 0 && stamps.equals(before) && run.unreadable.equals(unreadableBefore)) {
					writer.rollback();
				} else {
					commit(writer, stamps, run.unreadable);
				}
				return run.report(IndexTask.Kind.SYNCHRONIZE, IndexReport.Outcome.DONE, null);
			} catch (Canceled e) {
				writer.rollback();
				return run.report(IndexTask.Kind.SYNCHRONIZE, IndexReport.Outcome.CANCELED, null);
			} catch (IOException | RuntimeException e) {
				writer.rollback();
				throw e;
			}
		} catch (LockObtainFailedException e) {
			return run.report(IndexTask.Kind.SYNCHRONIZE, IndexReport.Outcome.FAILED, lockedMessage());
		} catch (Canceled e) {
			return run.report(IndexTask.Kind.SYNCHRONIZE, IndexReport.Outcome.CANCELED, null);
		} catch (IOException | RuntimeException e) {
			return run.report(IndexTask.Kind.SYNCHRONIZE, IndexReport.Outcome.FAILED,
					NLS.bind(Messages.Indexer_io, org.officebench.core.LoadProblem.withoutStop(String.valueOf(e.getMessage()))));
		}
	}

	/**
	 * How long a task waits for the write lock another process holds (two first searches at once, a reindex while the
	 * workbench indexes): {@value #LOCK_WAIT_PROPERTY} seconds, 300 unless set.
	 */
	static final String LOCK_WAIT_PROPERTY = "officebench.search.lockWaitSeconds"; //$NON-NLS-1$

	private static long lockWaitSeconds() {
		return Math.max(0, Long.getLong(LOCK_WAIT_PROPERTY, 300));
	}

	private static String lockedMessage() {
		return NLS.bind(Messages.Indexer_lockedAfter, Long.toString(lockWaitSeconds()));
	}

	@FunctionalInterface
	private interface Locked<T> {
		T get() throws IOException;
	}

	/**
	 * Runs {@code action} (which takes Lucene's write lock) and, while another process holds the lock, tries again every
	 * quarter second, saying so in the task's progress, until the lock wait is over or the task is canceled.
	 */
	private static <T> T waitForLock(Run run, Locked<T> action) throws IOException, Canceled {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(lockWaitSeconds());
		boolean said = false;
		while (true) {
			try {
				return action.get();
			} catch (LockObtainFailedException e) {
				if (System.nanoTime() - deadline >= 0) {
					throw e;
				}
				if (!said) {
					run.task.progress(run.done, Math.max(run.done, run.total), NLS.bind(Messages.Indexer_waiting, Long.toString(lockWaitSeconds())));
					said = true;
				}
				run.check();
				try {
					Thread.sleep(250);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new Canceled();
				}
			}
		}
	}

	private IndexWriter open(Run run, IndexWriterConfig.OpenMode mode) throws IOException, Canceled {
		return waitForLock(run, () -> {
			IndexWriterConfig config = new IndexWriterConfig(OfficeAnalyzers.bigrams());
			config.setOpenMode(mode);
			config.setRAMBufferSizeMB(48);
			config.setCommitOnClose(false);
			return new IndexWriter(directory, config);
		});
	}

	private static void commit(IndexWriter writer, Map<String, String> stamps, Map<String, String> unreadable) throws IOException {
		Map<String, String> data = new HashMap<>();
		data.put(SearchSchema.COMMIT_VERSION, SearchSchema.VERSION);
		data.put(SearchSchema.COMMIT_BUILT, Instant.now().toString());
		stamps.forEach((id, stamp) -> data.put(SearchSchema.COMMIT_STAMP_PREFIX + id, stamp));
		unreadable.forEach((id, problem) -> data.put(SearchSchema.COMMIT_UNREADABLE_PREFIX + id, problem));
		writer.setLiveCommitData(data.entrySet());
		writer.commit();
	}

	static Map<String, String> stampsOf(DirectoryReader reader) throws IOException {
		Map<String, String> stamps = new HashMap<>();
		reader.getIndexCommit().getUserData().forEach((key, value) -> {
			if (key.startsWith(SearchSchema.COMMIT_STAMP_PREFIX)) {
				stamps.put(key.substring(SearchSchema.COMMIT_STAMP_PREFIX.length()), value);
			}
		});
		return stamps;
	}

	private static final String FILE_KEY = "file:"; //$NON-NLS-1$

	/** The documents recorded as unreadable in a commit's data, by id (or {@value #FILE_KEY} and the file). */
	static Map<String, String> unreadableOf(Map<String, String> commitData) {
		Map<String, String> unreadable = new HashMap<>();
		commitData.forEach((key, value) -> {
			if (key.startsWith(SearchSchema.COMMIT_UNREADABLE_PREFIX)) {
				unreadable.put(key.substring(SearchSchema.COMMIT_UNREADABLE_PREFIX.length()), value);
			}
		});
		return unreadable;
	}

	/** The documents recorded as unreadable in a commit's data, as problems for the index status. */
	public static List<FileProblem> unreadableProblems(Map<String, String> commitData) {
		List<FileProblem> problems = new ArrayList<>();
		unreadableOf(commitData).forEach((id, value) -> {
			String[] parts = value.split("\t", 3); //$NON-NLS-1$
			if (parts.length == 3) {
				problems.add(new FileProblem(id.startsWith(FILE_KEY) ? null : id, null, null, parts[0], parts[1],
						new Extraction.Failure(Extraction.Kind.DOCUMENT_UNREADABLE, parts[2].isEmpty() ? null : parts[2])));
			}
		});
		problems.sort(java.util.Comparator.comparing(FileProblem::fileName));
		return problems;
	}

	private static String oneLine(String s) {
		return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); //$NON-NLS-1$
	}

	/** The document file's modification time and size: it changes with every save. */
	private String stamp(DocumentSummary summary) {
		Path file = repository.root().resolve(summary.file());
		try {
			return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file); //$NON-NLS-1$
		} catch (IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	/**
	 * Writes the entries of one document; with {@code reader}, only the 件 that changed. @return false when the document
	 * could not be read (it is skipped, and tried again at the next synchronization)
	 */
	private boolean index(Run run, IndexWriter writer, DocumentSummary summary, DirectoryReader reader, IndexSearcher old)
			throws IOException, Canceled {
		OfficeDocument document;
		try {
			document = repository.open(summary.id());
		} catch (DocumentLoadException e) {
			// what the repository cannot read is not searchable either: its old entries go, and it is listed
			if (reader != null) {
				writer.deleteDocuments(new Term(SearchSchema.DOCUMENT_ID, summary.id()));
				run.deleted++;
			}
			String reason = e.problem() == null ? String.valueOf(e.getMessage()) : e.problem().reason();
			run.unreadable.put(summary.id(), oneLine(summary.title()) + '\t' + oneLine(summary.file()) + '\t' + oneLine(reason));
			run.problems.add(new FileProblem(summary.id(), null, null, summary.title(), summary.file(),
					new Extraction.Failure(Extraction.Kind.DOCUMENT_UNREADABLE, reason)));
			run.step(summary.title());
			return true; // tried again when its file changes
		}
		run.unreadable.remove(summary.id());
		if (summary.kind() != DocumentKind.ARCHIVE) {
			Entry entry = builder.document(document.root());
			write(writer, entry, reader != null);
			run.written++;
			run.record(entry, null, entry.title);
			run.step(summary.title());
			return true;
		}
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		EntryBuilder.Catalogue context = EntryBuilder.Catalogue.of(summary.id(), catalogue);
		Map<String, String> fingerprints = reader == null ? Map.of() : Fingerprints.of(reader, summary.id());
		Map<String, String> gone = new HashMap<>(fingerprints);
		run.total += catalogue.getItems().size();
		for (ArchiveItem item : catalogue.getItems()) {
			run.check();
			String uid = Entry.itemUid(summary.id(), item.getId());
			gone.remove(uid);
			String known = fingerprints.get(uid);
			if (known != null && known.equals(builder.fingerprint(context, item))) {
				run.unchanged++;
				run.step(item.getArchivalCode());
				continue;
			}
			EntryBuilder.TextCache cache = known == null ? EntryBuilder.TextCache.NONE : cacheOf(old, uid);
			Entry entry = builder.item(context, item, cache, run.task::isCanceled);
			run.check();
			write(writer, entry, reader != null);
			run.written++;
			run.record(entry, item, item.getTitle());
			run.step(item.getArchivalCode());
		}
		for (String uid : gone.keySet()) {
			writer.deleteDocuments(new Term(SearchSchema.UID, uid));
			run.deleted++;
		}
		run.step(summary.title());
		return true;
	}

	private static void write(IndexWriter writer, Entry entry, boolean replace) throws IOException {
		Document document = entry.toDocument();
		if (replace) {
			writer.updateDocument(new Term(SearchSchema.UID, entry.uid), document);
		} else {
			writer.addDocument(document);
		}
	}

	/** The text an entry already holds for each of its files, so that an edited 件 does not read its files again. */
	private static EntryBuilder.TextCache cacheOf(IndexSearcher old, String uid) throws IOException {
		TopDocs top = old.search(new TermQuery(new Term(SearchSchema.UID, uid)), 1);
		if (top.scoreDocs.length == 0) {
			return EntryBuilder.TextCache.NONE;
		}
		Document stored = old.storedFields().document(top.scoreDocs[0].doc);
		String content = stored.get(SearchSchema.CONTENT);
		List<Segment> segments = Segment.decode(stored.get(SearchSchema.SEGMENTS));
		Map<String, Entry.Problem> problems = new HashMap<>();
		for (Entry.Problem p : Entry.decodeProblems(stored.getValues(SearchSchema.PROBLEMS))) {
			problems.put(p.sha256(), p);
		}
		Map<String, Extraction> texts = new HashMap<>();
		for (int i = 0; i < segments.size(); i++) {
			Location location = segments.get(i).location();
			if (location.type() != Location.Type.FILE || location.anchor().isEmpty()) {
				continue;
			}
			Entry.Problem problem = problems.get(location.anchor());
			Extraction.Kind kind = problem == null ? null : problem.failure().kind();
			// TOO_LARGE: how an index of an earlier version marked a text cut at the character limit
			boolean truncated = kind == Extraction.Kind.TOO_LARGE || kind == Extraction.Kind.TEXT_CUT || kind == Extraction.Kind.TEXT_CUT_CHARS;
			if (problem != null && !truncated) {
				if (problem.failure().kind() != Extraction.Kind.TIMEOUT) { // a timeout may go better another time
					texts.put(location.anchor(), new Extraction("", FileFormat.OTHER, problem.failure(), false)); //$NON-NLS-1$
				}
				continue;
			}
			int start = segments.get(i).start();
			int end = i + 1 < segments.size() ? segments.get(i + 1).start() : content == null ? start : content.length();
			String text = content == null || end > content.length() ? "" : content.substring(start, end).strip(); //$NON-NLS-1$
			Extraction.Failure cut = kind == Extraction.Kind.TEXT_CUT || kind == Extraction.Kind.TEXT_CUT_CHARS ? problem.failure() : null;
			texts.put(location.anchor(), new Extraction(text, FileFormat.OTHER, null, truncated, cut));
		}
		return texts::get;
	}

	/** The schema version and build time recorded in the latest commit, or an empty map. */
	static Map<String, String> commitData(Directory directory) {
		try {
			return SegmentInfos.readLatestCommit(directory).getUserData();
		} catch (IOException e) {
			return Map.of();
		}
	}
}
