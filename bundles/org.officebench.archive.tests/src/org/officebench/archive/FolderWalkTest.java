package org.officebench.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one walk the workbench and the command line file a folder with, on real files. */
class FolderWalkTest {

	@TempDir
	Path temp;

	private static Path write(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "内容 " + file.getFileName());
	}

	private static FolderWalk.Result walk(Path... paths) {
		return FolderWalk.walk(List.of(paths), new NullProgressMonitor());
	}

	private static List<String> names(List<Path> files, Path root) {
		return files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
	}

	@Test
	void hiddenFilesAndFoldersAreLeftOutAndTheRestIsSorted() throws Exception {
		Path in = temp.resolve("收文");
		write(in.resolve("晨会纪要.txt"));
		write(in.resolve("十一月/巡检记录.txt"));
		write(in.resolve("十一月/.~lock.巡检记录.txt#"));
		write(in.resolve(".git/config"));
		write(in.resolve(".DS_Store"));
		Files.createDirectories(in.resolve("空的"));
		FolderWalk.Result result = walk(in);
		assertEquals(List.of("十一月/巡检记录.txt", "晨会纪要.txt"), names(result.files(), in));
		assertEquals(List.of(), result.skipped(), "hidden files are left out without a word");
		assertFalse(result.canceled());

		Path empty = Files.createDirectories(temp.resolve("空文件夹"));
		write(empty.resolve(".hidden"));
		assertEquals(List.of(empty), walk(empty).emptyFolders());
	}

	@Test
	void linksAreNotFollowedAndAreReportedAsSkipped() throws Exception {
		Path outside = write(temp.resolve("外面/机密.txt"));
		Path in = temp.resolve("收文");
		write(in.resolve("通知.txt"));
		Files.createSymbolicLink(in.resolve("链接.txt"), outside);
		Files.createSymbolicLink(in.resolve("外面的文件夹"), outside.getParent());
		Files.createDirectories(in.resolve("子"));
		Files.createSymbolicLink(in.resolve("子/循环"), in); // a loop back to the top

		FolderWalk.Result result = walk(in);
		assertEquals(List.of("通知.txt"), names(result.files(), in), "nothing reached through a link");
		assertEquals(List.of("外面的文件夹", "子/循环", "链接.txt"),
				names(result.skipped().stream().map(FilingResult::file).sorted().toList(), in));
		for (FilingResult skipped : result.skipped()) {
			assertEquals(FilingResult.Status.REFUSED, skipped.status());
			assertTrue(skipped.message().contains(skipped.file().toString()), skipped.message());
		}
	}

	@Test
	void aFolderTooDeepToReadIsReportedAndTheWalkGoesOn() throws Exception {
		// A real I/O failure that bites as root too: below PATH_MAX when made, beyond it once moved under a long name.
		String name = "层".repeat(80); // 240 bytes in UTF-8
		Path base = Files.createDirectories(temp.resolve("b"));
		Path deep = base;
		while (deep.resolve(name).resolve("深处.txt").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 4000) {
			deep = Files.createDirectories(deep.resolve(name));
		}
		write(deep.resolve("深处.txt"));
		Path in = Files.createDirectories(temp.resolve(name).resolve(name));
		write(in.resolve("甲.txt"));
		write(in.resolve("乙/丙.txt"));
		Files.move(base.resolve(name), in.resolve(name));
		try {
			FolderWalk.Result result = walk(in);
			assertEquals(List.of("乙/丙.txt", "甲.txt"), names(result.files(), in), "the readable files are all found");
			assertFalse(result.skipped().isEmpty(), "the folder that cannot be read is reported");
			assertTrue(result.skipped().get(0).message().contains(name), result.skipped().get(0).message());
		} finally {
			Files.move(in.resolve(name), base.resolve(name)); // back within reach, so that the folder can be deleted
		}
	}

	@Test
	void aFolderWithoutReadPermissionIsReportedAndTheWalkGoesOn() throws Exception {
		Path in = temp.resolve("收文");
		write(in.resolve("甲.txt"));
		Path locked = write(in.resolve("锁住/乙.txt")).getParent();
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-wx------"));
		try {
			Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop a read");
			FolderWalk.Result result = walk(in);
			assertEquals(List.of("甲.txt"), names(result.files(), in));
			assertEquals(List.of(locked), result.skipped().stream().map(FilingResult::file).toList());
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
		}
	}

	@Test
	void aGivenFileIsTakenAsItIsAndAMissingPathIsReported() throws Exception {
		Path file = write(temp.resolve(".隐藏但已选中.txt"));
		Path missing = temp.resolve("不存在.txt");
		FolderWalk.Result result = walk(file, missing);
		assertEquals(List.of(file), result.files(), "a file the user chose is taken even when hidden");
		assertEquals(List.of(missing), result.skipped().stream().map(FilingResult::file).toList());
	}

	@Test
	void aCanceledWalkSaysSo() throws Exception {
		Path in = temp.resolve("收文");
		write(in.resolve("甲.txt"));
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertTrue(FolderWalk.walk(List.of(in), canceled).canceled());
	}
}
