package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.FilingRequest;
import org.officebench.archive.FilingResult;
import org.officebench.archive.FilingService;
import org.officebench.archive.FolderWalk;
import org.officebench.archive.UnreadableCatalogues;
import org.officebench.archive.print.CatalogueFilter;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.util.Json;
import org.officebench.core.util.Text;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;

/**
 * {@code import [--fonds F] [--year Y] [--retention Y|D30|D10] [--org CODE] [--json] PATH...}: files each file (folders
 * are walked) as one 件 of the catalogue, prints one line per 件 with its 档号, reports the files it could not file
 * and why, and saves the catalogue once at the end. Exit 1 when a file was refused (the others are filed).
 */
final class ImportCommand {

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;
	private final String user;

	ImportCommand(PrintStream out, PrintStream err, RepositoryService service, String user) {
		this.out = out;
		this.err = err;
		this.service = service;
		this.user = user;
	}

	int run(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, DocumentLoadException, IOException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		// The same options as catalogue and export, here meaning where the files go rather than which 件 to show.
		CatalogueFilter target = CatalogueOptions.filter(a);
		String fonds = target.fonds();
		Integer year = target.year();
		RetentionPeriod retention = target.retention();
		String org = target.org();
		List<String> paths = a.positionals();
		a.noMore(paths.size());
		if (paths.isEmpty()) {
			throw new Cli.UsageException(Messages.Import_noPaths);
		}
		// Checked before anything is written: a code that cannot stand in a 档号 must never reach a catalogue.
		checkCode("--fonds", fonds); //$NON-NLS-1$
		checkCode("--org", org); //$NON-NLS-1$
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
		List<Path> given = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String path : paths) {
			Path p = Path.of(path);
			if (Files.exists(p)) {
				given.add(p);
			} else {
				missing.add(path);
			}
		}
		// The workbench's walk: hidden files left out, links and unreadable folders reported and skipped.
		FolderWalk.Result walk = FolderWalk.walk(given, new NullProgressMonitor());
		List<Path> files = walk.files();
		try (Repository repository = service.open(repo, user, false)) {
			OfficeDocument document = catalogueFor(repository, fonds, org);
			List<FilingRequest> requests = new ArrayList<>();
			for (Path file : files) {
				FilingRequest request = FilingRequest.of(file);
				if (year != null) {
					request.year(year);
				}
				if (retention != null) {
					request.retention(retention);
				}
				if (org != null) {
					request.organizationCode(org.strip().toUpperCase(Locale.ROOT));
				}
				requests.add(request);
			}
			List<FilingResult> results = new FilingService().file(repository, document, requests, new NullProgressMonitor());
			int filed = 0;
			for (FilingResult result : results) {
				if (result.isFiled()) {
					filed++;
				} else {
					refuse(result.file(), result.message());
				}
			}
			for (FilingResult skipped : walk.skipped()) {
				refuse(skipped.file(), skipped.message());
			}
			for (String path : missing) {
				refuse(path, Messages.Import_missing);
			}
			if (filed > 0) {
				// A 档号 is printed only once the catalogue holding it is on disk: a person may write it on paper.
				try {
					document.save();
				} catch (IOException | RuntimeException e) {
					err.println(Text.oneLine(NLS.bind(Messages.Import_saveFailed, document.file(), LoadProblem.withoutStop(e instanceof IOException && e.getMessage() != null ? e.getMessage() : innermost(e)))));
					return Cli.FAILURE;
				}
				for (FilingResult result : results) {
					if (result.isFiled()) {
						print(result, json);
					}
				}
			}
			int refused = results.size() - filed + walk.skipped().size() + missing.size();
			if (!json) {
				out.println(NLS.bind(Messages.Import_summary, new Object[] { filed, refused,
						((ArchiveCatalogue) document.root()).getFondsCode() }));
			}
			return refused == 0 ? Cli.OK : Cli.FAILURE;
		}
	}

	/** The innermost message, the one that names what is wrong. */
	static String innermost(Throwable failure) {
		String reason = null;
		for (Throwable t = failure; t != null && reason == null; t = t.getCause() == t ? null : t.getCause()) {
			reason = t.getMessage();
		}
		for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
			if (t.getMessage() != null) {
				reason = t.getMessage();
			}
		}
		return reason == null ? failure.getClass().getSimpleName() : reason;
	}

	private void refuse(Object file, String message) {
		err.println(Text.oneLine(NLS.bind(Messages.Import_refused, file, message)));
	}

	private static void checkCode(String option, String code) throws Cli.UsageException {
		if (code != null && !ArchiveClass.isCode(code.strip())) {
			throw new Cli.UsageException(NLS.bind(Messages.Error_badCode, option, Text.oneLine(code)));
		}
	}

	private void print(FilingResult result, boolean json) {
		var item = result.item();
		var stored = item.getFiles().isEmpty() ? null : item.getFiles().get(0);
		String fileName = stored == null ? result.file().getFileName().toString() : stored.getFileName();
		if (json) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("archivalCode", result.archivalCode()); //$NON-NLS-1$
			fields.put("title", item.getTitle()); //$NON-NLS-1$
			fields.put("file", fileName); //$NON-NLS-1$
			fields.put("sha256", stored == null ? null : stored.getSha256()); //$NON-NLS-1$
			fields.put("year", item.getYear()); //$NON-NLS-1$
			fields.put("retention", item.getRetention().getLiteral()); //$NON-NLS-1$
			fields.put("org", item.getOrganizationCode()); //$NON-NLS-1$
			fields.put("pages", item.getPages()); //$NON-NLS-1$
			if (result.duplicateOf() != null) {
				fields.put("duplicateOf", result.duplicateOf()); //$NON-NLS-1$
			}
			out.println(Json.object(fields));
			return;
		}
		String line = result.archivalCode() + "\t" + Text.oneLine(item.getTitle()) + "\t" + Text.oneLine(fileName); //$NON-NLS-1$ //$NON-NLS-2$
		if (result.duplicateOf() != null) {
			line += "\t" + NLS.bind(Messages.Import_duplicate, result.duplicateOf()); //$NON-NLS-1$
		}
		out.println(line);
	}

	/**
	 * The catalogue of the given 全宗, or the only one; a repository without any gets one for the 全宗 named, so that
	 * importing into a fresh repository just works.
	 */
	private OfficeDocument catalogueFor(Repository repository, String fonds, String org)
			throws Cli.UsageException, DocumentLoadException, IOException {
		// An unreadable catalogue of this 全宗 is not an absent one: creating another would issue its 档号 again.
		UnreadableCatalogues.check(repository, fonds);
		List<OfficeDocument> catalogues = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (DocumentSummary summary : repository.documents()) {
			if (summary.kind() == DocumentKind.ARCHIVE) {
				OfficeDocument document = repository.open(summary.id());
				String code = ((ArchiveCatalogue) document.root()).getFondsCode();
				codes.add(code);
				if (fonds == null || fonds.equalsIgnoreCase(code)) {
					catalogues.add(document);
				}
			}
		}
		if (catalogues.size() == 1) {
			return catalogues.get(0);
		}
		if (catalogues.size() > 1) {
			throw new Cli.UsageException(NLS.bind(Messages.Import_whichFonds, String.join(", ", codes))); //$NON-NLS-1$
		}
		if (fonds == null) {
			throw new Cli.UsageException(codes.isEmpty() ? Messages.Import_noCatalogue
					: NLS.bind(Messages.Import_whichFonds, String.join(", ", codes))); //$NON-NLS-1$
		}
		if (!codes.isEmpty()) {
			throw new Cli.UsageException(NLS.bind(Messages.Import_unknownFonds, fonds, String.join(", ", codes))); //$NON-NLS-1$
		}
		OfficeDocument created = repository.create(DocumentKind.ARCHIVE, NLS.bind(Messages.Import_newCatalogueTitle, fonds));
		ArchiveCatalogue catalogue = (ArchiveCatalogue) created.root();
		catalogue.setFondsCode(fonds.strip().toUpperCase(Locale.ROOT));
		catalogue.setFondsName(fonds);
		Organization organization = OfficeBenchFactory.eINSTANCE.createOrganization();
		organization.setCode(org == null ? "BGS" : org.strip().toUpperCase(Locale.ROOT)); //$NON-NLS-1$
		organization.setName(org == null ? Messages.Import_defaultOrganization : org);
		catalogue.getOrganizations().add(organization);
		created.save();
		return created;
	}
}
