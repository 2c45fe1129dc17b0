package org.officebench.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.officebench.core.ModelMigration;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;

/** The OSGi service (declared in OSGI-INF) that opens repository folders. */
public final class FileRepositoryService implements RepositoryService {

	private final List<ModelMigration> migrations = new CopyOnWriteArrayList<>();

	public void addMigration(ModelMigration migration) {
		migrations.add(migration);
	}

	public void removeMigration(ModelMigration migration) {
		migrations.remove(migration);
	}

	@Override
	public Repository open(Path folder, String user, boolean withSamples) throws RepositoryException {
		boolean fresh = !isRepository(folder);
		FileRepository repository = FileRepository.open(folder, user, () -> List.copyOf(migrations));
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
		return FileRepository.openForReading(folder, user, () -> List.copyOf(migrations));
	}

	@Override
	public boolean isRepository(Path folder) {
		return Files.isRegularFile(folder.resolve(FileRepository.MARKER));
	}
}
