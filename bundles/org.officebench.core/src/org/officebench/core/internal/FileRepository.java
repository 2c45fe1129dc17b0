package org.officebench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.AuditLog;
import org.officebench.core.ContentStore;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentParticipant;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Journal;
import org.officebench.core.LoadProblem;
import org.officebench.core.ModelMigration;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryListener;
import org.officebench.core.RepositoryListener.Change;
import org.officebench.model.Document;
import org.officebench.model.DocumentStatus;
import org.officebench.model.ModelVersion;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.provider.OfficeBenchItemProviderAdapterFactory;

/**
 * The repository as a plain folder. Nothing stored in it names an absolute path, so a copy of the folder
 * opens anywhere.
 *
 * <pre>
 * repository.properties      format marker
 * documents/&lt;kind&gt;/&lt;id&gt;.xmi  one document per file
 * store/sha256/ab/&lt;sha256&gt;   content-addressed files
 * audit/audit.log            append-only, one JSON object per line, each with the digest of the line before
 * audit/audit.head           the number and digest of the last entry
 * index/                     search index (derived, rebuildable)
 * journal/&lt;id&gt;.xmi           unsaved changes of open documents (see Journal); gone after a clean exit
 * trash/                     deleted documents, kept
 * .officebench.lock          held while a process writes
 * </pre>
 */
public final class FileRepository implements Repository {

	public static final String MARKER = "repository.properties"; //$NON-NLS-1$
	static final int FORMAT = 1;
	private static final String DOCUMENTS = "documents"; //$NON-NLS-1$

	private record Cached(FileTime modified, long size, DocumentSummary summary) {
	}

	private final Path root;
	private final String user;
	private final RepositoryLock lock;
	private final Sha256ContentStore store;
	private final JsonAuditLog audit;
	private final Supplier<List<ModelMigration>> migrations;
	private final Participants participants;
	private final ComposedAdapterFactory adapterFactory;
	private final List<RepositoryListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<Path, Cached> summaries = new ConcurrentHashMap<>();
	private volatile List<LoadProblem> problems = List.of();
	private final FileJournal journal;

	private FileRepository(Path root, String user, RepositoryLock lock, Supplier<List<ModelMigration>> migrations,
			Supplier<List<DocumentParticipant>> participants) {
		this.root = root;
		this.user = user;
		this.lock = lock;
		this.migrations = migrations;
		this.participants = new Participants(participants);
		this.store = new Sha256ContentStore(root.resolve("store").resolve("sha256")); //$NON-NLS-1$ //$NON-NLS-2$
		this.audit = new JsonAuditLog(root.resolve("audit").resolve("audit.log"), user, root, lock != null); //$NON-NLS-1$ //$NON-NLS-2$
		this.adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] { new OfficeBenchItemProviderAdapterFactory(),
				new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
		this.journal = new FileJournal(this);
	}

