package org.officebench.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentParticipant;
import org.officebench.core.LoadProblem;
import org.officebench.core.OfficeDocument;
import org.officebench.core.RepositoryListener.Change;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.officebench.model.Document;
import org.officebench.model.ModelVersion;

/** An open document backed by one file (XMI, or the compact format for big catalogues), with its own resource set, editing domain and command stack. */
final class FileOfficeDocument implements OfficeDocument {

	private final FileRepository repository;
	private String file;
	private final AdapterFactoryEditingDomain domain;
	private XMLResource resource;
	private boolean migrated;

	FileOfficeDocument(FileRepository repository, String file, AdapterFactory adapterFactory) {
		this.repository = repository;
		this.file = file;
		ResourceSet set = Xmi.newResourceSet();
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, new GuardedCommandStack(writing), set);
	}

	/** Held while the file is written, so that no command changes the model the writer reads. */
	private final ReentrantLock writing = new ReentrantLock();

	/** Executes, undoes and redoes only while no save is writing the document's file. */
	private static final class GuardedCommandStack extends BasicCommandStack {
		private final ReentrantLock writing;

		GuardedCommandStack(ReentrantLock writing) {
			this.writing = writing;
		}

		@Override
		public void execute(Command command) {
			whileNotWriting(() -> super.execute(command));
		}

		@Override
		public void undo() {
			whileNotWriting(super::undo);
		}

		@Override
		public void redo() {
			whileNotWriting(super::redo);
		}

		private void whileNotWriting(Runnable change) {
			writing.lock();
			try {
				change.run();
			} finally {
				writing.unlock();
			}
		}

		/**
		 * Marks the history saved up to {@code command}, the last one done when the file was written: a command done
		 * after it (while a big save was writing) stays unsaved. A command no longer in the history leaves it unsaved.
		 */
		void savedAt(Command command) {
			int index = command == null ? -1 : commandList.indexOf(command);
			saveIndex = command != null && index < 0 ? -2 : index;
			notifyListeners();
		}
	}

	/** Reads the file into a fresh resource, migrating it to the current model version if it is older. */
	void load() throws DocumentLoadException {
		ResourceSet set = domain.getResourceSet();
		if (resource != null) {
			resource.unload();
			set.getResources().remove(resource);
		}
		resource = Xmi.newResource(set, path());
		migrated = repository.loadInto(resource, file);
	}

	/** Starts a document that has no file yet. */
	void initialize(Document root) {
		resource = Xmi.newResource(domain.getResourceSet(), path());
		resource.getContents().add(root);
	}

	private Path path() {
		return repository.root().resolve(file);
	}

	@Override
	public String id() {
		return root().getId();
	}

	@Override
	public DocumentKind kind() {
		return DocumentKind.of(root().eClass());
	}

	@Override
	public Document root() {
		return (Document) resource.getContents().get(0);
	}

	@Override
	public AdapterFactoryEditingDomain editingDomain() {
		return domain;
	}

	@Override
	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	@Override
	public String file() {
		return file;
	}

	@Override
	public boolean isDirty() {
		return migrated || commandStack().isSaveNeeded();
	}

	@Override
	public synchronized void save() throws IOException {
		Save save = prepareSave();
		save.write();
		save.complete();
	}

	@Override
	public synchronized Save prepareSave() throws IOException {
		repository.checkWritable();
		Document root = root();
		List<DocumentParticipant> participants = repository.participants(kind());
		for (DocumentParticipant participant : participants) {
			participant.validateSave(root);
		}
		boolean isNew = !java.nio.file.Files.exists(path());
		// Bookkeeping, not an edit: it must not enter the undo history.
		root.setModified(new Date());
		root.setModelVersion(ModelVersion.CURRENT);
		boolean compact = participants.stream().anyMatch(participant -> participant.storeCompact(root));
		String target = FileRepository.withExtension(file, compact ? CompactFormat.EXTENSION : "xmi"); //$NON-NLS-1$
		String modified = EcoreUtil.convertToString(EcorePackage.Literals.EDATE, root.getModified());
		Command written = commandStack().getUndoCommand();
		return new Save() {
			@Override
			public void write() throws IOException {
				writing.lock();
				try {
					if (compact) {
						AtomicFiles.write(repository.root().resolve(target), out -> CompactFormat.write(root, ModelVersion.CURRENT, modified, out));
					} else {
						ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
						try {
							resource.save(bytes, Xmi.saveOptions());
						} catch (RuntimeException e) {
							// EMF refuses text XML cannot hold unchecked; the old file stays, and the caller is told.
							throw new IOException(NLS.bind(Messages.Save_failed, target, LoadProblem.withoutStop(Xmi.reason(e))), e);
						}
						AtomicFiles.write(repository.root().resolve(target), bytes.toByteArray());
					}
				} finally {
					writing.unlock();
				}
			}

			@Override
			public void complete() throws IOException {
				completeSave(root, target, isNew, written);
			}

			@Override
			public boolean isLarge() {
				return compact;
			}
		};
	}

	private synchronized void completeSave(Document root, String target, boolean isNew, Command written) throws IOException {
		if (!target.equals(file)) {
			// The format changed with the catalogue's size: the new file is in place, so the old one can go.
			java.nio.file.Files.deleteIfExists(path());
			file = target;
		}
		((GuardedCommandStack) commandStack()).savedAt(written);
		migrated = false;
		repository.auditLog().append(isNew ? "create" : "save", root.getId(), root.getTitle()); //$NON-NLS-1$ //$NON-NLS-2$
		for (DocumentParticipant participant : repository.participants(kind())) {
			participant.saved(root, repository.auditLog());
		}
		repository.fire(isNew ? Change.CREATED : Change.SAVED, root.getId());
	}

	@Override
	public void revert() throws DocumentLoadException {
		Revert revert = prepareRevert();
		revert.read();
		revert.apply();
	}

	@Override
	public Revert prepareRevert() {
		return new Revert() {
			private XMLResource read;
			private boolean readMigrated;

			@Override
			public void read() throws DocumentLoadException {
				// A resource set of its own: the document's set is not touched off the thread that owns it.
				XMLResource fresh = Xmi.newResource(Xmi.newResourceSet(), path());
				readMigrated = repository.loadInto(fresh, file);
				read = fresh;
			}

			@Override
			public void apply() {
				if (read == null) {
					throw new IllegalStateException("nothing read"); //$NON-NLS-1$
				}
				synchronized (FileOfficeDocument.this) {
					ResourceSet set = domain.getResourceSet();
					if (resource != null) {
						resource.unload();
						set.getResources().remove(resource);
					}
					set.getResources().add(read); // moves it out of the set it was read in
					resource = read;
					migrated = readMigrated;
					commandStack().flush();
				}
			}
		};
	}
}
