package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Labels;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.core.archive.Appraisals;
import org.officebench.core.archive.ArchiveRuleException;
import org.officebench.core.archive.Lending;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Loan;

/** {@code appraisal}, {@code lend}, {@code return} and {@code overdue}: 鉴定 and 借阅 from the command line. */
final class ArchiveUseCommands {

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;
	private final String user;

	ArchiveUseCommands(PrintStream out, PrintStream err, RepositoryService service, String user) {
		this.out = out;
		this.err = err;
		this.service = service;
		this.user = user;
	}

	/** The items past their retention on a day (default today), in every archive catalogue. */
	int appraisal(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, DocumentLoadException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		LocalDate asOf = day(a.option("--as-of"), LocalDate.now()); //$NON-NLS-1$
		a.noMore(0);
		try (Repository repository = service.openForReading(repo, user)) {
			if (!json) {
				out.println(Messages.Appraisal_header);
			}
			int shown = 0;
			for (OfficeDocument document : catalogues(repository)) {
				for (Appraisals.DueItem due : Appraisals.due((ArchiveCatalogue) document.root(), asOf)) {
					shown++;
					ArchiveItem item = due.item();
					if (json) {
						Map<String, Object> fields = new LinkedHashMap<>();
						fields.put("archivalCode", item.getArchivalCode()); //$NON-NLS-1$
						fields.put("title", item.getTitle()); //$NON-NLS-1$
						fields.put("year", item.getYear()); //$NON-NLS-1$
						fields.put("retention", due.retention().getLiteral()); //$NON-NLS-1$
						fields.put("dueFrom", due.dueFrom().toString()); //$NON-NLS-1$
						fields.put("decision", due.decision() == null ? null : due.decision().getLiteral()); //$NON-NLS-1$
						fields.put("catalogue", document.id()); //$NON-NLS-1$
						out.println(org.officebench.core.util.Json.object(fields));
					} else {
						out.println(String.join("\t", nz(item.getArchivalCode()), nz(item.getTitle()), //$NON-NLS-1$
								Integer.toString(item.getYear()), Labels.retention(due.retention()), due.dueFrom().toString(),
								due.markedForDestruction() ? Messages.Appraisal_markedForDestruction : Messages.Appraisal_pending));
					}
				}
			}
			if (!json) {
				out.println(NLS.bind(Messages.Appraisal_count, Integer.toString(shown), asOf));
			}
		}
		return Cli.OK;
	}