	/** Opens an existing repository for reading only: no lock is taken, so a running workbench does not mind. */
	public static FileRepository openForReading(Path folder, String user, Supplier<List<ModelMigration>> migrations,
			Supplier<List<DocumentParticipant>> participants) throws RepositoryException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isRegularFile(root.resolve(MARKER))) {
			throw new RepositoryException(NLS.bind(Messages.Repository_missing, root));
		}
		try {
			checkFormat(root);
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_cannotWrite, root, e.getMessage()), e);
		}
		return new FileRepository(root, user, null, migrations, participants);
	}

	/**
	 * Opens (creating if new or empty) the repository in {@code folder}, taking its lock, with the document
	 * participants declared in {@code META-INF/services}.
	 */
	public static FileRepository open(Path folder, String user, Supplier<List<ModelMigration>> migrations)
			throws RepositoryException {
		return open(folder, user, migrations, Participants::discovered);
	}

	/** Opens (creating if new or empty) the repository in {@code folder}, taking its lock. */
	public static FileRepository open(Path folder, String user, Supplier<List<ModelMigration>> migrations,
			Supplier<List<DocumentParticipant>> participants) throws RepositoryException {
		Path root = folder.toAbsolutePath().normalize();
		boolean fresh = prepareFolder(root);
		RepositoryLock lock = RepositoryLock.acquire(root, user);
		try {
			if (fresh) {
				Properties marker = new Properties();
				marker.setProperty("format", Integer.toString(FORMAT)); //$NON-NLS-1$
				marker.setProperty("created", Instant.now().toString()); //$NON-NLS-1$
				java.io.StringWriter text = new java.io.StringWriter();
				marker.store(text, "OfficeBench repository"); //$NON-NLS-1$
				AtomicFiles.write(root.resolve(MARKER), text.toString().getBytes(StandardCharsets.ISO_8859_1));
			} else {
				checkFormat(root);
			}
			for (DocumentKind kind : DocumentKind.values()) {
				Path folderOfKind = root.resolve(DOCUMENTS).resolve(kind.folder());
				Files.createDirectories(folderOfKind);
				AtomicFiles.cleanTempFiles(folderOfKind);
			}
			Files.createDirectories(root.resolve("store").resolve("sha256")); //$NON-NLS-1$ //$NON-NLS-2$
			AtomicFiles.cleanTempFiles(root.resolve("store").resolve("sha256")); //$NON-NLS-1$ //$NON-NLS-2$
			AtomicFiles.cleanTempFiles(root);
			AtomicFiles.cleanTempFiles(root.resolve("audit")); //$NON-NLS-1$
		} catch (IOException e) {
			lock.close();
			throw new RepositoryException(NLS.bind(Messages.Repository_cannotWrite, root, e.getMessage()), e);
		} catch (RepositoryException e) {
			lock.close();
			throw e;
		}
		return new FileRepository(root, user, lock, migrations, participants);
	}

	/** @return true when the folder is new or empty and must be initialised */
	private static boolean prepareFolder(Path root) throws RepositoryException {
		try {
			if (Files.isRegularFile(root.resolve(MARKER))) {
				return false;
			}
			if (Files.isDirectory(root)) {
				try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
					for (Path entry : entries) {
						if (!entry.getFileName().toString().equals(RepositoryLock.FILE_NAME)) {
							throw new RepositoryException(NLS.bind(Messages.Repository_notARepository, root));
						}
					}
				}
			} else {
				Files.createDirectories(root);
			}
			return true;
		} catch (java.nio.file.AccessDeniedException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_readOnly, e.getFile()), e);
		} catch (IOException e) {
			throw new RepositoryException(NLS.bind(Messages.Repository_cannotWrite, root, e.getMessage()), e);
		}
	}

	private static void checkFormat(Path root) throws RepositoryException, IOException {
		Properties marker = new Properties();
		try (InputStream in = Files.newInputStream(root.resolve(MARKER))) {
			marker.load(in);
		}
		int format;
		try {
			format = Integer.parseInt(marker.getProperty("format", "1").trim()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			format = FORMAT;
		}
		if (format > FORMAT) {
			throw new RepositoryException(NLS.bind(Messages.Repository_newerFormat, root, format));
		}
	}

	@Override
	public Path root() {
		return root;
	}

	@Override
	public String user() {
		return user;
	}

	@Override
	public List<DocumentSummary> documents() {
		List<DocumentSummary> found = new ArrayList<>();
		List<LoadProblem> broken = new ArrayList<>();
		for (DocumentKind kind : DocumentKind.values()) {
			Path folder = root.resolve(DOCUMENTS).resolve(kind.folder());
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{xmi," + CompactFormat.EXTENSION + "}")) { //$NON-NLS-1$ //$NON-NLS-2$
				for (Path file : files) {
					if (AtomicFiles.isTempFile(file) || isSuperseded(file)) {
						continue;
					}
					try {
						found.add(summarize(file, kind));
					} catch (DocumentLoadException e) {
						broken.add(e.problem());
					}
				}
			} catch (IOException e) {
				broken.add(new LoadProblem(relative(folder), 0, 0, Xmi.reason(e), Messages.Load_advice));
			}
		}
		found.sort(Comparator.comparing(DocumentSummary::kind).thenComparing(DocumentSummary::title,
				Comparator.nullsFirst(Comparator.naturalOrder())));
		problems = List.copyOf(broken);
		return found;
	}

	/** The same document in both formats means a crash while its format changed: the newer file counts. */
	private static boolean isSuperseded(Path file) {
		String name = file.getFileName().toString();
		String other = withExtension(name, name.endsWith(".xmi") ? CompactFormat.EXTENSION : "xmi"); //$NON-NLS-1$ //$NON-NLS-2$
		Path twin = file.resolveSibling(other);
		try {
			return Files.exists(twin) && Files.getLastModifiedTime(twin).compareTo(Files.getLastModifiedTime(file)) > 0;
		} catch (IOException e) {
			return false;
		}
	}

	static String withExtension(String file, String extension) {
		int dot = file.lastIndexOf('.');
		return (dot > file.lastIndexOf('/') ? file.substring(0, dot) : file) + "." + extension; //$NON-NLS-1$
	}

	/** A compact file cannot be mended in a text editor: only a backup helps. */
	private static String adviceFor(String file) {
		return isCompact(file) ? Messages.Compact_advice : Messages.Load_advice;
	}

	private static boolean isCompact(String file) {
		return file.endsWith("." + CompactFormat.EXTENSION); //$NON-NLS-1$
	}

	private DocumentSummary summarize(Path file, DocumentKind kind) throws DocumentLoadException {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Cached cached = summaries.get(file);
			if (cached != null && cached.modified.equals(modified) && cached.size == size) {
				return cached.summary;
			}
			RootPeek.Root peek;
			if (isCompact(file.toString())) {
				try (InputStream in = Files.newInputStream(file)) {
					CompactFormat.Head head = CompactFormat.readHead(in);
					peek = new RootPeek.Root(head.type(), head.id(), head.title(), head.documentNumber(), head.status(), head.modified());
				}
			} else {
				peek = RootPeek.read(file);
			}
			if (peek == null || peek.id() == null) {
				throw new DocumentLoadException(
						new LoadProblem(relative(file), 0, 0, Messages.Load_notDocument, adviceFor(file.toString())), null);
			}
			DocumentSummary summary = new DocumentSummary(peek.id(), kind, peek.title(), peek.documentNumber(),
					peek.status() == null ? DocumentStatus.DRAFT.getLiteral() : peek.status(), parseDate(peek.modified()),
					relative(file));
			summaries.put(file, new Cached(modified, size, summary));
			return summary;
		} catch (IOException | org.xml.sax.SAXException e) {
			int[] at = Xmi.position(e);
			throw new DocumentLoadException(new LoadProblem(relative(file), at[0], at[1], Xmi.reason(e), adviceFor(file.toString())), e);
		}
	}

	private static Instant parseDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").parse(text, Instant::from); //$NON-NLS-1$
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The participants of the kind's documents. */
	List<DocumentParticipant> participants(DocumentKind kind) {
		return participants.of(kind);
	}

	/** Writes need the lock; a repository opened for reading refuses them. */
	void checkWritable() throws IOException {
		if (lock == null) {
			throw new IOException(NLS.bind(Messages.Repository_openedForReading, root));
		}
	}

	@Override
	public boolean isReadOnly() {
		return lock == null;
	}

	@Override
	public List<LoadProblem> problems() {
		return problems;
	}

	@Override
	public OfficeDocument open(String id) throws DocumentLoadException {
		String file = fileOf(id);
		FileOfficeDocument document = new FileOfficeDocument(this, file, adapterFactory);
		document.load();
		return document;
	}

	@Override
	public Optional<Path> documentFile(String id) {
		try {
			return Optional.of(root.resolve(fileOf(id)));
		} catch (DocumentLoadException e) {
			return Optional.empty();
		}
	}

	private String fileOf(String id) throws DocumentLoadException {
		for (Cached cached : summaries.values()) {
			if (cached.summary.id().equals(id) && Files.exists(root.resolve(cached.summary.file()))) {
				return cached.summary.file();
			}
		}
		for (DocumentSummary summary : documents()) {
			if (summary.id().equals(id)) {
				return summary.file();
			}
		}
		// A file too broken to list is still found by its name, so that opening it reports what is wrong.
		for (DocumentKind kind : DocumentKind.values()) {
			for (String extension : new String[] { "xmi", CompactFormat.EXTENSION }) { //$NON-NLS-1$
				String file = DOCUMENTS + "/" + kind.folder() + "/" + id + "." + extension; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (!id.contains("/") && !id.contains("\\") && Files.isRegularFile(root.resolve(file))) { //$NON-NLS-1$ //$NON-NLS-2$
					return file;
				}
			}
		}
		throw new DocumentLoadException(new LoadProblem(id, 0, 0, NLS.bind(Messages.Load_unknownId, id), ""), null); //$NON-NLS-1$
	}

	/**
	 * Loads {@code file} into {@code resource} and brings it to the current model version.
	 *
	 * @return true when a migration changed it, so that it needs saving
	 */
	boolean loadInto(XMLResource resource, String file) throws DocumentLoadException {
		FileAccessTrace.record(FileAccessTrace.Access.READ, root.resolve(file));
		try (InputStream in = Files.newInputStream(root.resolve(file))) {
			if (isCompact(file)) {
				Xmi.attach(resource, CompactFormat.read(in, ModelVersion.CURRENT));
			} else {
				Xmi.load(resource, in);
			}
		} catch (IOException | RuntimeException e) {
			int[] at = Xmi.position(e);
			throw new DocumentLoadException(new LoadProblem(file, at[0], at[1], Xmi.reason(e), adviceFor(file)), e);
		}
		if (!resource.getErrors().isEmpty()) {
			// EMF reads past unknown classes and features into diagnostics; a partial document must not be edited and saved.
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new DocumentLoadException(
					new LoadProblem(file, first.getLine(), first.getColumn(), first.getMessage(), Messages.Load_advice), null);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
			throw new DocumentLoadException(new LoadProblem(file, 0, 0, unknownContent(file), adviceFor(file)), null);
		}
		int version = document.isSetModelVersion() ? document.getModelVersion() : 1;
		if (version > ModelVersion.CURRENT) {
			throw new DocumentLoadException(new LoadProblem(file, 0, 0,
					NLS.bind(Messages.Load_newerModel, version, ModelVersion.CURRENT), Messages.Load_newerAdvice), null);
		}
		boolean migrated = false;
		while (version < ModelVersion.CURRENT) {
			ModelMigration step = migrationFrom(version);
			if (step == null) {
				throw new DocumentLoadException(
						new LoadProblem(file, 0, 0, NLS.bind(Messages.Load_noMigration, version), Messages.Load_newerAdvice), null);
			}
			step.migrate(resource, document);
			version++;
			document.setModelVersion(version);
			migrated = true;
		}
		return migrated;
	}

	private String unknownContent(String file) {
		try {
			RootPeek.Root peek = RootPeek.read(root.resolve(file));
			if (peek != null && peek.type() != null) {
				return NLS.bind(Messages.Load_unknownType, peek.type());
			}
		} catch (IOException | org.xml.sax.SAXException e) {
			// fall through to the general reason
		}
		return Messages.Load_notDocument;
	}

	private ModelMigration migrationFrom(int version) {
		for (ModelMigration migration : migrations.get()) {
			if (migration.fromVersion() == version) {
				return migration;
			}
		}
		return null;
	}

	@Override
	public OfficeDocument create(DocumentKind kind, String title) throws IOException {
		Document document = (Document) OfficeBenchFactory.eINSTANCE.create(kind.eClass());
		String id = UUID.randomUUID().toString();
		Date now = new Date();
		document.setId(id);
		document.setTitle(org.officebench.core.util.Text.storable(title));
		document.setStatus(DocumentStatus.DRAFT);
		document.setAuthor(user);
		document.setOwner(user);
		document.setCreated(now);
		document.setModified(now);
		document.setModelVersion(ModelVersion.CURRENT);
		for (DocumentParticipant participant : participants.of(kind)) {
			participant.created(document);
		}
		return add(document);
	}

	/** Saves a document built elsewhere (samples, imports) as a new file of the repository. */
	public OfficeDocument add(Document document) throws IOException {
		checkWritable();
		DocumentKind kind = DocumentKind.of(document.eClass());
		String file = DOCUMENTS + "/" + kind.folder() + "/" + document.getId() + ".xmi"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		FileOfficeDocument handle = new FileOfficeDocument(this, file, adapterFactory);
		handle.initialize(document);
		handle.save();
		return handle;
	}

	@Override
	public void delete(String id) throws IOException {
		checkWritable();
		String file;
		try {
			file = fileOf(id);
		} catch (DocumentLoadException e) {
			throw new IOException(e.getMessage(), e);
		}
		Path source = root.resolve(file);
		Path target = root.resolve("trash").resolve(file.replace('/', '_') + "." + System.currentTimeMillis()); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(target.getParent());
		Files.move(source, target);
		summaries.remove(source);
		audit.append("delete", id, relative(target)); //$NON-NLS-1$
		fire(Change.DELETED, id);
	}

	@Override
	public ContentStore contentStore() {
		return store;
	}

	@Override
	public AuditLog auditLog() {
		return audit;
	}

	@Override
	public Journal journal() {
		return journal;
	}

	@Override
	public void addListener(RepositoryListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(RepositoryListener listener) {
		listeners.remove(listener);
	}

	void fire(Change change, String id) {
		for (RepositoryListener listener : listeners) {
			listener.documentChanged(change, id);
		}
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	@Override
	public void close() {
		adapterFactory.dispose();
		if (lock != null) {
			lock.close();
		}
	}
}
