package org.officebench.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.officebench.core.AuditLog;
import org.officebench.core.util.Json;

/**
 * One JSON object per line, opened for append only and forced to disk after each entry. Each entry starts with
 * {@code "seq"} (1, 2, …) and {@code "prev"}, the SHA-256 of the bytes of the line before it (64 zeros for the first
 * line of the file); after a line cut short by a crash, the next entry also carries {@code "torn"}, the SHA-256 of that
 * fragment, and links to the last whole line. {@code audit.head} beside the log holds the number and digest of the last
 * entry, written atomically after it, so that entries removed from the end are found too.
 */
final class JsonAuditLog implements AuditLog {

	static final String HEAD = "audit.head"; //$NON-NLS-1$
	static final String ZERO = "0".repeat(64); //$NON-NLS-1$
	private static final int TAIL_BLOCK = 64 * 1024;

	private final Path file;
	private final Path head;
	private final String user;
	private final Path root;
	private final boolean writable;

	JsonAuditLog(Path file, String user) {
		this(file, user, file.getParent(), true);
	}

	/** @param writable false when the repository is open for reading only: appending is refused */
	JsonAuditLog(Path file, String user, Path root, boolean writable) {
		this.file = file;
		this.head = file.resolveSibling(HEAD);
		this.user = user;
		this.root = root;
		this.writable = writable;
	}

