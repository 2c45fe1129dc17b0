package org.officebench.core.archive.table;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.officebench.core.Repository;
import org.officebench.core.internal.CompactFormat;
import org.officebench.core.internal.CompactText;
import org.officebench.model.ArchiveItem;

/**
 * The 归档文件目录's columns of every 件, column by column, as a compact catalogue file carries them ahead of its
 * objects: the table of a million 件 shows, sorts and filters in about a second, while the model itself is still being
 * read. Text columns are stored as their sorted distinct values and each 件's position among them, so that no column
 * is sorted when the file is opened.
 * <p>
 * Derived data: written from the same model as the objects that follow it, and checked against the items when they
 * arrive ({@link CatalogueRows#attach(List)}).
 */
public final class CatalogueSnapshot {

	private static final CatalogueColumn[] COLUMNS = CatalogueColumn.values();
	private static final long NO_DATE = Long.MIN_VALUE;
	private static final int NO_VALUE = -1;

	/**
	 * The 归档文件目录 columns of a big catalogue, read in a fraction of the time {@link Repository#open(String)} takes,
	 * so that its table can show while the document is read; empty when the document's file carries none, or they
	 * cannot be read (then only opening the document tells what is wrong).
	 */
	public static Optional<CatalogueSnapshot> read(Repository repository, String id) {
		try {
			Optional<Path> file = repository.documentFile(id);
			if (file.isEmpty() || !file.get().getFileName().toString().endsWith("." + CompactFormat.EXTENSION)) { //$NON-NLS-1$
				return Optional.empty();
			}
			try (FileChannel channel = FileChannel.open(file.get())) {
				return Optional.ofNullable(CompactFormat.readSnapshot(channel));
			}
		} catch (IOException | RuntimeException e) {
			return Optional.empty(); // opening the document reports what is wrong
		}
	}

	final int size;
	/** Per column: numbers for NUMBER and CHOICE columns, YYYYMMDD for DATE (computed when read), null for TEXT. */
	final int[][] numbers = new int[COLUMNS.length][];
	/** Per TEXT column: ranks as {@link TextIndex} gives them ({@code 2 × position}, or {@link TextIndex#NONE}). */
	final int[][] ranks = new int[COLUMNS.length][];
	/**
	 * Per TEXT column: where each distinct value's length stands in {@link #data}. Values are made into strings only
	 * when shown or filtered: a million titles as strings would cost more than the rest of the table.
	 */
	final int[][] starts = new int[COLUMNS.length][];
	private ByteBuffer data;

	private CatalogueSnapshot(int size) {
		this.size = size;
	}

	/** The number of 件. */
	public int size() {
		return size;
	}

