package org.officebench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.officebench.core.ContentStore;

/** {@code store/sha256/ab/abcdef…}: the first two hex digits fan the files out over folders. */
final class Sha256ContentStore implements ContentStore {

	private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

	private final Path folder;

	Sha256ContentStore(Path folder) {
		this.folder = folder;
	}

	@Override
	public Stored put(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return put(in);
		}
	}

	@Override
	public Stored put(InputStream content) throws IOException {
		MessageDigest digest = sha256();
		Files.createDirectories(folder);
		Path temp;
		try (DigestInputStream in = new DigestInputStream(content, digest)) {
			temp = AtomicFiles.writeTemp(folder.resolve("incoming"), in);
		}
		try {
			String hash = HexFormat.of().formatHex(digest.digest());
			long size = Files.size(temp);
			Path target = pathOf(hash);
			if (Files.exists(target)) {
				return new Stored(hash, size, true);
			}
			Files.createDirectories(target.getParent());
			AtomicFiles.moveIntoPlace(temp, target);
			target.toFile().setReadOnly();
			return new Stored(hash, size, false);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public boolean contains(String sha256) {
		return valid(sha256) && Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public Optional<Path> locate(String sha256) {
		return contains(sha256) ? Optional.of(pathOf(sha256)) : Optional.empty();
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		if (!valid(sha256)) {
			throw new IOException("not a SHA-256: " + sha256);
		}
		return Files.newInputStream(pathOf(sha256));
	}

	@Override
	public boolean verify(String sha256) throws IOException {
		if (!contains(sha256)) {
			return false;
		}
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(pathOf(sha256)), digest)) {
			in.transferTo(OutputStreamSink.INSTANCE);
		}
		return HexFormat.of().formatHex(digest.digest()).equals(sha256);
	}

	private Path pathOf(String sha256) {
		return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static boolean valid(String sha256) {
		return sha256 != null && HEX64.matcher(sha256).matches();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static final class OutputStreamSink extends java.io.OutputStream {
		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
			// digest only
		}

		@Override
		public void write(byte[] b, int off, int len) {
			// digest only
		}
	}
}
