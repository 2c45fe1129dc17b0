package org.officebench.ui.kinds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.PlatformUI;
import org.officebench.core.DocumentKind;
import org.officebench.ui.OfficeBenchUI;

/**
 * The document kinds the installed bundles contribute ({@code org.officebench.ui.documentKinds}), in their order.
 * The shell shows what is here and names no kind itself. A broken contribution is left out and logged with the
 * bundle that made it; the others work.
 */
public final class DocumentKinds {

	public static final String EXTENSION_POINT = OfficeBenchUI.PLUGIN_ID + ".documentKinds"; //$NON-NLS-1$

	private static volatile List<DocumentKindDescriptor> kinds;
	private static final List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();

	private DocumentKinds() {
	}

	/** Every contributed kind, by order then key. */
	public static List<DocumentKindDescriptor> all() {
		List<DocumentKindDescriptor> read = kinds;
		if (read == null) {
			read = read();
			kinds = read;
		}
		return read;
	}

	/** What was left out, and why, each naming the contribution (also in the error log). */
	public static List<String> problems() {
		all();
		return List.copyOf(problems);
	}

	/** The contribution for a repository key, or null. */
	public static DocumentKindDescriptor forKey(String key) {
		for (DocumentKindDescriptor kind : all()) {
			if (kind.key().equals(key)) {
				return kind;
			}
		}
		return null;
	}

	/** The contribution for a kind of the repository, or null when no installed bundle contributes it. */
	public static DocumentKindDescriptor of(DocumentKind kind) {
		return kind == null ? null : forKey(kind.key());
	}

	/** The name of a repository kind: the contributed one, else the repository's own. */
	public static String label(DocumentKind kind) {
		DocumentKindDescriptor descriptor = of(kind);
		return descriptor != null ? descriptor.label() : kind.label();
	}

	/** The icon of a repository kind (shared, do not dispose), or null. */
	public static Image image(DocumentKind kind) {
		DocumentKindDescriptor descriptor = of(kind);
		return descriptor == null ? null : image(descriptor);
	}

	/** The kind's icon (shared, do not dispose), or null. */
	public static Image image(DocumentKindDescriptor kind) {
		return OfficeBenchUI.kindImage(kind);
	}

	private static List<DocumentKindDescriptor> read() {
		Map<String, DocumentKindDescriptor> byKey = new LinkedHashMap<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"kind".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String extensionId = element.getDeclaringExtension().getUniqueIdentifier();
			String contributor = element.getContributor().getName()
					+ (extensionId == null ? "" : " (extension " + extensionId + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				DocumentKindDescriptor kind = new DocumentKindDescriptor(element);
				if (PlatformUI.isWorkbenchRunning()
						&& PlatformUI.getWorkbench().getEditorRegistry().findEditor(kind.editorId()) == null) {
					throw new IllegalArgumentException("no editor is registered with the id '" + kind.editorId() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				DocumentKindDescriptor earlier = byKey.putIfAbsent(kind.key(), kind);
				if (earlier != null) {
					throw new IllegalArgumentException("the key '" + kind.key() + "' is already contributed by " //$NON-NLS-1$ //$NON-NLS-2$
							+ earlier.contributor());
				}
			} catch (RuntimeException e) {
				String key = element.getAttribute("key"); //$NON-NLS-1$
				String problem = "The document kind " + (key == null ? "" : "'" + key + "' ") + "contributed by " + contributor //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						+ " to " + EXTENSION_POINT + " is left out: " + e.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
				problems.add(problem);
				OfficeBenchUI.log(problem, null);
			}
		}
		List<DocumentKindDescriptor> sorted = new ArrayList<>(byKey.values());
		sorted.sort(Comparator.comparingInt(DocumentKindDescriptor::order).thenComparing(DocumentKindDescriptor::key));
		return List.copyOf(sorted);
	}
}