	@Override
	public synchronized void append(String action, String documentId, String detail) throws IOException {
		if (!writable) {
			throw new IOException(NLS.bind(Messages.Repository_openedForReading, root));
		}
		Files.createDirectories(file.getParent());
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			Tail tail = tail(out);
			Map<String, Object> fields = new LinkedHashMap<>();
			long seq = tail.seq + 1;
			fields.put("seq", seq); //$NON-NLS-1$
			fields.put("prev", tail.lastHash); //$NON-NLS-1$
			if (tail.fragment != null) {
				fields.put("torn", sha256(tail.fragment)); //$NON-NLS-1$
			}
			fields.put("time", Instant.now().toString()); //$NON-NLS-1$
			fields.put("user", user); //$NON-NLS-1$
			fields.put("action", action); //$NON-NLS-1$
			fields.put("document", documentId); //$NON-NLS-1$
			fields.put("detail", detail); //$NON-NLS-1$
			byte[] line = Json.object(fields).getBytes(StandardCharsets.UTF_8);
			ByteBuffer buffer = ByteBuffer.allocate(line.length + 2);
			if (!tail.endsWithNewline) {
				buffer.put((byte) '\n'); // a line cut short by a crash stays as it is; this entry starts a clean line
			}
			buffer.put(line).put((byte) '\n').flip();
			long position = out.size();
			while (buffer.hasRemaining()) {
				position += out.write(buffer, position);
			}
			out.force(false);
			AtomicFiles.write(head, (seq + " " + sha256(line) + "\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The end of the log: the last whole line, its number in the chain, and a fragment after it. */
	private record Tail(long seq, String lastHash, byte[] fragment, boolean endsWithNewline) {
	}

	/** Reads the log backwards, in growing blocks, until the last whole line is found. */
	private static Tail tail(FileChannel channel) throws IOException {
		long size = channel.size();
		if (size == 0) {
			return new Tail(0, ZERO, null, true);
		}
		long block = TAIL_BLOCK;
		while (true) {
			long start = Math.max(0, size - block);
			ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
			while (buffer.hasRemaining()) {
				if (channel.read(buffer, start + buffer.position()) < 0) {
					break;
				}
			}
			byte[] bytes = buffer.array();
			List<byte[]> lines = split(bytes);
			boolean endsWithNewline = bytes[bytes.length - 1] == '\n';
			byte[] fragment = null;
			int last = lines.size() - 1;
			if (!endsWithNewline) {
				byte[] trailing = lines.get(last--);
				if (!isWhole(trailing)) {
					fragment = trailing;
				} else {
					last++; // a whole entry without its newline: it counts, the next entry starts a new line
				}
			}
			// the first line of the block may be cut by the block's start: only lines after it are sure
			int first = start == 0 ? 0 : 1;
			for (int i = last; i >= first; i--) {
				byte[] line = lines.get(i);
				if (isWhole(line)) {
					long seq = seqOf(new String(line, StandardCharsets.UTF_8));
					if (seq < 0) {
						seq = 0; // an entry written before the chain: the chain starts after it
					}
					return new Tail(seq, sha256(line), fragment, endsWithNewline);
				}
			}
			if (start == 0) {
				return new Tail(0, ZERO, fragment, endsWithNewline);
			}
			block *= 4;
		}
	}

	@Override
	public List<Entry> read() throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (!Files.exists(file)) {
			return entries;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!isWhole(line)) {
				continue; // blank, or cut short by a crash
			}
			String time = Json.field(line, "time"); //$NON-NLS-1$
			Instant instant;
			try {
				instant = time == null ? Instant.EPOCH : Instant.parse(time);
			} catch (DateTimeParseException e) {
				instant = Instant.EPOCH;
			}
			entries.add(new Entry(instant, Json.field(line, "user"), Json.field(line, "action"), Json.field(line, "document"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Json.field(line, "detail"))); //$NON-NLS-1$
		}
		return entries;
	}

	/** One whole line of the log as it was checked. */
	private record Line(int number, String hash, long seq, String prev, String torn) {
	}

	@Override
	public Integrity check() throws IOException {
		if (!Files.exists(file)) {
			return new Integrity(0, 0, List.of());
		}
		byte[] bytes = Files.readAllBytes(file);
		List<byte[]> raw = split(bytes);
		boolean endsWithNewline = bytes.length == 0 || bytes[bytes.length - 1] == '\n';
		int count = raw.size();
		List<Problem> problems = new ArrayList<>();

		// the lines of the chain, and the lines that are no entry of it
		List<Line> chain = new ArrayList<>();
		Map<String, Integer> byHash = new HashMap<>(); // digest of a chained line -> its index in chain
		String legacyHash = ZERO; // the last whole line before the chain starts
		int protectedFrom = 0;
		List<Integer> foreign = new ArrayList<>(); // lines in the chained part that are not entries
		Map<Integer, String> foreignHash = new HashMap<>();
		int truncatedLast = 0;
		for (int i = 0; i < count; i++) {
			int number = i + 1;
			byte[] b = raw.get(i);
			boolean last = i == count - 1 && !endsWithNewline;
			String text = new String(b, StandardCharsets.UTF_8);
			boolean whole = isWhole(text);
			long seq = whole ? seqOf(text) : -1;
			if (seq < 0) {
				if (last && !whole) {
					truncatedLast = number;
				} else if (protectedFrom == 0) {
					if (whole) {
						legacyHash = sha256(b);
					} // a blank or cut line before the chain was never protected
				} else {
					foreign.add(number);
					foreignHash.put(number, sha256(b));
				}
				continue;
			}
			if (protectedFrom == 0) {
				protectedFrom = number;
			}
			Line line = new Line(number, sha256(b), seq, Json.field(text, "prev"), Json.field(text, "torn")); //$NON-NLS-1$ //$NON-NLS-2$
			byHash.putIfAbsent(line.hash, chain.size());
			chain.add(line);
		}

		Set<Integer> reported = new HashSet<>();
		int foreignAt = 0;
		Line previous = null; // the last line accepted into the chain
		String previousHash = legacyHash;
		long previousSeq = 0;
		for (int c = 0; c < chain.size(); c++) {
			Line line = chain.get(c);
			// lines that are no entry, before this one: a fragment this entry records, or something put there
			List<Integer> before = new ArrayList<>();
			while (foreignAt < foreign.size() && foreign.get(foreignAt) < line.number) {
				before.add(foreign.get(foreignAt++));
			}
			boolean linked = line.prev != null && (line.prev.equals(previousHash) || byHash.containsKey(line.prev));
			if (line.torn != null && before.size() == 1 && line.torn.equals(foreignHash.get(before.get(0)))) {
				problems.add(new Problem(ProblemKind.INTERRUPTED, before.get(0), line.number, 0, 0));
			} else if (!before.isEmpty() && !linked && line.seq == previousSeq + 1 + before.size()) {
				// as many entries as lines that are no entry: those lines were entries, changed past reading
				for (int number : before) {
					problems.add(new Problem(ProblemKind.EDITED, number, 0, 0, 0));
				}
				previous = line;
				previousHash = line.hash;
				previousSeq = line.seq;
				continue;
			} else {
				for (int number : before) {
					problems.add(new Problem(ProblemKind.INSERTED, number, 0, 0, 0));
				}
			}
			if (reported.contains(line.number)) {
				continue; // already said, with the line it was swapped with
			}
			if (line.prev != null && line.prev.equals(previousHash)) {
				if (line.seq != previousSeq + 1) {
					problems.add(new Problem(ProblemKind.EDITED, line.number, 0, line.seq, line.seq));
				}
			} else {
				Integer predecessor = line.prev == null ? null : byHash.get(line.prev);
				if (predecessor != null && predecessor > c) {
					Line other = chain.get(predecessor);
					problems.add(new Problem(ProblemKind.REORDERED, line.number, other.number, line.seq, line.seq));
					reported.add(other.number);
				} else if (line.seq <= previousSeq) {
					problems.add(new Problem(ProblemKind.INSERTED, line.number, 0, line.seq, line.seq));
					continue; // not part of the chain: the next entry links to the one before it
				} else if (line.seq > previousSeq + 1) {
					problems.add(new Problem(ProblemKind.REMOVED, line.number, 0, previousSeq + 1, line.seq - 1));
				} else {
					// the right number, but the line before no longer matches the digest this entry recorded
					int edited = previous == null ? Math.max(1, line.number - 1) : previous.number;
					problems.add(new Problem(ProblemKind.EDITED, edited, line.number, line.seq - 1, line.seq - 1));
				}
			}
			previous = line;
			previousHash = line.hash;
			previousSeq = line.seq;
		}
		for (; foreignAt < foreign.size(); foreignAt++) {
			problems.add(new Problem(ProblemKind.INSERTED, foreign.get(foreignAt), 0, 0, 0));
		}
		long highest = chain.stream().mapToLong(Line::seq).max().orElse(0);
		Head recorded = head();
		// a last line cut short may be the entry the head names: then nothing more is missing
		long cut = truncatedLast > 0 ? 1 : 0;
		if (recorded != null && recorded.seq > highest + cut) {
			problems.add(new Problem(ProblemKind.REMOVED_AT_END, Math.max(count, 1), 0, highest + 1, recorded.seq));
		} else if (recorded != null) {
			for (Line line : chain) {
				if (line.seq == recorded.seq && !line.hash.equals(recorded.hash) && !reported.contains(line.number)
						&& problems.stream().noneMatch(p -> p.line() == line.number)) {
					problems.add(new Problem(ProblemKind.EDITED, line.number, 0, line.seq, line.seq));
				}
			}
		}
		if (truncatedLast > 0) {
			problems.add(new Problem(ProblemKind.TRUNCATED_LAST, truncatedLast, 0, 0, 0));
		}
		problems.sort(java.util.Comparator.comparingInt(Problem::line));
		return new Integrity(count, protectedFrom, problems);
	}

	private record Head(long seq, String hash) {
	}

	/** The last entry as audit.head recorded it; null when there is none or it cannot be read. */
	private Head head() {
		try {
			if (!Files.isRegularFile(head)) {
				return null;
			}
			String[] parts = Files.readString(head, StandardCharsets.US_ASCII).strip().split(" "); //$NON-NLS-1$
			return parts.length == 2 ? new Head(Long.parseLong(parts[0]), parts[1]) : null;
		} catch (IOException | NumberFormatException e) {
			return null;
		}
	}

	// ------------------------------------------------------------------------------------------- helpers

	/** The lines of a block of the log, without their newlines; the last is what follows the last newline. */
	private static List<byte[]> split(byte[] bytes) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
				start = i + 1;
			}
		}
		if (start < bytes.length) {
			lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
		}
		return lines;
	}

	/** A line as OfficeBench writes an entry: one JSON object. */
	private static boolean isWhole(String line) {
		String s = line.strip();
		return s.startsWith("{") && s.endsWith("}"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean isWhole(byte[] line) {
		return isWhole(new String(line, StandardCharsets.UTF_8));
	}

	/** The entry's number in the chain, -1 when it has none (written before the chain, or not an entry). */
	private static long seqOf(String line) {
		if (!line.startsWith("{\"seq\":")) { //$NON-NLS-1$
			return -1;
		}
		try {
			String seq = Json.field(line, "seq"); //$NON-NLS-1$
			return seq == null ? -1 : Long.parseLong(seq.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
