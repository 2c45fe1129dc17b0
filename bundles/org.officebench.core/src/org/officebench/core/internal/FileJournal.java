package org.officebench.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.Journal;
import org.officebench.core.LoadProblem;
import org.officebench.core.OfficeDocument;
import org.officebench.core.RepositoryListener.Change;
import org.officebench.model.Document;
import org.officebench.model.OfficeBenchPackage;

/**
 * The journal as the folder {@code journal/} of the repository: {@code <id>.xmi} per dirty document, in the same XMI a
 * save writes, so that a person can read it too. The folder is not under {@code documents/}: listings, search and
 * checks never take a snapshot for a document.
 */
final class FileJournal implements Journal {

	static final String FOLDER = "journal"; //$NON-NLS-1$
	/** A journal that cannot be written must never stop the editing: the failure is only logged. */
	private static final System.Logger LOG = System.getLogger(FileJournal.class.getName());

	private final FileRepository repository;
	private final Path folder;
	/** Serialises writing and removing snapshots. */
	private final Object lock = new Object();
	/** Per document, the number of the last {@link #discard(String)}: a snapshot taken before it is not written. */
	private final Map<String, Long> discarded = new ConcurrentHashMap<>();
	private final AtomicLong discards = new AtomicLong();

	FileJournal(FileRepository repository) {
		this.repository = repository;
		this.folder = repository.root().resolve(FOLDER);
		if (!repository.isReadOnly()) {
			try {
				AtomicFiles.cleanTempFiles(folder);
			} catch (IOException e) {
				// a temp file left by a crash is harmless: listings skip it
			}
			// Saving a document (editor, view or command line) or deleting it makes its snapshot obsolete.
			repository.addListener((change, id) -> {
				if (change == Change.SAVED || change == Change.DELETED) {
					discardQuietly(id);
				}
			});
		}
	}

	private Path fileOf(String documentId) {
		if (documentId == null || documentId.isBlank() || documentId.contains("/") || documentId.contains("\\") //$NON-NLS-1$ //$NON-NLS-2$
				|| documentId.startsWith(".")) { //$NON-NLS-1$
			throw new IllegalArgumentException("not a document id: " + documentId); //$NON-NLS-1$
		}
		return folder.resolve(documentId + ".xmi"); //$NON-NLS-1$
	}

	@Override
	public Optional<Snapshot> snapshot(OfficeDocument document) {
		if (repository.isReadOnly()) {
			return Optional.empty();
		}
		Document root = document.root();
		if (isTooBig(root)) {
			return Optional.empty();
		}
		String id = document.id();
		long taken = discarded.getOrDefault(id, 0L);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
		try {
			((XMLResource) root.eResource()).save(bytes, Xmi.saveOptions());
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot take a snapshot of " + document.file(), e); //$NON-NLS-1$
			return Optional.empty();
		}
		byte[] content = bytes.toByteArray();
		return Optional.of(new Snapshot() {
			@Override
			public String documentId() {
				return id;
			}

			@Override
			public void write() throws IOException {
				synchronized (lock) {
					if (discarded.getOrDefault(id, 0L) != taken) {
						return; // saved or thrown away since the snapshot was taken
					}
					AtomicFiles.write(fileOf(id), content);
				}
			}
		});
	}

	/** Counts up to {@link Journal#MAX_OBJECTS} and no further, so that asking is cheap for a big catalogue too. */
	private static boolean isTooBig(EObject root) {
		int count = 0;
		for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
			if (++count >= MAX_OBJECTS) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean contains(String documentId) {
		return Files.isRegularFile(fileOf(documentId));
	}

	@Override
	public void discard(String documentId) throws IOException {
		Path file = fileOf(documentId);
		synchronized (lock) {
			discarded.put(documentId, discards.incrementAndGet());
			if (Files.deleteIfExists(file)) {
				FileAccessTrace.record(FileAccessTrace.Access.WRITE, file);
			}
		}
	}

	private void discardQuietly(String documentId) {
		try {
			discard(documentId);
		} catch (IOException | RuntimeException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot remove the journal of " + documentId, e); //$NON-NLS-1$
		}
	}

	@Override
	public void discardAll() throws IOException {
		if (repository.isReadOnly()) {
			return;
		}
		for (Path file : journalFiles()) {
			String name = file.getFileName().toString();
			discard(name.substring(0, name.length() - ".xmi".length())); //$NON-NLS-1$
		}
		AtomicFiles.cleanTempFiles(folder);
	}

	private List<Path> journalFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.xmi")) { //$NON-NLS-1$
			for (Path file : entries) {
				if (!AtomicFiles.isTempFile(file) && Files.isRegularFile(file)) {
					files.add(file);
				}
			}
		}
		return files;
	}

	@Override
	public List<Entry> pending() {
		List<Entry> entries = new ArrayList<>();
		List<Path> files;
		try {
			files = journalFiles();
		} catch (IOException e) {
			LOG.log(System.Logger.Level.WARNING, "Cannot list the journal " + folder, e); //$NON-NLS-1$
			return entries;
		}
		for (Path file : files) {
			try {
				RootPeek.Root peek = RootPeek.read(file);
				EClassifier type = peek == null || peek.type() == null ? null
						: OfficeBenchPackage.eINSTANCE.getEClassifier(peek.type());
				if (peek.id() == null || !(type instanceof EClass eClass) || !file.getFileName().toString().equals(peek.id() + ".xmi")) { //$NON-NLS-1$
					continue;
				}
				DocumentKind kind = DocumentKind.of(eClass);
				Path saved = repository.documentFile(peek.id()).orElse(null);
				entries.add(new Entry(peek.id(), peek.title(), kind, Files.getLastModifiedTime(file).toInstant(),
						saved == null ? null : Files.getLastModifiedTime(saved).toInstant(),
						FOLDER + "/" + file.getFileName())); //$NON-NLS-1$
			} catch (IOException | org.xml.sax.SAXException | RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "Cannot read the journal file " + file, e); //$NON-NLS-1$
			}
		}
		entries.sort(Comparator.comparing(Entry::journaled, Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed());
		return entries;
	}

	@Override
	public Recovery recover(OfficeDocument document) throws DocumentLoadException {
		String file = FOLDER + "/" + fileOf(document.id()).getFileName(); //$NON-NLS-1$
		if (!Files.isRegularFile(repository.root().resolve(file))) {
			throw new DocumentLoadException(new LoadProblem(file, 0, 0, Messages.Journal_none, ""), null); //$NON-NLS-1$
		}
		XMLResource read = Xmi.newResource(Xmi.newResourceSet(), repository.root().resolve(file));
		repository.loadInto(read, file);
		Document journaled = (Document) read.getContents().get(0);
		if (journaled.eClass() != document.root().eClass() || !document.id().equals(journaled.getId())) {
			throw new DocumentLoadException(new LoadProblem(file, 0, 0, Messages.Load_notDocument, Messages.Load_advice), null);
		}
		ModelDiff.Result diff = ModelDiff.compare(document.editingDomain(), document.root(), journaled);
		Command command = diff.command();
		List<String> changes = diff.changes();
		return new Recovery() {
			@Override
			public Command command() {
				return command;
			}

			@Override
			public List<String> changes() {
				return changes;
			}

			@Override
			public boolean isEmpty() {
				return command == null;
			}
		};
	}
}
