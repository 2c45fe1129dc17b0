package org.officebench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.Repository;
import org.officebench.tests.support.SeparateJvm.Result;
import org.officebench.tests.support.TestRepositories;

/** {@code backup} and {@code restore} as a user runs them, in their own JVM, and the backups they refuse. */
class BackupRestoreEndToEndTest {

	private static final String ENGLISH = "en";
	private static final String CHINESE = "zh_CN";

	@TempDir
	static Path shared;

	@TempDir
	Path temp;

	private static Path repo;
	private static Path good;

	private static Result run(Path dir, String language, String... args) throws Exception {
		return CliRun.run(dir, language, args);
	}

	private Result cli(String language, String... args) throws Exception {
		return run(temp, language, args);
	}

	@BeforeAll
	static void sampleRepositoryAndItsBackup() throws Exception {
		repo = shared.resolve("repo");
		Result init = run(shared, ENGLISH, "--repo", repo.toString(), "init", "--samples");
		assertEquals(0, init.exitCode(), init.err());
		Path files = Files.createDirectories(shared.resolve("files"));
		Files.writeString(files.resolve("关于开展安全生产检查的通知.txt"), "各部门：为做好安全生产工作，定于下周开展检查。", StandardCharsets.UTF_8);
		Files.writeString(files.resolve("2025年第三季度工作计划.txt"), "一、重点工作\n二、时间安排\n", StandardCharsets.UTF_8);
		Result filed = run(shared, ENGLISH, "--repo", repo.toString(), "import", "--fonds", "Z109", "--year", "2025", "--retention", "D10",
				"--org", "YYB", files.toString());
		assertEquals(0, filed.exitCode(), filed.err());
		Result created = run(shared, ENGLISH, "--repo", repo.toString(), "new", "policy", "--title", "档案借阅制度");
		assertEquals(0, created.exitCode(), created.err());
		good = shared.resolve("backups/good.zip");
		Result backup = run(shared, ENGLISH, "--repo", repo.toString(), "backup", "--out", good.toString());
		assertEquals(0, backup.exitCode(), backup.err());
	}

	@Test
	void aBackupTakenWhileTheWorkbenchHoldsTheRepositoryRestoresToOneThatPassesVerify() throws Exception {
		Path zip = temp.resolve("备份/office.zip");
		Result backup;
		try (Repository workbench = TestRepositories.open(repo, false)) { // holds the lock, as the workbench does
			backup = cli(ENGLISH, "--repo", repo.toString(), "backup", "--out", zip.toString());
		}
		assertEquals(0, backup.exitCode(), backup.err());
		assertTrue(backup.out().startsWith("Backed up ") && backup.out().contains(zip.toString()), backup.out());
		List<String> names = names(zip);
		assertTrue(names.contains("repository.properties") && names.contains("audit/audit.log") && names.contains("audit/audit.head"), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.startsWith("documents/archives/")), names.toString());
		assertTrue(names.stream().anyMatch(n -> n.startsWith("store/sha256/")), names.toString());
		assertTrue(names.stream().noneMatch(n -> n.startsWith("index/") || n.contains(".lock")), names.toString());
		assertEquals(BackupCommand.MANIFEST, names.get(names.size() - 1));
		try (Stream<Path> beside = Files.list(zip.getParent())) {
			assertEquals(List.of(zip), beside.toList(), "no temp file left beside the backup");
		}

		Path restored = temp.resolve("restored");
		Result restore = cli(CHINESE, "--repo", restored.toString(), "restore", zip.toString());
		assertEquals(0, restore.exitCode(), restore.err());
		assertTrue(restore.out().contains("已从") && restore.out().contains("SHA-256"), restore.out());

