package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.print.CatalogueEntry;
import org.officebench.archive.print.CatalogueFilter;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Labels;
import org.officebench.core.LoadProblem;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.core.util.Json;
import org.officebench.core.util.Text;
import org.officebench.model.ActionItem;
import org.officebench.model.AgendaItem;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.Chapter;
import org.officebench.model.Document;
import org.officebench.model.Flowchart;
import org.officebench.model.MeetingMinutes;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.PolicyDocument;
import org.officebench.model.Step;
import org.officebench.model.StoredFile;

/**
 * {@code officebench [--repo DIR] COMMAND ...}. Kept apart from the OSGi application so that tests can run it
 * in-process as well as in a separate JVM.
 */
public final class Cli {

	public static final int OK = 0;
	public static final int FAILURE = 1;
	public static final int USAGE = 2;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	/** Thrown for a command line that cannot be understood; the message says what is wrong. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;

	public Cli(PrintStream out, PrintStream err, RepositoryService service) {
		this.out = out;
		this.err = err;
		this.service = service;
	}

	public int run(String[] args) {
		Arguments a = new Arguments(args);
		CliLog.routeLibraryLogging();
		try {
			Path repo = a.option("--repo") != null ? Path.of(a.option("--repo")) : defaultRepository(); //$NON-NLS-1$ //$NON-NLS-2$
			String command = a.command();
			if (isHelp(command, a)) {
				return help(out);
			}
			return switch (command) {
			case "init" -> init(repo, a); //$NON-NLS-1$
			case "list" -> list(repo, a); //$NON-NLS-1$
			case "new" -> create(repo, a); //$NON-NLS-1$
			case "show" -> show(repo, a); //$NON-NLS-1$
			case "catalogue" -> catalogue(repo, a); //$NON-NLS-1$
			case "appraisal" -> new ArchiveUseCommands(out, err, service, user()).appraisal(repo, a); //$NON-NLS-1$
			case "lend" -> new ArchiveUseCommands(out, err, service, user()).lend(repo, a); //$NON-NLS-1$
			case "return" -> new ArchiveUseCommands(out, err, service, user()).giveBack(repo, a); //$NON-NLS-1$
			case "overdue" -> new ArchiveUseCommands(out, err, service, user()).overdue(repo, a); //$NON-NLS-1$
			case "import" -> new ImportCommand(out, err, service, user()).run(repo, a); //$NON-NLS-1$
			case "verify" -> new VerifyCommand(out, err, service).run(repo, a); //$NON-NLS-1$
			case "export" -> new ExportCommand(out, err, service).run(repo, a); //$NON-NLS-1$
			case "search" -> new SearchCommand(out, err, service, user()).search(repo, a); //$NON-NLS-1$
			case "reindex" -> new SearchCommand(out, err, service, user()).reindex(repo, a); //$NON-NLS-1$
			case "backup" -> new BackupCommand(out, err, service).run(repo, a); //$NON-NLS-1$
			case "restore" -> new RestoreCommand(out, err, service).run(repo, a); //$NON-NLS-1$
			default -> throw new UsageException(NLS.bind(Messages.Error_unknownCommand, command));
			};
		} catch (UsageException e) {
			err.println(e.getMessage());
			err.println(Messages.Error_seeHelp);
			return USAGE;
		} catch (RepositoryException e) {
			err.println(e.getMessage());
			return FAILURE;
		} catch (DocumentLoadException e) {
			err.println(Text.oneLine(e.problem().describe()));
			return FAILURE;
		} catch (IOException e) {
			err.println(Text.oneLine(NLS.bind(Messages.Error_io, e.getMessage())));
			return FAILURE;
		} catch (RuntimeException | Error e) {
			// Nothing foreseen it: never a silent exit 0; one line here, the details in a log the user can find.
			Path log = CliLog.write(e, args);
			String what = LoadProblem.withoutStop(Text.oneLine(e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage())); //$NON-NLS-1$
			err.println(log == null ? NLS.bind(Messages.Error_unexpectedNoLog, what) : NLS.bind(Messages.Error_unexpected, what, log));
			return FAILURE;
		}
	}

	/**
	 * Whether the command line only asks for the usage: then {@link #help(PrintStream)} answers it without a
	 * repository, core services or any library (the application does not even wait for them).
	 */
	public static boolean isHelp(String[] args) {
		Arguments a = new Arguments(args);
		return isHelp(a.command(), a);
	}

