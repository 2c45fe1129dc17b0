package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.DocumentKind;
import org.officebench.core.Labels;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.core.util.Json;
import org.officebench.model.RetentionPeriod;
import org.officebench.search.Facet;
import org.officebench.search.FileProblem;
import org.officebench.search.Hit;
import org.officebench.search.IndexHealth;
import org.officebench.search.IndexReport;
import org.officebench.search.SearchIndex;
import org.officebench.search.SearchRequest;
import org.officebench.search.SearchResults;
import org.officebench.search.analysis.TextMatches;

/**
 * {@code search [--limit N] [--json] [--year Y] [--retention R] [--org O] [--fonds F] [--kind K] QUERY...} and
 * {@code reindex}. Search opens the index in the repository, builds it when it is missing, damaged or outdated (saying
 * so on stderr, with progress) and brings it up to date with the repository before searching, so that what was just
 * filed is found. Works on a repository a workbench holds open.
 */
final class SearchCommand {

	private static final int MAX_LIMIT = 1000;
	private static final long PROGRESS_EVERY_MS = 1000;

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;
	private final String user;

	SearchCommand(PrintStream out, PrintStream err, RepositoryService service, String user) {
		this.out = out;
		this.err = err;
		this.service = service;
		this.user = user;
	}

	int search(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, IOException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		String limitText = a.option("--limit"); //$NON-NLS-1$
		String kindKey = a.option("--kind"); //$NON-NLS-1$
		CatalogueOptions.Choice filter = CatalogueOptions.parse(a);
		List<String> words = a.positionals();
		a.noMore(words.size());
		String query = String.join(" ", words).strip(); //$NON-NLS-1$
		if (query.isEmpty()) {
			throw new Cli.UsageException(Messages.Search_noQuery);
		}
		int limit = SearchRequest.DEFAULT_LIMIT;
		if (limitText != null) {
			try {
				limit = Integer.parseInt(limitText.strip());
			} catch (NumberFormatException e) {
				limit = -1;
			}
			if (limit < 1 || limit > MAX_LIMIT) {
				throw new Cli.UsageException(NLS.bind(Messages.Search_badLimit, limitText));
			}
		}
		Map<Facet, String> filters = new EnumMap<>(Facet.class);
		if (filter.fonds() != null) {
			filters.put(Facet.FONDS, filter.fonds().toUpperCase(Locale.ROOT));
		}
		if (filter.year() != null) {
			filters.put(Facet.YEAR, filter.year().toString());
		}
		if (filter.retention() != null) {
			filters.put(Facet.RETENTION, filter.retention().getLiteral());
		}
		if (filter.org() != null) {
			filters.put(Facet.ORG, filter.org().toUpperCase(Locale.ROOT));
		}
		if (kindKey != null) {
			DocumentKind kind = DocumentKind.fromKey(kindKey);
			if (kind == null) {
				throw new Cli.UsageException(NLS.bind(Messages.Error_unknownKind, kindKey));
			}
			filters.put(Facet.KIND, kind.key());
		}
		requireRepository(repo);
		try (Repository repository = service.openForReading(repo, user); SearchIndex index = SearchIndex.open(repository)) {
			if (!prepare(index)) {
				return Cli.FAILURE;
			}
			SearchRequest request = new SearchRequest(query, filters, limit, SearchRequest.DEFAULT_SNIPPET, false);
			SearchResults results = index.search(request);
			if (results.problem() == SearchResults.Problem.INDEX_DAMAGED) {
				err.println(NLS.bind(Messages.Search_rebuilding, index.health().describe()));
				if (!report(index.rebuild(progress()))) {
					return Cli.FAILURE;
				}
				results = index.search(request);
			}
			if (results.hasProblem()) {
				err.println(results.problemMessage());
				return results.problem() == SearchResults.Problem.EMPTY_QUERY ? Cli.USAGE : Cli.FAILURE;
			}
			results.noticeMessages().forEach(err::println);
			print(results, json);
			return Cli.OK;
		}
	}

