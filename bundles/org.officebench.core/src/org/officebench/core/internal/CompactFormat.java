package org.officebench.core.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.officebench.model.Document;
import org.officebench.model.OfficeBenchPackage;

/**
 * The compact binary form of a document, for archive catalogues too large for XMI: a million 件 load in seconds
 * and within the heap, where XMI needs minutes and several gigabytes. The same model, written reflectively, so
 * every feature (and every later one) is kept; references inside the document are written as object numbers.
 *
 * <pre>
 * magic "OBCOMPACT" · format version · model version · type · id · title · documentNumber · status · modified (ISO)
 * schema: per class of the package its name and its features' names, so the numbers below survive model changes
 * objects in pre-order: class id, then per set feature: feature id + value; feature id -1 ends an object
 * references section: per reference: owner number, feature name, target numbers
 * </pre>
 */
public final class CompactFormat {

	public static final String EXTENSION = "obin"; //$NON-NLS-1$
	private static final byte[] MAGIC = "OBCOMPACT".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	private static final int FORMAT = 1;
	private static final int END = -1;
	private static final int MAX_POOLED_LENGTH = 16;
	private static final int MAX_POOL = 200_000;

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
		Map<EObject, Integer> numbers = new IdentityHashMap<>();
		List<EObject> withReferences = new ArrayList<>();
		writeObject(out, root, numbers, withReferences);
		for (EObject owner : withReferences) {
			for (EReference reference : owner.eClass().getEAllReferences()) {
				if (!savedReference(reference) || !owner.eIsSet(reference)) {
					continue;
				}
				List<EObject> targets = reference.isMany() ? listOf(owner, reference) : List.of((EObject) owner.eGet(reference));
				int[] targetNumbers = targets.stream().map(numbers::get).filter(n -> n != null).mapToInt(Integer::intValue).toArray();
				out.writeInt(numbers.get(owner));
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

	static Head readHead(InputStream source) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(source, 4096));
		if (!isCompact(in)) {
			throw new IOException(Messages.Compact_notCompact);
		}
		in.readInt();
		int modelVersion = in.readInt();
		return new Head(modelVersion, readString(in), readString(in), readString(in), readString(in), readString(in), readString(in));
	}