	/** Lends the item with a 档号 from today until the due day, and saves. */
	int lend(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, IOException {
		String borrower = a.option("--to"); //$NON-NLS-1$
		String purpose = a.option("--purpose"); //$NON-NLS-1$
		String dueText = a.option("--due"); //$NON-NLS-1$
		List<String> rest = a.positionals();
		if (rest.isEmpty()) {
			throw new Cli.UsageException(Messages.Error_lendNeedsCode);
		}
		a.noMore(1);
		for (String[] required : new String[][] { { "--to", borrower }, { "--purpose", purpose }, { "--due", dueText } }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (required[1] == null || required[1].isBlank()) {
				throw new Cli.UsageException(NLS.bind(Messages.Error_lendNeeds, required[0]));
			}
		}
		LocalDate due = day(dueText, null);
		return change(repo, rest.get(0), (domain, item) -> Lending.lendCommand(domain, item, borrower, purpose, LocalDate.now(), due),
				item -> NLS.bind(Messages.Lend_done, new Object[] { item.getArchivalCode(), nz(item.getTitle()),
						borrower.strip(), due }));
	}

	/** Records the return of the item with a 档号 today, and saves. */
	int giveBack(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, IOException {
		List<String> rest = a.positionals();
		if (rest.isEmpty()) {
			throw new Cli.UsageException(Messages.Error_returnNeedsCode);
		}
		a.noMore(1);
		String[] borrower = new String[1];
		return change(repo, rest.get(0), (domain, item) -> {
			Loan loan = Lending.openLoan(item);
			borrower[0] = loan == null ? "" : loan.getBorrower(); //$NON-NLS-1$
			return Lending.returnCommand(domain, item, LocalDate.now());
		}, item -> NLS.bind(Messages.Return_done, new Object[] { item.getArchivalCode(), nz(item.getTitle()), borrower[0] }));
	}

	/** 催还: loans past their due day (default today), longest overdue first. */
	int overdue(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, DocumentLoadException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		LocalDate asOf = day(a.option("--as-of"), LocalDate.now()); //$NON-NLS-1$
		a.noMore(0);
		try (Repository repository = service.openForReading(repo, user)) {
			List<Lending.Overdue> all = new java.util.ArrayList<>();
			for (OfficeDocument document : catalogues(repository)) {
				all.addAll(Lending.overdue((ArchiveCatalogue) document.root(), asOf));
			}
			all.sort(java.util.Comparator.comparingLong(Lending.Overdue::daysOverdue).reversed());
			if (!json) {
				out.println(Messages.Overdue_header);
			}
			for (Lending.Overdue o : all) {
				if (json) {
					Map<String, Object> fields = new LinkedHashMap<>();
					fields.put("archivalCode", o.item().getArchivalCode()); //$NON-NLS-1$
					fields.put("title", o.item().getTitle()); //$NON-NLS-1$
					fields.put("borrower", o.loan().getBorrower()); //$NON-NLS-1$
					fields.put("purpose", o.loan().getPurpose()); //$NON-NLS-1$
					fields.put("lentOn", String.valueOf(Lending.day(o.loan().getLentOn()))); //$NON-NLS-1$
					fields.put("dueOn", o.dueOn().toString()); //$NON-NLS-1$
					fields.put("daysOverdue", o.daysOverdue()); //$NON-NLS-1$
					out.println(org.officebench.core.util.Json.object(fields));
				} else {
					out.println(String.join("\t", nz(o.item().getArchivalCode()), nz(o.item().getTitle()), //$NON-NLS-1$
							nz(o.loan().getBorrower()), o.dueOn().toString(), Long.toString(o.daysOverdue())));
				}
			}
			if (!json) {
				out.println(NLS.bind(Messages.Overdue_count, Integer.toString(all.size()), asOf));
			}
		}
		return Cli.OK;
	}

	@FunctionalInterface
	private interface Edit {
		Command on(org.eclipse.emf.edit.domain.EditingDomain domain, ArchiveItem item) throws ArchiveRuleException;
	}

	@FunctionalInterface
	private interface Report {
		String on(ArchiveItem item);
	}

	/** Finds the item by its 档号, runs one command on its catalogue and saves it; a refusal is a failure (1). */
	private int change(Path repo, String code, Edit edit, Report report) throws RepositoryException, IOException {
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
		try (Repository repository = service.open(repo, user, false)) {
			for (OfficeDocument document : catalogues(repository)) {
				for (ArchiveItem item : ((ArchiveCatalogue) document.root()).getItems()) {
					if (code.strip().equals(item.getArchivalCode())) {
						Command command;
						try {
							command = edit.on(document.editingDomain(), item);
						} catch (ArchiveRuleException e) {
							err.println(e.getMessage());
							return Cli.FAILURE;
						}
						document.commandStack().execute(command);
						document.save();
						out.println(report.on(item));
						return Cli.OK;
					}
				}
			}
			err.println(NLS.bind(Messages.Error_unknownCode, code));
			return Cli.FAILURE;
		}
	}

	/** The archive catalogues of the repository; one that cannot be read is reported and skipped. */
	private List<OfficeDocument> catalogues(Repository repository) {
		List<OfficeDocument> documents = new java.util.ArrayList<>();
		for (DocumentSummary summary : repository.documents()) {
			if (summary.kind() == DocumentKind.ARCHIVE) {
				try {
					documents.add(repository.open(summary.id()));
				} catch (DocumentLoadException e) {
					err.println(e.problem().describe());
				}
			}
		}
		return documents;
	}

	private static LocalDate day(String text, LocalDate otherwise) throws Cli.UsageException {
		if (text == null) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new Cli.UsageException(NLS.bind(Messages.Error_badDate, text));
		}
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
