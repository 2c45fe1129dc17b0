package org.officebench.core.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32C;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.archive.table.CatalogueSnapshot;
import org.officebench.core.util.ForegroundWork;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.Document;
import org.officebench.model.OfficeBenchPackage;

/**
 * The compact binary form of a document, for archive catalogues too large for XMI: a million 件 open in about two
 * seconds and within the heap, where XMI needs minutes and several gigabytes. The same model, written reflectively,
 * so every feature (and every later one) is kept; references inside the document are written as object numbers.
 *
 * <pre>
 * magic "OBCOMPACT" · format version · model version · type · id · title · documentNumber · status · modified (ISO)
 * table section (format 3): byte length (0 for none) · CRC-32C · a big catalogue's columns ({@link CatalogueSnapshot})
 * schema: per class of the package its name and its features' names, so the numbers below survive model changes
 * objects in pre-order: class id, then per set feature: feature id + value; feature id -1 ends an object
 * references section: per reference: owner number, feature name, target numbers
 * </pre>
 *
 * Format 2 (format 1 files are still read) writes a long list of contained objects (a catalogue's 件) in blocks of
 * {@value #BLOCK_CHILDREN}, each with its length and object count, so that blocks decode on every core at once; and
 * short repeated strings (codes, names, media types) once, in a dictionary whose new entries precede the block
 * that first uses them; values' text as Latin-1 or UTF-16 instead of UTF-8. A checksum per block finds a damaged file before a wrong value is shown.
 * <p>
 * Format 3 adds the table section: a catalogue of at least {@value #BLOCK_CHILDREN} 件 carries the columns of its
 * 归档文件目录 ahead of the objects, so that its table shows while the objects are still being read
 * ({@link #readSnapshot(FileChannel)}). Reading the document skips it.
 */
public final class CompactFormat {

	public static final String EXTENSION = "obin"; //$NON-NLS-1$
	private static final byte[] MAGIC = "OBCOMPACT".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	private static final int FORMAT = 3;
	private static final int END = -1;
	private static final int NULL_STRING = -1;
	/** Children per block; lists at least this long are written in blocks. */
	static final int BLOCK_CHILDREN = 4096;
	/** Far above any real block (4,096 件 take about 1.6 MB): a larger length means a damaged file. */
	private static final int MAX_BLOCK_BYTES = 256 << 20;
	private static final int DICTIONARY_MAX_LENGTH = 24;
	private static final int DICTIONARY_CHUNK = 4096;
	private static final int DICTIONARY_CAPACITY = 16 * DICTIONARY_CHUNK;
	/** After this many values of a feature, it stops adding to the dictionary if most of its values were new. */
	private static final int DICTIONARY_TRIAL = 1024;

	/** What a listing needs, read from the head of the file without loading the body. */
	record Head(int modelVersion, String type, String id, String title, String documentNumber, String status, String modified) {
	}

	private CompactFormat() {
	}

	public static boolean isCompact(InputStream in) throws IOException {
		byte[] head = in.readNBytes(MAGIC.length);
		return Arrays.equals(head, MAGIC);
	}

