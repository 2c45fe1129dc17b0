package org.officebench.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.officebench.core.DocumentParticipant;
import org.officebench.core.ModelMigration;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;

/**
 * The OSGi service (declared in OSGI-INF) that opens repository folders. The document kinds' participants come from
 * Declarative Services; a service made with {@code new} outside it (tests, tools) takes those added with
 * {@link #addParticipant}, else those declared in {@code META-INF/services}.
 */
public final class FileRepositoryService implements RepositoryService {

	private final List<ModelMigration> migrations = new CopyOnWriteArrayList<>();
	private final List<DocumentParticipant> participants = new CopyOnWriteArrayList<>();
	private volatile boolean activated;

	/** Called by Declarative Services once the references are bound: from then on only bound participants count. */
	public void activate() {
		activated = true;
	}

	public void addParticipant(DocumentParticipant participant) {
		participants.add(participant);
	}

	public void removeParticipant(DocumentParticipant participant) {
		participants.remove(participant);
	}

	private List<DocumentParticipant> participants() {
		return activated || !participants.isEmpty() ? List.copyOf(participants) : Participants.discovered();
	}

	public void addMigration(ModelMigration migration) {
		migrations.add(migration);
	}

	public void removeMigration(ModelMigration migration) {
		migrations.remove(migration);
	}

	@Override
	public Repository open(Path folder, String user, boolean withSamples) throws RepositoryException {
		boolean fresh = !isRepository(folder);
		FileRepository repository = FileRepository.open(folder, user, () -> List.copyOf(migrations), this::participants);
		if (fresh && withSamples) {
			try {
				SampleContent.addTo(repository);
			} catch (java.io.IOException e) {
				repository.close();
				throw new RepositoryException(e.getMessage(), e);
			}
		}
		return repository;
	}

	@Override
	public Repository openForReading(Path folder, String user) throws RepositoryException {
		return FileRepository.openForReading(folder, user, () -> List.copyOf(migrations), this::participants);
	}

	@Override
	public boolean isRepository(Path folder) {
		return Files.isRegularFile(folder.resolve(FileRepository.MARKER));
	}
}
