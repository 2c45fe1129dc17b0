package org.officebench.search.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Lock;
import org.officebench.core.Repository;
import org.officebench.search.IndexHealth;
import org.officebench.search.SearchSchema;

/** The index's folder in the repository ({@code index/}): where it is, whether it is fit to use, and wiping it. */
public final class IndexFolder {

	public static final String NAME = "index"; //$NON-NLS-1$

	private IndexFolder() {
	}

	public static Path of(Repository repository) {
		return repository.root().resolve(NAME);
	}

	/**
	 * The light check: a latest commit that reads, each file it names present with an intact footer (a truncated or
	 * missing segment file shows here), our schema version in its commit data. Data inside files is checked by their
	 * checksums only when Lucene reads them, and a search that meets damage reports it.
	 */
	public static IndexHealth check(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return IndexHealth.MISSING;
			}
			SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
			for (String file : infos.files(true)) {
				try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
					CodecUtil.retrieveChecksum(in);
				}
			}
			Map<String, String> data = infos.getUserData();
			if (!SearchSchema.VERSION.equals(data.get(SearchSchema.COMMIT_VERSION))) {
				return new IndexHealth(IndexHealth.State.OUTDATED, data.get(SearchSchema.COMMIT_VERSION));
			}
			return IndexHealth.READY;
		} catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
			return new IndexHealth(IndexHealth.State.OUTDATED, e.getMessage());
		} catch (NoSuchFileException | FileNotFoundException e) {
			return new IndexHealth(IndexHealth.State.CORRUPT, "missing file " + e.getMessage()); //$NON-NLS-1$
		} catch (CorruptIndexException | EOFException e) {
			return new IndexHealth(IndexHealth.State.CORRUPT, e.getMessage());
		} catch (IOException | RuntimeException e) {
			return new IndexHealth(IndexHealth.State.CORRUPT, String.valueOf(e.getMessage()));
		}
	}

	/** Deletes every index file, holding the write lock so that no writer is at work meanwhile. */
	static void wipe(Directory directory, Path folder) throws IOException {
		try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
			for (String file : directory.listAll()) {
				if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
					Files.deleteIfExists(folder.resolve(file));
				}
			}
		}
	}
}