	int reindex(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, IOException {
		a.noMore(0);
		requireRepository(repo);
		try (Repository repository = service.openForReading(repo, user); SearchIndex index = SearchIndex.open(repository)) {
			IndexReport report;
			try {
				report = index.rebuild(progress()).await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Cli.FAILURE;
			}
			if (!report.isDone()) {
				err.println(report.summary());
				return Cli.FAILURE;
			}
			for (FileProblem problem : index.status().problems()) {
				if (problem.archivalCode() == null && problem.itemId() == null) { // a document that cannot be read
					err.println(NLS.bind(Messages.Index_problemDocument, problem.describe()));
					continue;
				}
				err.println(NLS.bind(Messages.Index_problem,
						new Object[] { nz(problem.archivalCode()), nz(problem.title()), problem.describe() }));
			}
			out.println(report.summary());
			return Cli.OK;
		}
	}

	private void requireRepository(Path repo) throws RepositoryException {
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
	}

	/** An index fit to search: built if missing, damaged or outdated, else brought up to date. */
	private boolean prepare(SearchIndex index) {
		IndexHealth health = index.health();
		if (!health.isReady()) {
			err.println(health.state() == IndexHealth.State.MISSING ? Messages.Search_building
					: NLS.bind(Messages.Search_rebuilding, health.describe()));
			// a missing index may be being built by another search right now: synchronizing waits for it, else builds it
			return report(health.state() == IndexHealth.State.MISSING ? index.synchronize(progress()) : index.rebuild(progress()));
		}
		IndexReport report = await(index.synchronize(new NullProgressMonitor()));
		if (report == null) {
			return false;
		}
		if (!report.isDone()) {
			err.println(NLS.bind(Messages.Search_notUpdated, report.summary()));
		} else if (report.written() > 0 || report.deleted() > 0) {
			err.println(NLS.bind(Messages.Search_updated, Integer.toString(report.written()), Integer.toString(report.deleted())));
		}
		return true;
	}

	/** Waits for a build and says how it went on stderr; false when there is no index to search. */
	private boolean report(org.officebench.search.IndexTask task) {
		IndexReport report = await(task);
		if (report == null) {
			return false;
		}
		err.println(report.summary());
		return report.isDone();
	}

	private static IndexReport await(org.officebench.search.IndexTask task) {
		try {
			return task.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** Progress lines on stderr (the task's sub-task: which entry of how many), one a second at most, and the last one. */
	private IProgressMonitor progress() {
		return new NullProgressMonitor() {
			private long last;
			private String unprinted;

			@Override
			public void subTask(String name) {
				long now = System.currentTimeMillis();
				if (now - last >= PROGRESS_EVERY_MS) {
					last = now;
					unprinted = null;
					err.println(NLS.bind(Messages.Index_progress, nz(name)));
				} else {
					unprinted = name;
				}
			}

			@Override
			public void done() {
				if (unprinted != null) {
					err.println(NLS.bind(Messages.Index_progress, nz(unprinted)));
					unprinted = null;
				}
			}
		};
	}

	private void print(SearchResults results, boolean json) {
		if (!json && !results.hits().isEmpty()) {
			out.println(Messages.Search_header);
		}
		for (Hit hit : results.hits()) {
			String snippet = hit.snippet().text().strip();
			if (json) {
				Map<String, Object> fields = new LinkedHashMap<>();
				fields.put("archivalCode", hit.archivalCode()); //$NON-NLS-1$
				fields.put("title", hit.title()); //$NON-NLS-1$
				fields.put("file", hit.fileName()); //$NON-NLS-1$
				fields.put("score", Float.valueOf(Math.round(hit.score() * 1000) / 1000f)); //$NON-NLS-1$
				fields.put("snippet", snippet); //$NON-NLS-1$
				fields.put("highlights", highlights(hit.snippet())); //$NON-NLS-1$
				fields.put("kind", hit.kind() == null ? null : hit.kind().key()); //$NON-NLS-1$
				fields.put("documentId", hit.documentId()); //$NON-NLS-1$
				fields.put("itemId", hit.itemId()); //$NON-NLS-1$
				fields.put("date", hit.date()); //$NON-NLS-1$
				fields.put("year", hit.year()); //$NON-NLS-1$
				fields.put("retention", hit.retention()); //$NON-NLS-1$
				fields.put("org", hit.org()); //$NON-NLS-1$
				fields.put("location", hit.location() == null ? null : hit.location().label()); //$NON-NLS-1$
				out.println(Json.object(fields));
				continue;
			}
			RetentionPeriod retention = hit.retention() == null ? null : RetentionPeriod.get(hit.retention());
			// a policy, minutes or flowchart has no 档号: its kind stands there
			String code = hit.archivalCode() != null ? hit.archivalCode() : hit.kind() == null ? "" : hit.kind().label(); //$NON-NLS-1$
			out.println(String.join("\t", code, nz(hit.title()), nz(hit.date()), //$NON-NLS-1$
					retention == null ? "" : Labels.retention(retention), nz(hit.fileName()), //$NON-NLS-1$
					String.format(Locale.ROOT, "%.2f", hit.score()))); //$NON-NLS-1$
			String marked = hit.snippet().marked("\u3010", "\u3011").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			if (!marked.isEmpty()) {
				out.println("    " + marked); //$NON-NLS-1$
			}
			if (hit.location() != null) {
				out.println("    " + NLS.bind(Messages.Search_in, hit.location().label())); //$NON-NLS-1$
			}
		}
		if (!json) {
			if (results.hits().isEmpty()) {
				out.println(Messages.Search_none);
			} else {
				out.println(NLS.bind(results.totalExact() ? Messages.Search_count : Messages.Search_countAtLeast,
						Long.toString(results.totalHits()), Integer.toString(results.hits().size())));
			}
		}
	}

	/** The marked ranges of the snippet as [start, end] pairs, for a JSON reader to mark them itself. */
	private static List<String> highlights(TextMatches.Snippet snippet) {
		List<String> out = new ArrayList<>();
		int cut = snippet.text().length() - snippet.text().stripLeading().length();
		for (TextMatches.Range range : snippet.highlights()) {
			out.add((range.start() - cut) + "-" + (range.end() - cut)); //$NON-NLS-1$
		}
		return out;
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