	private static boolean isHelp(String command, Arguments a) {
		return command == null || command.equals("help") || a.flag("--help") || a.flag("-h"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static int help(PrintStream out) {
		out.println(Messages.Usage);
		return OK;
	}

	public static Path defaultRepository() {
		return Path.of(System.getProperty("user.home"), "OfficeBench"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String user() {
		return System.getProperty("user.name", "officebench"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private int init(Path repo, Arguments a) throws UsageException, RepositoryException {
		boolean samples = a.flag("--samples"); //$NON-NLS-1$
		a.noMore(0);
		boolean existed = service.isRepository(repo);
		try (Repository repository = service.open(repo, user(), samples)) {
			out.println(NLS.bind(existed ? Messages.Init_exists : Messages.Init_created, repository.root()));
		}
		return OK;
	}

	private int list(Path repo, Arguments a) throws UsageException, RepositoryException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		String kindKey = a.option("--kind"); //$NON-NLS-1$
		a.noMore(0);
		DocumentKind kind = null;
		if (kindKey != null) {
			kind = DocumentKind.fromKey(kindKey);
			if (kind == null) {
				throw new UsageException(NLS.bind(Messages.Error_unknownKind, kindKey));
			}
		}
		try (Repository repository = service.openForReading(repo, user())) {
			List<DocumentSummary> documents = repository.documents();
			if (!json) {
				out.println(Messages.List_header);
			}
			int shown = 0;
			for (DocumentSummary d : documents) {
				if (kind != null && d.kind() != kind) {
					continue;
				}
				shown++;
				if (json) {
					Map<String, Object> fields = new LinkedHashMap<>();
					fields.put("id", d.id()); //$NON-NLS-1$
					fields.put("kind", d.kind().key()); //$NON-NLS-1$
					fields.put("title", d.title()); //$NON-NLS-1$
					fields.put("documentNumber", d.documentNumber()); //$NON-NLS-1$
					fields.put("status", d.status()); //$NON-NLS-1$
					fields.put("modified", d.modified() == null ? null : d.modified().toString()); //$NON-NLS-1$
					fields.put("file", d.file()); //$NON-NLS-1$
					out.println(Json.object(fields));
				} else {
					out.println(String.join("\t", d.kind().label(), Text.oneLine(d.id()), nz(d.title()), nz(d.documentNumber()), //$NON-NLS-1$
							Labels.status(d.status()), d.modified() == null ? "" : TIME.format(d.modified()))); //$NON-NLS-1$
				}
			}
			if (!json) {
				out.println(NLS.bind(Messages.List_count, shown));
			}
			for (LoadProblem problem : repository.problems()) {
				err.println(Text.oneLine(NLS.bind(Messages.List_problem, problem.describe())));
			}
		}
		return OK;
	}

	private int create(Path repo, Arguments a) throws UsageException, RepositoryException, IOException {
		String title = a.option("--title"); //$NON-NLS-1$
		String number = a.option("--number"); //$NON-NLS-1$
		boolean json = a.flag("--json"); //$NON-NLS-1$
		List<String> rest = a.positionals();
		if (rest.isEmpty()) {
			throw new UsageException(Messages.Error_newNeedsKind);
		}
		a.noMore(1);
		DocumentKind kind = DocumentKind.fromKey(rest.get(0));
		if (kind == null || kind == DocumentKind.ARCHIVE) {
			throw new UsageException(NLS.bind(Messages.Error_newKind, rest.get(0)));
		}
		if (title == null || title.isBlank()) {
			throw new UsageException(Messages.Error_newNeedsTitle);
		}
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
		try (Repository repository = service.open(repo, user(), false)) {
			OfficeDocument document = repository.create(kind, title.strip());
			if (number != null && !number.isBlank()) {
				document.commandStack().execute(SetCommand.create(document.editingDomain(), document.root(),
						OfficeBenchPackage.Literals.DOCUMENT__DOCUMENT_NUMBER, Text.storable(number.strip())));
				document.save();
			}
			if (json) {
				out.println(Json.object(describe(document.root(), document.file())));
			} else {
				out.println(NLS.bind(Messages.New_created, new Object[] { kind.label(), document.id(), Text.oneLine(document.root().getTitle()) }));
			}
		}
		return OK;
	}

	private int show(Path repo, Arguments a) throws UsageException, RepositoryException, DocumentLoadException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		List<String> rest = a.positionals();
		if (rest.isEmpty()) {
			throw new UsageException(Messages.Error_showNeedsId);
		}
		a.noMore(1);
		try (Repository repository = service.openForReading(repo, user())) {
			OfficeDocument document = repository.open(rest.get(0));
			Document d = document.root();
			if (json) {
				out.println(Json.object(describe(d, document.file())));
				return OK;
			}
			line(Messages.Field_title, d.getTitle());
			line(Messages.Field_kind, document.kind().label());
			line(Messages.Field_id, d.getId());
			line(Messages.Field_number, d.getDocumentNumber());
			line(Messages.Field_status, Labels.status(d.getStatus()));
			line(Messages.Field_author, d.getAuthor());
			line(Messages.Field_owner, d.getOwner());
			line(Messages.Field_department, d.getDepartment());
			line(Messages.Field_created, date(d.getCreated()));
			line(Messages.Field_modified, date(d.getModified()));
			line(Messages.Field_tags, String.join(", ", d.getTags())); //$NON-NLS-1$
			line(Messages.Field_file, document.file());
			for (String row : outline(d)) {
				out.println(Text.oneLine(row));
			}
		}
		return OK;
	}

	/** 归档文件目录 (DA/T 22 columns plus 保管期限, 机构, 年度), filtered, in catalogue order. */
	private int catalogue(Path repo, Arguments a) throws UsageException, RepositoryException, DocumentLoadException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		CatalogueFilter filter = CatalogueOptions.filter(a);
		a.noMore(0);
		try (Repository repository = service.openForReading(repo, user())) {
			if (!json) {
				out.println(Messages.Catalogue_header);
			}
			int shown = 0;
			for (CatalogueEntry entry : filter.select(repository)) {
				shown++;
				printItem(shown, entry.catalogue(), entry.item(), json);
			}
			if (!json) {
				out.println(NLS.bind(Messages.Catalogue_count, shown));
			}
		}
		return OK;
	}

	private void printItem(int row, ArchiveCatalogue catalogue, ArchiveItem item, boolean json) {
		String date = item.getDate() == null ? "" : new SimpleDateFormat("yyyyMMdd").format(item.getDate()); //$NON-NLS-1$ //$NON-NLS-2$
		StoredFile file = item.getFiles().isEmpty() ? null : item.getFiles().get(0);
		if (json) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("archivalCode", item.getArchivalCode()); //$NON-NLS-1$
			fields.put("itemNumber", item.getItemNumber()); //$NON-NLS-1$
			fields.put("fonds", catalogue.getFondsCode()); //$NON-NLS-1$
			fields.put("year", item.getYear()); //$NON-NLS-1$
			fields.put("retention", item.getRetention().getLiteral()); //$NON-NLS-1$
			fields.put("org", item.getOrganizationCode()); //$NON-NLS-1$
			fields.put("documentNumber", item.getDocumentNumber()); //$NON-NLS-1$
			fields.put("responsible", item.getResponsible()); //$NON-NLS-1$
			fields.put("title", item.getTitle()); //$NON-NLS-1$
			fields.put("date", date); //$NON-NLS-1$
			fields.put("securityLevel", item.getSecurityLevel().getLiteral()); //$NON-NLS-1$
			fields.put("pages", item.getPages()); //$NON-NLS-1$
			fields.put("remarks", item.getRemarks()); //$NON-NLS-1$
			fields.put("destroyed", item.isDestroyed()); //$NON-NLS-1$
			fields.put("file", file == null ? null : file.getFileName()); //$NON-NLS-1$
			fields.put("sha256", file == null ? null : file.getSha256()); //$NON-NLS-1$
			out.println(Json.object(fields));
			return;
		}
		String remarks = item.isDestroyed() ? join(Messages.Catalogue_destroyed, nz(item.getRemarks())) : nz(item.getRemarks());
		out.println(String.join("\t", Integer.toString(row), nz(item.getArchivalCode()), nz(item.getDocumentNumber()), //$NON-NLS-1$
				nz(item.getResponsible()), nz(item.getTitle()), date, Labels.securityLevel(item.getSecurityLevel()),
				item.getPages() > 0 ? Integer.toString(item.getPages()) : "", remarks, //$NON-NLS-1$
				Labels.retention(item.getRetention()), nz(item.getOrganizationCode()), Integer.toString(item.getYear())));
	}

	private static String join(String a, String b) {
		return b == null || b.isBlank() ? a : a + "; " + b; //$NON-NLS-1$
	}

	private void line(String label, String value) {
		if (value != null && !value.isEmpty()) {
			out.println(label + ": " + Text.oneLine(value)); //$NON-NLS-1$
		}
	}

	private static List<String> outline(Document d) {
		List<String> rows = new ArrayList<>();
		if (d instanceof PolicyDocument p) {
			int i = 0;
			for (Chapter c : p.getChapters()) {
				rows.add(NLS.bind(Messages.Outline_chapter, new Object[] { ++i, nz(c.getTitle()), c.getArticles().size() }));
			}
		} else if (d instanceof Flowchart f) {
			line(rows, Messages.Field_post, f.getPost());
			for (Step s : f.getSteps()) {
				rows.add(NLS.bind(Messages.Outline_step, nz(s.getName()), s.getLane() == null ? "" : nz(s.getLane().getName()))); //$NON-NLS-1$
			}
		} else if (d instanceof MeetingMinutes m) {
			line(rows, Messages.Field_meetingType, m.getMeetingType());
			line(rows, Messages.Field_meetingDate, date(m.getMeetingDate()));
			line(rows, Messages.Field_chair, m.getChair());
			for (AgendaItem item : m.getAgendaItems()) {
				rows.add(NLS.bind(Messages.Outline_agenda, nz(item.getTitle())));
			}
			for (ActionItem item : m.getActionItems()) {
				rows.add(NLS.bind(Messages.Outline_action, new Object[] { nz(item.getTask()), nz(item.getOwner()),
						date(item.getDeadline()), item.getStatus().getLiteral() }));
			}
		} else if (d instanceof ArchiveCatalogue c) {
			line(rows, Messages.Field_fonds, nz(c.getFondsCode()) + " " + nz(c.getFondsName())); //$NON-NLS-1$
			for (ArchiveItem item : c.getItems()) {
				rows.add(NLS.bind(Messages.Outline_item, nz(item.getArchivalCode()), nz(item.getTitle())));
			}
		}
		return rows;
	}

	private static void line(List<String> rows, String label, String value) {
		if (value != null && !value.isBlank()) {
			rows.add(label + ": " + value); //$NON-NLS-1$
		}
	}

	private static Map<String, Object> describe(Document d, String file) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", d.getId()); //$NON-NLS-1$
		fields.put("kind", DocumentKind.of(d.eClass()).key()); //$NON-NLS-1$
		fields.put("title", d.getTitle()); //$NON-NLS-1$
		fields.put("documentNumber", d.getDocumentNumber()); //$NON-NLS-1$
		fields.put("status", d.getStatus().getLiteral()); //$NON-NLS-1$
		fields.put("author", d.getAuthor()); //$NON-NLS-1$
		fields.put("owner", d.getOwner()); //$NON-NLS-1$
		fields.put("department", d.getDepartment()); //$NON-NLS-1$
		fields.put("created", iso(d.getCreated())); //$NON-NLS-1$
		fields.put("modified", iso(d.getModified())); //$NON-NLS-1$
		fields.put("tags", d.getTags()); //$NON-NLS-1$
		fields.put("modelVersion", d.getModelVersion()); //$NON-NLS-1$
		fields.put("file", file); //$NON-NLS-1$
		if (d instanceof PolicyDocument p) {
			fields.put("chapters", p.getChapters().size()); //$NON-NLS-1$
			fields.put("articles", p.getChapters().stream().mapToInt(c -> c.getArticles().size()).sum()); //$NON-NLS-1$
		} else if (d instanceof Flowchart f) {
			fields.put("lanes", f.getLanes().size()); //$NON-NLS-1$
			fields.put("steps", f.getSteps().size()); //$NON-NLS-1$
			fields.put("links", f.getLinks().size()); //$NON-NLS-1$
		} else if (d instanceof MeetingMinutes m) {
			fields.put("attendees", m.getAttendees().size()); //$NON-NLS-1$
			fields.put("agendaItems", m.getAgendaItems().size()); //$NON-NLS-1$
			fields.put("decisions", m.getDecisions().size()); //$NON-NLS-1$
			fields.put("actionItems", m.getActionItems().size()); //$NON-NLS-1$
		} else if (d instanceof ArchiveCatalogue c) {
			fields.put("fondsCode", c.getFondsCode()); //$NON-NLS-1$
			fields.put("items", c.getItems().size()); //$NON-NLS-1$
		}
		return fields;
	}

	private static String iso(Date date) {
		return date == null ? null : date.toInstant().toString();
	}

	private static String date(Date date) {
		return date == null ? null : new SimpleDateFormat("yyyy-MM-dd").format(date); //$NON-NLS-1$
	}

	/** For text output: never null, on one line, no raw control character. */
	private static String nz(String s) {
		return s == null ? "" : Text.oneLine(s); //$NON-NLS-1$
	}
}
