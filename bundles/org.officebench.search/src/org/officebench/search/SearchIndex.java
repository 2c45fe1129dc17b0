package org.officebench.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryListener;
import org.officebench.search.analysis.OfficeQueryParser;
import org.officebench.search.analysis.ParsedQuery;
import org.officebench.search.extract.Extraction;
import org.officebench.search.extract.TextExtractor;
import org.officebench.search.index.EntryBuilder;
import org.officebench.search.index.IndexFolder;
import org.officebench.search.index.Indexer;
import org.officebench.search.index.Searcher;

/**
 * The full-text index of one repository, in its {@code index/} folder: a registry of the index, a queue with one
 * writer thread for indexing tasks, and a thread-safe searcher.
 * <p>
 * Opening is cheap: nothing is read or started until a task is queued or a search runs. Indexing tasks run one after the
 * other on a background thread, report progress to an {@link org.eclipse.core.runtime.IProgressMonitor} and can be canceled; searches run on the
 * caller's thread at any time, against the last committed index. The index is derived data: a missing, damaged or
 * outdated one is rebuilt by {@link #rebuild} (which {@link #synchronize} does by itself).
 */
public final class SearchIndex implements AutoCloseable {

	private static final int MAX_STATUS_PROBLEMS = 10_000;

	/**
	 * Lucene says at its first search that the JDK's incubating vector module is not enabled (it would speed up vector
	 * search, which this index does not use); held here so that the quieter level is not lost with the logger.
	 */
	private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger
			.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider"); //$NON-NLS-1$

	static {
		VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
	}

	private final Repository repository;
	private final Path folder;
	private final Directory directory;
	private final Indexer indexer;
	private final ExecutorService queue;
	private final List<IndexTask> pending = new ArrayList<>();
	private SearcherManager manager;
	private volatile String damage;
	private volatile IndexTask current;