	/** Reads a whole document; a newer model version or a damaged file is an {@link IOException} saying so. */
	public static Document read(InputStream source, int newestModelVersion) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
		if (!isCompact(in)) {
			throw new IOException(Messages.Compact_notCompact);
		}
		int format = in.readInt();
		int modelVersion = in.readInt();
		if (format != FORMAT || modelVersion > newestModelVersion) {
			throw new IOException(org.eclipse.osgi.util.NLS.bind(Messages.Load_newerModel, modelVersion, newestModelVersion));
		}
		for (int i = 0; i < 6; i++) {
			readString(in);
		}
		try {
			Reader reader = new Reader(in);
			reader.readSchema();
			EObject root = reader.readObject();
			reader.readReferences();
			if (!(root instanceof Document document)) {
				throw new IOException(Messages.Load_notDocument);
			}
			return document;
		} catch (EOFException e) {
			throw new IOException(Messages.Compact_truncated, e);
		} catch (ClassCastException | IllegalArgumentException | IndexOutOfBoundsException | ArrayStoreException e) {
			throw new IOException(Messages.Compact_damaged + " (" + e + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void writeObject(DataOutputStream out, EObject object, Map<EObject, Integer> numbers, List<EObject> withReferences)
			throws IOException {
		numbers.put(object, numbers.size());
		EClass eClass = object.eClass();
		out.writeShort(OfficeBenchPackage.eINSTANCE.getEClassifiers().indexOf(eClass));
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
						writeValue(out, attribute.getEAttributeType(), value);
					}
				} else {
					writeValue(out, attribute.getEAttributeType(), object.eGet(feature));
				}
			} else if (feature.isMany()) {
				List<EObject> children = listOf(object, (EReference) feature);
				out.writeInt(children.size());
				for (EObject child : children) {
					writeObject(out, child, numbers, withReferences);
				}
			} else {
				writeObject(out, (EObject) object.eGet(feature), numbers, withReferences);
			}
		}
		out.writeShort(END);
		if (hasReferences) {
			withReferences.add(object);
		}
	}

	private static boolean savedReference(EReference reference) {
		return !reference.isContainment() && !reference.isContainer() && !reference.isTransient() && !reference.isDerived();
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> listOf(EObject owner, EReference reference) {
		return ((InternalEList<EObject>) owner.eGet(reference)).basicList();
	}

	private static void writeValue(DataOutputStream out, EDataType type, Object value) throws IOException {
		Class<?> kind = type.getInstanceClass();
		if (value == null) {
			out.writeByte(0);
			return;
		}
		out.writeByte(1);
		if (type instanceof EEnum) {
			out.writeInt(((Enumerator) value).getValue());
		} else if (kind == String.class) {
			writeString(out, (String) value);
		} else if (kind == int.class || kind == Integer.class) {
			out.writeInt((Integer) value);
		} else if (kind == long.class || kind == Long.class) {
			out.writeLong((Long) value);
		} else if (kind == boolean.class || kind == Boolean.class) {
			out.writeBoolean((Boolean) value);
		} else if (kind == Date.class) {
			out.writeLong(((Date) value).getTime());
		} else {
			writeString(out, EcoreUtil.convertToString(type, value));
		}
	}

	private static void writeString(DataOutputStream out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		// writeUTF stops at 64 KB; an article's text may be longer.
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
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

	/** Decodes objects; short repeated strings (codes, names, media types) are shared to keep a big catalogue small. */
	private static final class Reader {
		private final DataInputStream in;
		private final List<EObject> objects = new ArrayList<>();
		private final Map<String, String> pool = new HashMap<>();
		private byte[] buffer = new byte[256];
		private EClass[] classes;
		private EStructuralFeature[][] features;
		private String[] classNames;
		private String[][] featureNames;

		Reader(DataInputStream in) {
			this.in = in;
		}

		/** Maps the writer's class and feature numbers to this model's; an unknown one means a newer program wrote it. */
		void readSchema() throws IOException {
			int n = in.readInt();
			classes = new EClass[n];
			features = new EStructuralFeature[n][];
			classNames = new String[n];
			featureNames = new String[n][];
			for (int i = 0; i < n; i++) {
				String name = readString(in);
				classNames[i] = name;
				EClassifier classifier = OfficeBenchPackage.eINSTANCE.getEClassifier(name);
				classes[i] = classifier instanceof EClass c ? c : null;
				int m = in.readInt();
				features[i] = new EStructuralFeature[m];
				featureNames[i] = new String[m];
				for (int k = 0; k < m; k++) {
					String featureName = readString(in);
					featureNames[i][k] = featureName;
					features[i][k] = classes[i] == null ? null : classes[i].getEStructuralFeature(featureName);
				}
			}
		}

		private IOException unknown(String what) {
			return new IOException(org.eclipse.osgi.util.NLS.bind(Messages.Compact_unknown, what));
		}

		EObject readObject() throws IOException {
			int classNumber = in.readShort();
			EClass eClass = classes[classNumber];
			if (eClass == null) {
				throw unknown(classNames[classNumber]);
			}
			EObject object = OfficeBenchPackage.eINSTANCE.getEFactoryInstance().create(eClass);
			objects.add(object);
			for (int id = in.readShort(); id != END; id = in.readShort()) {
				EStructuralFeature feature = features[classNumber][id];
				if (feature == null) {
					throw unknown(eClass.getName() + "." + featureNames[classNumber][id]); //$NON-NLS-1$
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
					EObject[] children = new EObject[n];
					for (int i = 0; i < n; i++) {
						children[i] = readObject();
					}
					@SuppressWarnings("unchecked")
					InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(feature);
					list.addAllUnique(Arrays.asList(children));
				} else {
					object.eSet(feature, readObject());
				}
			}
			return object;
		}

		void readReferences() throws IOException {
			for (int owner = in.readInt(); owner != END; owner = in.readInt()) {
				EObject object = objects.get(owner);
				String name = readString(in);
				if (!(object.eClass().getEStructuralFeature(name) instanceof EReference reference)) {
					throw unknown(object.eClass().getName() + "." + name); //$NON-NLS-1$
				}
				int n = in.readInt();
				List<EObject> targets = new ArrayList<>(n);
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
				return in.readBoolean();
			} else if (kind == Date.class) {
				return new Date(in.readLong());
			}
			return EcoreUtil.createFromString(type, string());
		}

		private String string() throws IOException {
			int length = in.readInt();
			if (length < 0) {
				return null;
			}
			if (buffer.length < length) {
				buffer = new byte[Math.max(length, buffer.length * 2)];
			}
			in.readFully(buffer, 0, length);
			String value = new String(buffer, 0, length, StandardCharsets.UTF_8);
			if (length <= MAX_POOLED_LENGTH && pool.size() < MAX_POOL) {
				String shared = pool.putIfAbsent(value, value);
				return shared == null ? value : shared;
			}
			return value;
		}
	}
}