		try (Stream<Path> stored = Files.walk(repo.resolve("store"))) {
			for (Path file : stored.filter(Files::isRegularFile).toList()) {
				Path copy = restored.resolve(repo.relativize(file));
				assertEquals(Files.getLastModifiedTime(file).toMillis() / 1000, Files.getLastModifiedTime(copy).toMillis() / 1000,
						"a restored file keeps its time, so it is not taken for one modified after filing: " + file);
			}
		}
		Result verify = cli(ENGLISH, "--repo", restored.toString(), "verify");
		assertEquals(0, verify.exitCode(), verify.out() + verify.err());
		Result before = cli(ENGLISH, "--repo", repo.toString(), "catalogue", "--json");
		Result after = cli(ENGLISH, "--repo", restored.toString(), "catalogue", "--json");
		assertEquals(0, after.exitCode(), after.err());
		assertEquals(before.out(), after.out());
		assertTrue(after.out().contains("关于开展安全生产检查的通知"), after.out());
		Result list = cli(ENGLISH, "--repo", restored.toString(), "list");
		assertTrue(list.out().contains("档案借阅制度"), list.out());
		Result search = cli(ENGLISH, "--repo", restored.toString(), "search", "安全生产");
		assertEquals(0, search.exitCode(), search.err());
		assertTrue(search.out().contains("关于开展安全生产检查的通知"), search.out());
	}

	@Test
	void aFolderThatIsNotEmptyIsRefusedAndLeftAsItIs() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("busy"));
		Files.writeString(folder.resolve("notes.txt"), "mine");
		Result english = cli(ENGLISH, "--repo", folder.toString(), "restore", good.toString());
		assertEquals(1, english.exitCode());
		assertTrue(english.err().contains("Cannot restore into " + folder) && english.err().contains("not empty"), english.err());
		Result chinese = cli(CHINESE, "--repo", folder.toString(), "restore", good.toString());
		assertEquals(1, chinese.exitCode());
		assertTrue(chinese.err().contains("不是空的"), chinese.err());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(folder.resolve("notes.txt")), files.toList());
		}
		Result existing = cli(ENGLISH, "--repo", repo.toString(), "restore", good.toString());
		assertEquals(1, existing.exitCode(), "never over a repository");
	}

	@Test
	void aZipThatIsNotABackupIsRefused() throws Exception {
		Path zip = temp.resolve("photos.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		refused(zip, "is not an OfficeBench backup");
	}

	@Test
	void aTruncatedBackupIsRefused() throws Exception {
		Path zip = temp.resolve("cut.zip");
		byte[] bytes = Files.readAllBytes(good);
		Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		refused(zip, "cannot be read as a zip file");
	}

	@Test
	void anEntryNamedOutsideTheRepositoryIsRefusedAndNothingIsWritten() throws Exception {
		Path zip = temp.resolve("slip.zip");
		String evil = "evil-" + java.util.UUID.randomUUID() + ".txt";
		copy(good, zip, (name, content) -> content, List.of("../../" + evil));
		refused(zip, "points outside the repository");
		assertFalse(Files.exists(temp.resolve(evil)));
		assertFalse(Files.exists(temp.getParent().resolve(evil)));
	}

	@Test
	void aFileThatDoesNotMatchItsDigestIsRefused() throws Exception {
		Path zip = temp.resolve("bad.zip");
		copy(good, zip, (name, content) -> name.startsWith("documents/archives/")
				? new String(content, StandardCharsets.UTF_8).replace("营运部", "营运处").getBytes(StandardCharsets.UTF_8)
				: content, List.of());
		Result result = refused(zip, "does not match the SHA-256");
		assertTrue(result.err().contains("documents/archives/"), result.err());
		Result chinese = cli(CHINESE, "--repo", temp.resolve("zh").toString(), "restore", zip.toString());
		assertEquals(1, chinese.exitCode());
		assertTrue(chinese.err().contains("已损坏") && chinese.err().contains("未恢复任何内容"), chinese.err());
	}

	@Test
	void aBackupIsOnlyWrittenAsARegularZipFileOutsideTheRepository() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("folder.zip"));
		Result special = cli(ENGLISH, "--repo", repo.toString(), "backup", "--out", folder.toString());
		assertEquals(1, special.exitCode());
		assertTrue(special.err().contains("not a regular file"), special.err());
		assertTrue(Files.isDirectory(folder));

		Result notZip = cli(ENGLISH, "--repo", repo.toString(), "backup", "--out", temp.resolve("b.tar").toString());
		assertEquals(2, notZip.exitCode());
		assertTrue(notZip.err().contains("does not end with .zip"), notZip.err());

		Result inside = cli(ENGLISH, "--repo", repo.toString(), "backup", "--out", repo.resolve("b.zip").toString());
		assertEquals(1, inside.exitCode());
		assertTrue(inside.err().contains("inside the repository"), inside.err());
		assertFalse(Files.exists(repo.resolve("b.zip")));
	}

	/** Restores {@code zip} into a new folder: refused with {@code message}, exit 1, and nothing left behind. */
	private Result refused(Path zip, String message) throws Exception {
		Path target = temp.resolve("target");
		Result result = cli(ENGLISH, "--repo", target.toString(), "restore", zip.toString());
		assertEquals(1, result.exitCode(), result.out() + result.err());
		assertTrue(result.err().contains(zip.toString()) && result.err().contains(message), result.err());
		assertTrue(result.err().contains("Nothing was restored."), result.err());
		assertFalse(Files.exists(target), "nothing half-restored");
		try (Stream<Path> beside = Files.list(temp)) {
			assertTrue(beside.noneMatch(p -> p.getFileName().toString().contains(".restore-")), "no temp folder left");
		}
		return result;
	}

	private static List<String> names(Path zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements();) {
				names.add(e.nextElement().getName());
			}
		}
		return names;
	}

	/** Copies a zip entry by entry, changing contents, adding entries (listed in the manifest too). */
	private static void copy(Path from, Path to, BiFunction<String, byte[], byte[]> change, List<String> extra) throws IOException {
		try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				byte[] content;
				try (InputStream stream = in.getInputStream(entry)) {
					content = stream.readAllBytes();
				}
				if (entry.getName().equals(BackupCommand.MANIFEST)) {
					StringBuilder manifest = new StringBuilder(new String(content, StandardCharsets.UTF_8));
					for (String name : extra) {
						manifest.append("0".repeat(64)).append(" 4 ").append(name).append('\n');
						out.putNextEntry(new ZipEntry(name));
						out.write("evil".getBytes(StandardCharsets.UTF_8));
						out.closeEntry();
					}
					content = manifest.toString().getBytes(StandardCharsets.UTF_8);
				} else {
					content = change.apply(entry.getName(), content);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
	}
}