	/** The columns of {@code items}, encoded. Text columns are indexed on every core. */
	public static byte[] encode(List<ArchiveItem> items) throws IOException {
		int n = items.size();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * n + 1024);
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeInt(n);
		for (CatalogueColumn column : COLUMNS) {
			switch (column.kind()) {
			case NUMBER, CHOICE -> {
				for (ArchiveItem item : items) {
					out.writeInt(column.number(item, ZoneId.systemDefault()));
				}
			}
			case DATE -> {
				// The instant, not the day: the day depends on the zone of whoever reads the file.
				for (ArchiveItem item : items) {
					Date date = item.getDate();
					out.writeLong(date == null ? NO_DATE : date.getTime());
				}
			}
			case TEXT -> {
				String[] values = new String[n];
				for (int i = 0; i < n; i++) {
					values[i] = column.string(items.get(i));
				}
				int[] rank = new int[n];
				TextIndex index = TextIndex.build(values, n, rank);
				out.writeInt(index.distinctCount());
				for (int d = 0; d < index.distinctCount(); d++) {
					CompactText.write(out, index.distinct(d));
				}
				for (int r : rank) {
					out.writeInt(r == TextIndex.NONE ? NO_VALUE : r >> 1);
				}
			}
			}
		}
		out.flush();
		return bytes.toByteArray();
	}

	/**
	 * Decodes what {@link #encode(List)} wrote; text values stay bytes until asked for. Anything inconsistent (a count
	 * past the end, a position out of range) is an {@link IOException}: the caller then reads the whole file instead.
	 * Values that do not match the items are found when they come ({@link CatalogueRows#attach(List)}).
	 */
	public static CatalogueSnapshot decode(ByteBuffer source) throws IOException {
		try {
			ByteBuffer in = source.duplicate();
			int n = in.getInt();
			if (n < 0 || n > in.remaining() / 4) {
				throw new IOException("snapshot of " + n + " items"); //$NON-NLS-1$
			}
			CatalogueSnapshot snapshot = new CatalogueSnapshot(n);
			snapshot.data = source.duplicate();
			long[] dates = null;
			int[] textStarts = new int[COLUMNS.length];
			for (CatalogueColumn column : COLUMNS) {
				switch (column.kind()) {
				case NUMBER, CHOICE -> {
					int[] values = new int[n];
					in.asIntBuffer().get(values);
					in.position(in.position() + 4 * n);
					snapshot.numbers[column.ordinal()] = values;
				}
				case DATE -> {
					dates = new long[n];
					in.asLongBuffer().get(dates);
					in.position(in.position() + 8 * n);
				}
				case TEXT -> {
					int d = in.getInt();
					if (d < 0 || d > n) {
						throw new IOException(column + ": " + d + " values"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					int[] at = new int[d];
					for (int k = 0; k < d; k++) {
						at[k] = in.position();
						int length = in.getInt();
						if (length < 0) {
							throw new IOException(column + ": value length " + length); //$NON-NLS-1$
						}
						in.position(in.position() + ((length & 1) == 0 ? length >>> 1 : length & ~1));
					}
					snapshot.starts[column.ordinal()] = at;
					textStarts[column.ordinal()] = in.position();
					in.position(in.position() + 4 * n);
				}
				}
			}
			if (in.hasRemaining()) {
				throw new IOException("snapshot: " + in.remaining() + " bytes left over"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			snapshot.numbers[CatalogueColumn.DATE.ordinal()] = days(dates);
			IOException[] failure = new IOException[1];
			IntStream.range(0, COLUMNS.length).filter(c -> COLUMNS[c].kind() == CatalogueColumn.Kind.TEXT).parallel().forEach(c -> {
				try {
					ByteBuffer column = source.duplicate();
					column.position(textStarts[c]);
					decodeText(snapshot, c, column, n);
				} catch (IOException | RuntimeException e) {
					synchronized (failure) {
						failure[0] = e instanceof IOException io ? io : new IOException(COLUMNS[c] + ": " + e, e); //$NON-NLS-1$
					}
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			return snapshot;
		} catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
			throw new IOException("snapshot cut short (" + e + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** YYYYMMDD in this machine's zone, as the table shows a date. */
	private static int[] days(long[] instants) {
		int[] day = new int[instants.length];
		ZoneId zone = ZoneId.systemDefault();
		IntStream.range(0, instants.length).parallel()
				.forEach(i -> day[i] = instants[i] == NO_DATE ? 0 : CatalogueColumn.dayOf(new Date(instants[i]), zone));
		return day;
	}

	private static void decodeText(CatalogueSnapshot snapshot, int c, ByteBuffer in, int n) throws IOException {
		int d = snapshot.starts[c].length;
		int[] rank = new int[n];
		in.asIntBuffer().get(rank);
		for (int i = 0; i < n; i++) {
			int position = rank[i];
			if (position < NO_VALUE || position >= d) {
				throw new IOException(COLUMNS[c] + ": position " + position + " of " + d); //$NON-NLS-1$ //$NON-NLS-2$
			}
			rank[i] = position == NO_VALUE ? TextIndex.NONE : 2 * position;
		}
		snapshot.ranks[c] = rank;
	}

	/** The number of distinct values of a text column. */
	int distinctCount(int column) {
		return starts[column].length;
	}

	/** A text column's distinct value at a position, made from the file's bytes. */
	String value(int column, int position) {
		Scratch scratch = SCRATCH.get();
		return new String(scratch.chars, 0, scratch.decode(data, starts[column][position]));
	}

	/** Whether a text column's value at a position passes a filter, without making a string of it. */
	boolean matches(int column, int position, ColumnFilter filter) {
		Scratch scratch = SCRATCH.get();
		return filter.matches(scratch.chars, scratch.decode(data, starts[column][position]));
	}

	/** Whether a text column's value at a position is {@code text}, without making a string of it. */
	boolean isValue(int column, int position, String text) {
		int at = starts[column][position];
		if (text.length() != data.getInt(at) >>> 1) {
			return false;
		}
		Scratch scratch = SCRATCH.get();
		int characters = scratch.decode(data, at);
		for (int i = 0; i < characters; i++) {
			if (scratch.chars[i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

	/** A thread's buffers for decoding values: one bulk copy out of the mapping, then a loop over an array. */
	private static final class Scratch {
		byte[] bytes = new byte[512];
		char[] chars = new char[256];

		/** Decodes the value whose length stands at {@code at} into {@link #chars}; returns its length. */
		int decode(ByteBuffer data, int at) {
			int length = data.getInt(at);
			int characters = length >>> 1;
			boolean latin1 = (length & 1) == 0;
			int size = latin1 ? characters : 2 * characters;
			if (bytes.length < size) {
				bytes = new byte[Math.max(size, 2 * bytes.length)];
			}
			if (chars.length < characters) {
				chars = new char[Math.max(characters, 2 * chars.length)];
			}
			data.get(at + 4, bytes, 0, size);
			if (latin1) {
				for (int i = 0; i < characters; i++) {
					chars[i] = (char) (bytes[i] & 0xFF);
				}
			} else {
				CompactText.utf16(bytes, 0, chars, characters);
			}
			return characters;
		}
	}
}