	public static void write(Document root, int modelVersion, String modifiedIso, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
		out.write(MAGIC);
		out.writeInt(FORMAT);
		out.writeInt(modelVersion);
		writeString(out, root.eClass().getName());
		writeString(out, root.getId());
		writeString(out, root.getTitle());
		writeString(out, root.getDocumentNumber());
		writeString(out, root.getStatus() == null ? null : root.getStatus().getLiteral());
		writeString(out, modifiedIso);
		writeTableSection(out, root);
		List<EClassifier> classifiers = OfficeBenchPackage.eINSTANCE.getEClassifiers();
		out.writeInt(classifiers.size());
		for (EClassifier classifier : classifiers) {
			writeString(out, classifier.getName());
			List<EStructuralFeature> features = classifier instanceof EClass c ? c.getEAllStructuralFeatures() : List.of();
			out.writeInt(features.size());
			for (EStructuralFeature feature : features) {
				writeString(out, feature.getName());
			}
		}
		Writer writer = new Writer();
		writer.writeObject(out, root);
		for (EObject owner : writer.withReferences) {
			for (EReference reference : owner.eClass().getEAllReferences()) {
				if (!savedReference(reference) || !owner.eIsSet(reference)) {
					continue;
				}
				List<EObject> targets = reference.isMany() ? listOf(owner, reference) : List.of((EObject) owner.eGet(reference));
				int[] targetNumbers = targets.stream().map(writer.numbers::get).filter(n -> n != null).mapToInt(Integer::intValue).toArray();
				out.writeInt(writer.numbers.get(owner));
				writeString(out, reference.getName());
				out.writeInt(targetNumbers.length);
				for (int n : targetNumbers) {
					out.writeInt(n);
				}
			}
		}
		out.writeInt(END);
		out.flush();
	}

	private static void writeTableSection(DataOutputStream out, Document root) throws IOException {
		if (!(root instanceof ArchiveCatalogue catalogue) || catalogue.getItems().size() < BLOCK_CHILDREN) {
			out.writeInt(0);
			return;
		}
		byte[] section = CatalogueSnapshot.encode(catalogue.getItems());
		CRC32C crc = new CRC32C();
		crc.update(section);
		out.writeInt(section.length);
		out.writeInt((int) crc.getValue());
		out.write(section);
	}

