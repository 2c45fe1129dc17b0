package org.officebench.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016) digests in lower-case hex, through BouncyCastle's lightweight API (no JCA provider). */
public final class Sm3 {

	private Sm3() {
	}

	/** The hex SM3 of everything the stream still holds; the stream is read to its end but not closed. */
	public static String hex(InputStream in) throws IOException {
		SM3Digest digest = new SM3Digest();
		byte[] buffer = new byte[64 * 1024];
		for (int n; (n = in.read(buffer)) > 0;) {
			digest.update(buffer, 0, n);
		}
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	public static String hex(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return hex(in);
		}
	}

	public static String hex(byte[] data) {
		SM3Digest digest = new SM3Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
