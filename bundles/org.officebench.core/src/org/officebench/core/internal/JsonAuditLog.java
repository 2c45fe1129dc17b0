package org.officebench.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.officebench.core.AuditLog;
import org.officebench.core.util.Json;

/** One JSON object per line, opened for append only and forced to disk after each entry. */
final class JsonAuditLog implements AuditLog {

	private final Path file;
	private final String user;

	JsonAuditLog(Path file, String user) {
		this.file = file;
		this.user = user;
	}

	@Override
	public synchronized void append(String action, String documentId, String detail) throws IOException {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("time", Instant.now().toString());
		fields.put("user", user);
		fields.put("action", action);
		fields.put("document", documentId);
		fields.put("detail", detail);
		byte[] line = (Json.object(fields) + "\n").getBytes(StandardCharsets.UTF_8);
		Files.createDirectories(file.getParent());
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			ByteBuffer buffer = ByteBuffer.wrap(line);
			while (buffer.hasRemaining()) {
				out.write(buffer);
			}
			out.force(false);
		}
	}

	@Override
	public List<Entry> read() throws IOException {
		List<Entry> entries = new ArrayList<>();
		if (!Files.exists(file)) {
			return entries;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			String time = Json.field(line, "time");
			entries.add(new Entry(time == null ? Instant.EPOCH : Instant.parse(time), Json.field(line, "user"),
					Json.field(line, "action"), Json.field(line, "document"), Json.field(line, "detail")));
		}
		return entries;
	}
}
