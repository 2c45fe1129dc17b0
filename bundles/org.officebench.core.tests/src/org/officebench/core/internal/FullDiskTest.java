package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DiskFullException;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.tests.support.TestRepositories;
import org.officebench.tests.support.SmallVolume;

/**
 * A save on a full disk says so, names the file and keeps the old file; once there is room again, saving works. On a
 * real small volume: a 2 MB tmpfs mounted for the test (needs root, as on CI; skipped, saying why, where it cannot be
 * mounted).
 */
class FullDiskTest {

	@TempDir
	Path temp;
	private SmallVolume small;
	private Path volume;

	@BeforeEach
	void mountSmallVolume() throws Exception {
		small = SmallVolume.mount(temp.resolve("small-volume"), "2m");
		volume = small.path();
	}

	@AfterEach
	void unmount() throws Exception {
		if (small != null) {
			small.close();
		}
	}

	/** Writes zeros until the volume refuses more. */
	private static Path fill(Path folder) throws IOException {
		Path filler = folder.resolve("filler.bin");
		byte[] block = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(block);
			}
		} catch (IOException e) {
			// full
		}
		return filler;
	}

	@Test
	void aSaveOnAFullDiskIsReportedAndKeepsTheOldFile() throws Exception {
		try (Repository repository = TestRepositories.open(volume.resolve("repo"), false)) {
			OfficeDocument document = repository.create(DocumentKind.POLICY, "档案室钥匙管理规定");
			Path file = repository.root().resolve(document.file());
			byte[] before = Files.readAllBytes(file);
			document.commandStack().execute(SetCommand.create(document.editingDomain(), document.root(),
					OfficeBenchPackage.Literals.DOCUMENT__TITLE, "档案室钥匙与门禁管理规定" + "，补充条款".repeat(2000)));
			Path filler = fill(repository.root());

			DiskFullException full = assertThrows(DiskFullException.class, document::save);
			assertTrue(full.getMessage().contains(file.toString()), "names the file: " + full.getMessage());
			assertTrue(full.getMessage().startsWith("磁盘已满"), "says why, in the user's language: " + full.getMessage());
			assertTrue(full.getMessage().contains("腾出"), "says what to do: " + full.getMessage());
			assertEquals(file, full.file());
			assertArrayEquals(before, Files.readAllBytes(file), "the old file is intact");
			assertTrue(document.isDirty(), "the changes are still there to be saved");
			try (var names = Files.list(file.getParent())) {
				assertEquals(1, names.count(), "no temp file is left beside it");
			}

			// The journal on a full disk fails with the same report (the workbench only logs it) and writes nothing.
			assertThrows(DiskFullException.class, () -> repository.journal().write(document));
			assertFalse(repository.journal().contains(document.id()));

			Files.delete(filler); // space freed: saving again works
			document.save();
			assertFalse(document.isDirty());
			assertTrue(Files.readString(file).contains("档案室钥匙与门禁管理规定"));
		}
	}
}