	/**
	 * The columns of a big catalogue's table, read without its objects; null when the file has none (an older format,
	 * a small catalogue, another kind of document). A damaged section is an {@link IOException}: read the document.
	 */
	public static CatalogueSnapshot readSnapshot(FileChannel channel) throws IOException {
		// Unbuffered, so that the channel stands right after the head.
		DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
		int format = readHeader(in).format();
		if (format < 3 || format > FORMAT) {
			return null;
		}
		int length = in.readInt();
		if (length == 0) {
			return null;
		}
		int checksum = in.readInt();
		if (length < 0 || length > channel.size() - channel.position()) {
			throw new IOException(Messages.Compact_damaged + " (table section of " + length + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// Mapped, not read into the heap: a fresh 160 MB array costs half a second in page faults before a byte is read.
		// The snapshot reads from the mapping until the document's items replace it (on Linux a save meanwhile
		// replaces the file's name, not the mapped file).
		ByteBuffer section = channel.map(FileChannel.MapMode.READ_ONLY, channel.position(), length);
		CRC32C crc = new CRC32C();
		crc.update(section.duplicate());
		if ((int) crc.getValue() != checksum) {
			throw new IOException(Messages.Compact_damaged + " (table section checksum)"); //$NON-NLS-1$
		}
		return CatalogueSnapshot.decode(section);
	}

	static Head readHead(InputStream source) throws IOException {
		return readHeader(new DataInputStream(new BufferedInputStream(source, 4096))).head();
	}

	/** The format, then what a listing shows. */
	private record Header(int format, Head head) {
	}

	private static Header readHeader(DataInputStream in) throws IOException {
		if (!isCompact(in)) {
			throw new IOException(Messages.Compact_notCompact);
		}
		int format = in.readInt();
		int modelVersion = in.readInt();
		return new Header(format,
				new Head(modelVersion, readString(in), readString(in), readString(in), readString(in), readString(in), readString(in)));
	}

	/** Reads a whole document; a newer model version or a damaged file is an {@link IOException} saying so. */
	public static Document read(InputStream source, int newestModelVersion) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
		Header header = readHeader(in);
		int format = header.format();
		int modelVersion = header.head().modelVersion();
		if (format < 1 || format > FORMAT || modelVersion > newestModelVersion) {
			throw new IOException(NLS.bind(Messages.Load_newerModel, modelVersion, newestModelVersion));
		}
		try {
			skipTableSection(in, format);
			Schema schema = Schema.read(in);
			try (MainDecoder decoder = new MainDecoder(new StreamInput(in), format, schema)) {
				EObject root = decoder.readObject();
				decoder.readReferences();
				if (!(root instanceof Document document)) {
					throw new IOException(Messages.Load_notDocument);
				}
				return document;
			}
		} catch (EOFException e) {
			throw new IOException(Messages.Compact_truncated, e);
		} catch (ClassCastException | IllegalArgumentException | IndexOutOfBoundsException | ArrayStoreException
				| BufferUnderflowException | NegativeArraySizeException e) {
			throw new IOException(Messages.Compact_damaged + " (" + e + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The table section is for showing a table early; the document itself is read from the objects. */
	private static void skipTableSection(DataInputStream in, int format) throws IOException {
		if (format < 3) {
			return;
		}
		int section = in.readInt();
		if (section < 0) {
			throw new IOException(Messages.Compact_damaged + " (table section of " + section + " bytes)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (section > 0) {
			in.readInt();
			in.skipNBytes(section);
		}
	}

	private static boolean savedReference(EReference reference) {
		return !reference.isContainment() && !reference.isContainer() && !reference.isTransient() && !reference.isDerived();
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> listOf(EObject owner, EReference reference) {
		return ((InternalEList<EObject>) owner.eGet(reference)).basicList();
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(NULL_STRING);
			return;
		}
		// writeUTF stops at 64 KB; an article's text may be longer.
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	/** A value's text as {@link CompactText} writes it; -1 for null. */
	private static void writeValueString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(NULL_STRING);
		} else {
			CompactText.write(out, value);
		}
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = in.readNBytes(length);
		if (bytes.length < length) {
			throw new EOFException();
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static IOException unknown(String what) {
		return new IOException(NLS.bind(Messages.Compact_unknown, what));
	}

	// ---- writing

	private static final class Writer {
		final Map<EObject, Integer> numbers = new IdentityHashMap<>();
		final List<EObject> withReferences = new ArrayList<>();
		private final Map<EClass, Integer> classNumbers = new HashMap<>();
		private final Map<String, Integer> dictionary = new HashMap<>();
		private final Map<EAttribute, int[]> dictionaryUse = new HashMap<>();
		private final List<String> newEntries = new ArrayList<>();
		private final Bytes blockBytes = new Bytes();
		private final DataOutputStream block = new DataOutputStream(blockBytes);
		private boolean inBlock;

		void writeObject(DataOutputStream out, EObject object) throws IOException {
			numbers.put(object, numbers.size());
			EClass eClass = object.eClass();
			out.writeShort(classNumbers.computeIfAbsent(eClass, c -> OfficeBenchPackage.eINSTANCE.getEClassifiers().indexOf(c)));
			boolean hasReferences = false;
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				if (feature.isTransient() || feature.isDerived() || !object.eIsSet(feature)) {
					continue;
				}
				if (feature instanceof EReference reference && !reference.isContainment()) {
					hasReferences |= savedReference(reference);
					continue;
				}
				out.writeShort(eClass.getFeatureID(feature));
				if (feature instanceof EAttribute attribute) {
					if (feature.isMany()) {
						List<?> values = (List<?>) object.eGet(feature);
						out.writeInt(values.size());
						for (Object value : values) {
							writeValue(out, attribute, value);
						}
					} else {
						writeValue(out, attribute, object.eGet(feature));
					}
				} else if (feature.isMany()) {
					List<EObject> children = listOf(object, (EReference) feature);
					out.writeInt(children.size());
					if (!inBlock && children.size() >= BLOCK_CHILDREN) {
						out.writeByte(1);
						writeBlocks(out, children);
					} else {
						out.writeByte(0);
						for (EObject child : children) {
							writeObject(out, child);
						}
					}
				} else {
					writeObject(out, (EObject) object.eGet(feature));
				}
			}
			out.writeShort(END);
			if (hasReferences) {
				withReferences.add(object);
			}
		}

		/** Per block: children, objects, new dictionary entries, byte length, CRC-32C, then the children as above. */
		private void writeBlocks(DataOutputStream out, List<EObject> children) throws IOException {
			inBlock = true;
			for (int from = 0; from < children.size(); from += BLOCK_CHILDREN) {
				int to = Math.min(children.size(), from + BLOCK_CHILDREN);
				blockBytes.reset();
				newEntries.clear();
				int before = numbers.size();
				for (int i = from; i < to; i++) {
					writeObject(block, children.get(i));
				}
				block.flush();
				out.writeInt(to - from);
				out.writeInt(numbers.size() - before);
				out.writeInt(newEntries.size());
				for (String entry : newEntries) {
					writeValueString(out, entry);
				}
				out.writeInt(blockBytes.size());
				CRC32C crc = new CRC32C();
				crc.update(blockBytes.buffer(), 0, blockBytes.size());
				out.writeInt((int) crc.getValue());
				blockBytes.writeTo(out);
			}
			inBlock = false;
		}

		private void writeValue(DataOutputStream out, EAttribute attribute, Object value) throws IOException {
			EDataType type = attribute.getEAttributeType();
			Class<?> kind = type.getInstanceClass();
			if (value == null) {
				out.writeByte(0);
				return;
			}
			out.writeByte(1);
			if (type instanceof EEnum) {
				out.writeInt(((Enumerator) value).getValue());
			} else if (kind == String.class) {
				writeText(out, attribute, (String) value);
			} else if (kind == int.class || kind == Integer.class) {
				out.writeInt((Integer) value);
			} else if (kind == long.class || kind == Long.class) {
				out.writeLong((Long) value);
			} else if (kind == boolean.class || kind == Boolean.class) {
				out.writeBoolean((Boolean) value);
			} else if (kind == Date.class) {
				out.writeLong(((Date) value).getTime());
			} else {
				writeValueString(out, EcoreUtil.convertToString(type, value));
			}
		}

		/** A short string inside a block goes to the dictionary, unless its feature's values are mostly unique. */
		private void writeText(DataOutputStream out, EAttribute attribute, String value) throws IOException {
			if (inBlock && value.length() <= DICTIONARY_MAX_LENGTH) {
				Integer entry = dictionary.get(value);
				int[] use = dictionaryUse.computeIfAbsent(attribute, a -> new int[2]);
				use[0]++;
				if (entry == null && dictionary.size() < DICTIONARY_CAPACITY && (use[0] <= DICTIONARY_TRIAL || use[1] * 2 < use[0])) {
					entry = dictionary.size();
					dictionary.put(value, entry);
					newEntries.add(value);
					use[1]++;
				}
				if (entry != null) {
					out.writeInt(-2 - entry);
					return;
				}
			}
			writeValueString(out, value);
		}
	}

	private static final class Bytes extends ByteArrayOutputStream {
		Bytes() {
			super(1 << 20);
		}

		byte[] buffer() {
			return buf;
		}
	}

	// ---- reading

	/** The writer's class and feature numbers mapped to this model's; null where a newer program wrote it. */
	private record Schema(EClass[] classes, EStructuralFeature[][] features, String[] classNames, String[][] featureNames) {

		static Schema read(DataInputStream in) throws IOException {
			int n = in.readInt();
			if (n < 0 || n > Short.MAX_VALUE) {
				throw new IOException(Messages.Compact_damaged);
			}
			EClass[] classes = new EClass[n];
			EStructuralFeature[][] features = new EStructuralFeature[n][];
			String[] classNames = new String[n];
			String[][] featureNames = new String[n][];
			for (int i = 0; i < n; i++) {
				String name = readString(in);
				classNames[i] = name;
				EClassifier classifier = OfficeBenchPackage.eINSTANCE.getEClassifier(name);
				classes[i] = classifier instanceof EClass c ? c : null;
				int m = in.readInt();
				if (m < 0 || m > Short.MAX_VALUE) {
					throw new IOException(Messages.Compact_damaged);
				}
				features[i] = new EStructuralFeature[m];
				featureNames[i] = new String[m];
				for (int k = 0; k < m; k++) {
					String featureName = readString(in);
					featureNames[i][k] = featureName;
					features[i][k] = classes[i] == null ? null : classes[i].getEStructuralFeature(featureName);
				}
				if (classes[i] != null) {
					warmUp(classes[i]);
				}
			}
			return new Schema(classes, features, classNames, featureNames);
		}

		/** EMF fills some caches of its metadata on first use; do it here, before blocks decode on several threads. */
		private static void warmUp(EClass eClass) {
			eClass.getClassifierID();
			for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
				eClass.getFeatureID(feature);
				feature.getEType().getInstanceClass();
			}
		}
	}

	/** Primitive reads from the stream (the document's head and small lists) or from a block in memory. */
	private abstract static class Input {
		abstract int readByte() throws IOException;

		abstract int readShort() throws IOException;

		abstract int readInt() throws IOException;

		abstract long readLong() throws IOException;

		abstract String readUtf8(int length) throws IOException;

		abstract String readLatin1(int length) throws IOException;

		abstract String readUtf16(int length) throws IOException;
	}

	private static final class StreamInput extends Input {
		private static final int LARGE = 1 << 20;
		private final DataInputStream in;
		private byte[] buffer = new byte[256];

		StreamInput(DataInputStream in) {
			this.in = in;
		}

		@Override
		int readByte() throws IOException {
			return in.readByte();
		}

		@Override
		int readShort() throws IOException {
			return in.readShort();
		}

		@Override
		int readInt() throws IOException {
			return in.readInt();
		}

		@Override
		long readLong() throws IOException {
			return in.readLong();
		}

		@Override
		String readUtf8(int length) throws IOException {
			return new String(bytes(length), 0, length, StandardCharsets.UTF_8);
		}

		@Override
		String readLatin1(int length) throws IOException {
			return new String(bytes(length), 0, length, StandardCharsets.ISO_8859_1);
		}

		@Override
		String readUtf16(int length) throws IOException {
			if (length > Integer.MAX_VALUE / 2) {
				throw new IllegalArgumentException("text of " + length + " characters"); //$NON-NLS-1$
			}
			byte[] bytes = bytes(2 * length);
			char[] chars = new char[length];
			CompactText.utf16(bytes, 0, chars, length);
			return new String(chars);
		}

		/** The next bytes; a long run is read as it arrives, so a damaged length ends the file, not the heap. */
		private byte[] bytes(int length) throws IOException {
			if (length > LARGE) {
				byte[] read = in.readNBytes(length);
				if (read.length < length) {
					throw new EOFException();
				}
				return read;
			}
			if (buffer.length < length) {
				buffer = new byte[Math.max(length, buffer.length * 2)];
			}
			in.readFully(buffer, 0, length);
			return buffer;
		}

		void readFully(byte[] target, int length) throws IOException {
			in.readFully(target, 0, length);
		}
	}

	private static final class BlockInput extends Input {
		private final ByteBuffer buffer;

		BlockInput(byte[] block, int length) {
			buffer = ByteBuffer.wrap(block, 0, length);
		}

		@Override
		int readByte() {
			return buffer.get();
		}

		@Override
		int readShort() {
			return buffer.getShort();
		}

		@Override
		int readInt() {
			return buffer.getInt();
		}

		@Override
		long readLong() {
			return buffer.getLong();
		}

		@Override
		String readUtf8(int length) {
			int at = buffer.position();
			buffer.position(at + length);
			return new String(buffer.array(), at, length, StandardCharsets.UTF_8);
		}

		@Override
		String readLatin1(int length) {
			int at = buffer.position();
			buffer.position(at + length);
			return new String(buffer.array(), at, length, StandardCharsets.ISO_8859_1);
		}

		@Override
		String readUtf16(int length) {
			int at = buffer.position();
			buffer.position(at + 2 * length);
			byte[] bytes = buffer.array();
			char[] chars = new char[length];
			CompactText.utf16(bytes, at, chars, length);
			return new String(chars);
		}

		boolean isConsumed() {
			return !buffer.hasRemaining();
		}
	}

	/** Short strings written once; entries never move, so blocks read them while the main decoder adds more. */
	private static final class Dictionary {
		private final String[][] chunks = new String[DICTIONARY_CAPACITY / DICTIONARY_CHUNK][];
		private int size;

		void add(String entry) {
			if (entry == null || size == DICTIONARY_CAPACITY) {
				throw new IllegalArgumentException("dictionary entry " + size); //$NON-NLS-1$
			}
			int chunk = size / DICTIONARY_CHUNK;
			if (chunks[chunk] == null) {
				chunks[chunk] = new String[DICTIONARY_CHUNK];
			}
			chunks[chunk][size % DICTIONARY_CHUNK] = entry;
			size++;
		}

		String get(int entry, int known) {
			if (entry < 0 || entry >= known) {
				throw new IllegalArgumentException("dictionary entry " + entry); //$NON-NLS-1$
			}
			return chunks[entry / DICTIONARY_CHUNK][entry % DICTIONARY_CHUNK];
		}
	}

	/** Decodes objects in pre-order; a subclass numbers them and handles lists written in blocks. */
	private abstract static class Decoder {
		final Input in;
		final int format;
		final Schema schema;
		final Dictionary dictionary;
		final EFactory factory = OfficeBenchPackage.eINSTANCE.getEFactoryInstance();

		Decoder(Input in, int format, Schema schema, Dictionary dictionary) {
			this.in = in;
			this.format = format;
			this.schema = schema;
			this.dictionary = dictionary;
		}

		abstract void numbered(EObject object) throws IOException;

		/** Dictionary entries this decoder may use. */
		abstract int knownEntries();

		abstract void readBlocks(InternalEList<EObject> list, int children) throws IOException;

		EObject readObject() throws IOException {
			int classNumber = in.readShort();
			EClass eClass = schema.classes()[classNumber];
			if (eClass == null) {
				throw unknown(schema.classNames()[classNumber]);
			}
			EObject object = factory.create(eClass);
			numbered(object);
			EStructuralFeature[] features = schema.features()[classNumber];
			for (int id = in.readShort(); id != END; id = in.readShort()) {
				EStructuralFeature feature = features[id];
				if (feature == null) {
					throw unknown(eClass.getName() + "." + schema.featureNames()[classNumber][id]); //$NON-NLS-1$
				}
				if (feature instanceof EAttribute attribute) {
					EDataType type = attribute.getEAttributeType();
					if (feature.isMany()) {
						int n = in.readInt();
						@SuppressWarnings("unchecked")
						EList<Object> values = (EList<Object>) object.eGet(feature);
						for (int i = 0; i < n; i++) {
							values.add(readValue(type));
						}
					} else {
						object.eSet(feature, readValue(type));
					}
				} else if (feature.isMany()) {
					int n = in.readInt();
					@SuppressWarnings("unchecked")
					InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(feature);
					if (format >= 2 && in.readByte() != 0) {
						readBlocks(list, n);
					} else {
						// Grown as objects arrive: a damaged count must not allocate before the file runs out.
						List<EObject> children = new ArrayList<>(Math.min(Math.max(n, 0), 1024));
						for (int i = 0; i < n; i++) {
							children.add(readObject());
						}
						list.addAllUnique(children);
					}
				} else {
					object.eSet(feature, readObject());
				}
			}
			return object;
		}

		private Object readValue(EDataType type) throws IOException {
			if (in.readByte() == 0) {
				return null;
			}
			Class<?> kind = type.getInstanceClass();
			if (type instanceof EEnum eEnum) {
				int value = in.readInt();
				var literal = eEnum.getEEnumLiteral(value);
				if (literal == null) {
					throw new IllegalArgumentException(eEnum.getName() + " " + value); //$NON-NLS-1$
				}
				return literal.getInstance();
			} else if (kind == String.class) {
				return string();
			} else if (kind == int.class || kind == Integer.class) {
				return in.readInt();
			} else if (kind == long.class || kind == Long.class) {
				return in.readLong();
			} else if (kind == boolean.class || kind == Boolean.class) {
				return in.readByte() != 0;
			} else if (kind == Date.class) {
				return new Date(in.readLong());
			}
			return EcoreUtil.createFromString(type, string());
		}

		String string() throws IOException {
			int length = in.readInt();
			if (length >= 0) {
				if (format < 2) {
					return in.readUtf8(length);
				}
				return (length & 1) == 0 ? in.readLatin1(length >>> 1) : in.readUtf16(length >>> 1);
			}
			if (length == NULL_STRING) {
				return null;
			}
			if (format < 2) {
				throw new IllegalArgumentException("string length " + length); //$NON-NLS-1$
			}
			return dictionary.get(-2 - length, knownEntries());
		}
	}

	/** Reads the stream; hands each block to a worker and attaches and numbers its objects, in order, when it is done. */
	private static final class MainDecoder extends Decoder implements AutoCloseable {
		private final StreamInput stream;
		private final List<EObject> objects = new ArrayList<>();
		private ExecutorService workers;
		/** Reused block buffers: a few blocks ahead of the workers, never the whole file, and no garbage per block. */
		private BlockingQueue<byte[]> buffers;

		MainDecoder(StreamInput in, int format, Schema schema) {
			super(in, format, schema, new Dictionary());
			this.stream = in;
		}

		@Override
		void numbered(EObject object) {
			objects.add(object);
		}

		@Override
		int knownEntries() {
			return dictionary.size;
		}

		private record Block(int base, EObject[] children, EObject[] objects) {
		}

		@Override
		void readBlocks(InternalEList<EObject> list, int children) throws IOException {
			if (workers == null) {
				int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
				workers = Executors.newFixedThreadPool(threads, task -> {
					Thread thread = new Thread(task, "OfficeBench compact reader"); //$NON-NLS-1$
					thread.setDaemon(true);
					return thread;
				});
				buffers = new ArrayBlockingQueue<>(2 * threads);
				for (int i = 0; i < 2 * threads; i++) {
					buffers.add(new byte[0]);
				}
			}
			Deque<Future<Block>> pending = new ArrayDeque<>();
			try {
				int read = 0;
				while (read < children) {
					yieldToForeground();
					int blockChildren = in.readInt();
					int blockObjects = in.readInt();
					if (blockChildren <= 0 || blockChildren > children - read || blockObjects < blockChildren) {
						throw new IllegalArgumentException("block of " + blockChildren + " / " + blockObjects); //$NON-NLS-1$ //$NON-NLS-2$
					}
					int entries = in.readInt();
					for (int i = 0; i < entries; i++) {
						dictionary.add(string());
					}
					int length = in.readInt();
					if (length < 0 || length > MAX_BLOCK_BYTES || blockObjects > length / 4) { // an object: at least its class and end mark
						throw new IllegalArgumentException("block of " + blockObjects + " objects in " + length + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					// While the workers are busy, attach what they finished: the list grows in order as the file is read.
					while (!pending.isEmpty() && (pending.peekFirst().isDone() || buffers.isEmpty())) {
						attach(list, await(pending.removeFirst()));
					}
					int checksum = in.readInt();
					byte[] buffer = buffers.poll();
					if (buffer.length < length) {
						buffer = new byte[Math.max(length, buffer.length + (buffer.length >> 1))];
					}
					stream.readFully(buffer, length);
					int base = objects.size();
					for (int i = 0; i < blockObjects; i++) {
						objects.add(null);
					}
					int known = dictionary.size;
					byte[] body = buffer;
					pending.addLast(workers.submit(() -> {
						try {
							ForegroundWork.yieldTo();
							CRC32C crc = new CRC32C();
							crc.update(body, 0, length);
							if ((int) crc.getValue() != checksum) {
								throw new IllegalArgumentException("block checksum"); //$NON-NLS-1$
							}
							BlockDecoder decoder = new BlockDecoder(new BlockInput(body, length), format, schema, dictionary, known,
									blockObjects);
							EObject[] decoded = new EObject[blockChildren];
							for (int i = 0; i < blockChildren; i++) {
								decoded[i] = decoder.readObject();
							}
							decoder.checkComplete();
							return new Block(base, decoded, decoder.objects);
						} finally {
							buffers.add(body);
						}
					}));
					read += blockChildren;
				}
				while (!pending.isEmpty()) {
					attach(list, await(pending.removeFirst()));
				}
			} finally {
				pending.forEach(f -> f.cancel(true));
			}
		}

		private static void yieldToForeground() throws InterruptedIOException {
			try {
				ForegroundWork.yieldTo();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException();
			}
		}

		private void attach(InternalEList<EObject> list, Block block) {
			list.addAllUnique(Arrays.asList(block.children()));
			for (int i = 0; i < block.objects().length; i++) {
				objects.set(block.base() + i, block.objects()[i]);
			}
		}

		private static Block await(Future<Block> future) throws IOException {
			try {
				return future.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException();
			} catch (ExecutionException e) {
				Throwable cause = e.getCause();
				if (cause instanceof IOException io) {
					throw io;
				}
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (cause instanceof Error error) {
					throw error;
				}
				throw new IOException(cause);
			}
		}

		void readReferences() throws IOException {
			for (int owner = in.readInt(); owner != END; owner = in.readInt()) {
				EObject object = objects.get(owner);
				int nameLength = in.readInt();
				String name = nameLength < 0 ? null : in.readUtf8(nameLength);
				if (!(object.eClass().getEStructuralFeature(name) instanceof EReference reference)) {
					throw unknown(object.eClass().getName() + "." + name); //$NON-NLS-1$
				}
				int n = in.readInt();
				List<EObject> targets = new ArrayList<>(Math.min(Math.max(n, 0), objects.size()));
				for (int i = 0; i < n; i++) {
					targets.add(objects.get(in.readInt()));
				}
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(reference);
					list.addAllUnique((Collection<EObject>) targets);
				} else if (!targets.isEmpty()) {
					object.eSet(reference, targets.get(0));
				}
			}
		}

		@Override
		public void close() {
			if (workers != null) {
				workers.shutdownNow();
			}
		}
	}

	/** Decodes one block on a worker thread, into objects no one else sees until it is done. */
	private static final class BlockDecoder extends Decoder {
		final EObject[] objects;
		private final int known;
		private int count;

		BlockDecoder(BlockInput in, int format, Schema schema, Dictionary dictionary, int known, int objects) {
			super(in, format, schema, dictionary);
			this.known = known;
			this.objects = new EObject[objects];
		}

		@Override
		void numbered(EObject object) throws IOException {
			objects[count++] = object;
			if ((count & 255) == 0) {
				MainDecoder.yieldToForeground(); // within a millisecond, not only between blocks
			}
		}

		@Override
		int knownEntries() {
			return known;
		}

		@Override
		void readBlocks(InternalEList<EObject> list, int children) {
			throw new IllegalArgumentException("blocks inside a block"); //$NON-NLS-1$
		}

		void checkComplete() {
			if (count != objects.length || !((BlockInput) in).isConsumed()) {
				throw new IllegalArgumentException("block holds " + count + " of " + objects.length + " objects"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}
