package org.officebench.ui.internal.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RepositoryLocationTest {

	@Test
	void argumentWins() {
		assertEquals(Path.of("/data/repo"), RepositoryLocation.resolve(new String[] { "-x", "--repo", "/data/repo" }, "/p", "/home/u"));
		assertEquals(Path.of("/data/other"), RepositoryLocation.resolve(new String[] { "--repo=/data/other" }, "/p", "/home/u"));
	}

	@Test
	void thenPropertyThenHome() {
		assertEquals(Path.of("/p"), RepositoryLocation.resolve(new String[] { "--repo" }, "/p", "/home/u"));
		assertEquals(Path.of("/home/u/OfficeBench"), RepositoryLocation.resolve(null, " ", "/home/u"));
	}

	@Test
	void relativeFoldersBecomeAbsolute() {
		assertEquals(Path.of("rel/repo").toAbsolutePath(), RepositoryLocation.resolve(new String[] { "--repo", "rel/./repo" }, null, "/h"));
	}
}