	private SearchIndex(Repository repository, TextExtractor extractor) throws IOException {
		this.repository = repository;
		this.folder = IndexFolder.of(repository);
		this.directory = FSDirectory.open(folder);
		this.indexer = new Indexer(repository, directory, folder, new EntryBuilder(repository.contentStore(), extractor));
		this.queue = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "OfficeBench search index " + repository.root().getFileName()); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.setPriority(Thread.NORM_PRIORITY - 1);
			return thread;
		});
	}

	/**
	 * @throws IOException when the index folder cannot be made (a read-only medium); the message says so
	 */
	public static SearchIndex open(Repository repository) throws IOException {
		return open(repository, new TextExtractor());
	}

	public static SearchIndex open(Repository repository, TextExtractor extractor) throws IOException {
		try {
			return new SearchIndex(repository, extractor);
		} catch (IOException e) {
			throw new IOException(NLS.bind(Messages.Index_cannotOpen, IndexFolder.of(repository), org.officebench.core.LoadProblem.withoutStop(e.getMessage())), e);
		}
	}

	public Path folder() {
		return folder;
	}

	public Repository repository() {
		return repository;
	}

	/** A light look at the index on disk (see {@link IndexHealth}); damage met by a search counts too. */
	public IndexHealth health() {
		String damaged = damage;
		if (damaged != null) {
			return new IndexHealth(IndexHealth.State.CORRUPT, damaged);
		}
		return IndexFolder.check(directory);
	}

	/** Queues a rebuild of the whole index from the repository. */
	public IndexTask rebuild(IProgressMonitor monitor) {
		return enqueue(new IndexTask(IndexTask.Kind.REBUILD, monitor), null, true);
	}

	/** Queues bringing the whole index up to date (a rebuild when it is missing, damaged or outdated). */
	public IndexTask synchronize(IProgressMonitor monitor) {
		return enqueue(new IndexTask(IndexTask.Kind.SYNCHRONIZE, monitor), null, false);
	}

	/**
	 * Queues bringing one document's entries up to date after it was saved, created or deleted (for a catalogue: the
	 * 件 that changed, were filed, edited, destroyed or removed).
	 */
	public IndexTask update(String documentId, IProgressMonitor monitor) {
		return enqueue(new IndexTask(IndexTask.Kind.SYNCHRONIZE, monitor), documentId, false);
	}

	/** A listener to add to the repository so that every save, creation and deletion updates the index. */
	public RepositoryListener listener() {
		return (change, documentId) -> update(documentId, new NullProgressMonitor());
	}

	private IndexTask enqueue(IndexTask task, String documentId, boolean rebuild) {
		synchronized (pending) {
			pending.add(task);
		}
		try {
			queue.execute(() -> run(task, documentId, rebuild));
		} catch (RejectedExecutionException e) {
			finish(task, new IndexReport(task.kind(), IndexReport.Outcome.CANCELED, 0, 0, 0, List.of(), null, Duration.ZERO));
		}
		return task;
	}

	private void run(IndexTask task, String documentId, boolean rebuild) {
		current = task;
		IndexReport report;
		try {
			if (task.isCanceled()) {
				report = new IndexReport(task.kind(), IndexReport.Outcome.CANCELED, 0, 0, 0, List.of(), null, Duration.ZERO);
			} else {
				// No ServiceLoaders.ensureReady() here: TextExtractor readies SPI Fly when a file's text is taken, so a
				// search on an index that is up to date does not pay for it (about 0.4 s of every CLI search).
				report = rebuild ? indexer.rebuild(task) : indexer.synchronize(task, documentId);
			}
		} catch (Throwable e) { // out of memory too: the task ends with a report, nobody waits for ever
			report = new IndexReport(task.kind(), IndexReport.Outcome.FAILED, 0, 0, 0, List.of(), String.valueOf(e), Duration.ZERO);
		}
		try {
			if (report.isDone() && (task.kind() == IndexTask.Kind.REBUILD || report.written() > 0 || report.deleted() > 0)) {
				refresh(task.kind() == IndexTask.Kind.REBUILD);
			}
		} finally {
			finish(task, report);
		}
	}

	private void finish(IndexTask task, IndexReport report) {
		synchronized (pending) {
			pending.remove(task);
		}
		if (current == task) {
			current = null;
		}
		task.complete(report);
	}

	/** After a commit: searches see it. After a rebuild a damaged view is dropped and opened anew. */
	private synchronized void refresh(boolean rebuilt) {
		if (rebuilt) {
			damage = null;
		}
		if (manager == null) {
			return;
		}
		try {
			manager.maybeRefresh();
		} catch (IOException | RuntimeException e) {
			closeManager();
		}
	}

	private synchronized SearcherManager manager() throws IOException {
		if (manager == null) {
			if (!DirectoryReader.indexExists(directory)) {
				return null;
			}
			manager = new SearcherManager(directory, null);
		}
		return manager;
	}

	private synchronized void closeManager() {
		if (manager != null) {
			try {
				manager.close();
			} catch (IOException | RuntimeException e) {
				// a damaged view; it is dropped either way
			}
			manager = null;
		}
	}

	/** Searches the last committed index. Never throws: problems (a bad query, no index, damage) are in the results. */
	public SearchResults search(SearchRequest request) {
		long started = System.nanoTime();
		ParsedQuery parsed = OfficeQueryParser.parse(request.query());
		if (!parsed.isSearchable()) {
			return SearchResults.problem(parsed.problem() == ParsedQuery.Problem.EMPTY ? SearchResults.Problem.EMPTY_QUERY
					: SearchResults.Problem.NO_WORDS, Duration.ofNanos(System.nanoTime() - started));
		}
		SearcherManager searchers;
		IndexSearcher searcher = null;
		try {
			searchers = manager();
			if (searchers == null) {
				return SearchResults.problem(SearchResults.Problem.INDEX_MISSING, Duration.ofNanos(System.nanoTime() - started));
			}
			searchers.maybeRefresh();
			searcher = searchers.acquire();
			try {
				return Searcher.search(searcher, request, parsed, started);
			} finally {
				searchers.release(searcher);
			}
		} catch (IOException | AlreadyClosedException e) {
			damaged(e);
			return SearchResults.problem(SearchResults.Problem.INDEX_DAMAGED, Duration.ofNanos(System.nanoTime() - started));
		}
	}

	private void damaged(Exception e) {
		damage = String.valueOf(e.getMessage());
		closeManager();
	}

	/**
	 * The whole text of one result with every match of {@code query} in it.
	 *
	 * @return null when the entry is no longer in the index or the index cannot be read
	 */
	public Preview preview(String uid, String query) {
		ParsedQuery parsed = OfficeQueryParser.parse(query);
		try {
			SearcherManager searchers = manager();
			if (searchers == null) {
				return null;
			}
			searchers.maybeRefresh();
			IndexSearcher searcher = searchers.acquire();
			try {
				return Searcher.preview(searcher, uid, parsed.highlights());
			} finally {
				searchers.release(searcher);
			}
		} catch (IOException | AlreadyClosedException e) {
			damaged(e);
			return null;
		}
	}

	/** The index's state: health, size, when built, the files whose text is missing, the task under way. */
	public IndexStatus status() {
		IndexHealth health = health();
		IndexTask task = current;
		if (task == null) {
			synchronized (pending) {
				task = pending.isEmpty() ? null : pending.get(0);
			}
		}
		if (!health.isReady()) {
			return new IndexStatus(health, 0, null, List.of(), task);
		}
		try {
			SearcherManager searchers = manager();
			if (searchers == null) {
				return new IndexStatus(IndexHealth.MISSING, 0, null, List.of(), task);
			}
			searchers.maybeRefresh();
			IndexSearcher searcher = searchers.acquire();
			try {
				DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
				Map<String, String> data = reader.getIndexCommit().getUserData();
				Instant built = null;
				try {
					built = data.containsKey(SearchSchema.COMMIT_BUILT) ? Instant.parse(data.get(SearchSchema.COMMIT_BUILT)) : null;
				} catch (DateTimeParseException e) {
					// shown as unknown
				}
				List<FileProblem> problems = new ArrayList<>(Indexer.unreadableProblems(data));
				problems.addAll(problems(searcher));
				return new IndexStatus(health, reader.numDocs(), built, problems, task);
			} finally {
				searchers.release(searcher);
			}
		} catch (IOException | AlreadyClosedException e) {
			damaged(e);
			return new IndexStatus(health(), 0, null, List.of(), task);
		}
	}

	private static List<FileProblem> problems(IndexSearcher searcher) throws IOException {
		TopDocs found = searcher.search(new TermQuery(new Term(SearchSchema.HAS_PROBLEM, "1")), MAX_STATUS_PROBLEMS); //$NON-NLS-1$
		List<FileProblem> problems = new ArrayList<>();
		java.util.Set<String> fields = java.util.Set.of(SearchSchema.DOCUMENT_ID, SearchSchema.ITEM_ID, SearchSchema.ARCHIVAL_CODE,
				SearchSchema.TITLE, SearchSchema.PROBLEMS);
		for (ScoreDoc hit : found.scoreDocs) {
			Document d = searcher.storedFields().document(hit.doc, fields);
			for (String line : d.getValues(SearchSchema.PROBLEMS)) {
				String[] parts = line.split("\t", 4); //$NON-NLS-1$
				if (parts.length < 4) {
					continue;
				}
				try {
					Extraction.Failure failure = new Extraction.Failure(Extraction.Kind.valueOf(parts[0]), parts[3].isEmpty() ? null : parts[3]);
					if (failure.isFileProblem()) {
						problems.add(new FileProblem(d.get(SearchSchema.DOCUMENT_ID), d.get(SearchSchema.ITEM_ID),
								d.get(SearchSchema.ARCHIVAL_CODE), d.get(SearchSchema.TITLE), parts[1], failure));
					}
				} catch (IllegalArgumentException e) {
					// a kind of a newer version
				}
			}
		}
		problems.sort(java.util.Comparator.comparing(FileProblem::archivalCode, java.util.Comparator.nullsLast(String::compareTo)));
		return problems;
	}

	/** Cancels the task under way and those queued, waits a little for the writer to let go, closes the index. */
	@Override
	public void close() {
		List<IndexTask> tasks;
		synchronized (pending) {
			tasks = new ArrayList<>(pending);
		}
		tasks.forEach(IndexTask::cancel);
		queue.shutdown();
		try {
			if (!queue.awaitTermination(30, TimeUnit.SECONDS)) {
				queue.shutdownNow();
			}
		} catch (InterruptedException e) {
			queue.shutdownNow();
			Thread.currentThread().interrupt();
		}
		closeManager();
		try {
			directory.close();
		} catch (IOException e) {
			// nothing left to write
		}
	}
}
