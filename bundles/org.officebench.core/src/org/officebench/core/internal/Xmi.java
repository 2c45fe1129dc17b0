package org.officebench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.officebench.model.OfficeBenchPackage;
import org.xml.sax.SAXParseException;

/** How documents are read and written as XMI: the same options everywhere. */
public final class Xmi {

	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private Xmi() {
	}

	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(OfficeBenchPackage.eNS_URI, OfficeBenchPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", DocumentResource.FACTORY); //$NON-NLS-1$
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", DocumentResource.FACTORY); //$NON-NLS-1$
		set.getLoadOptions().putAll(loadOptions());
		return set;
	}

	public static XMLResource newResource(ResourceSet set, Path file) {
		return (XMLResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
	}

	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		// Keep what a newer OfficeBench wrote, so that saving here loses nothing and migrations can read it.
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		// Recording unknown attributes needs extended metadata: without it EMF recurses on the first one.
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		return options;
	}

	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, null);
		return options;
	}

	/**
	 * Puts a document read from a compact file into its resource without EMF walking all its objects to index
	 * extrinsic IDs, which OfficeBench does not use: for a million 件 that walk costs half a second of the opening.
	 */
	public static void attach(XMLResource resource, EObject root) {
		if (resource instanceof DocumentResource document) {
			document.attachQuietly = true;
			try {
				document.getContents().add(root);
			} finally {
				document.attachQuietly = false;
			}
		} else {
			resource.getContents().add(root);
		}
	}

	/** An XMI resource that can take a loaded document without the attach walk. */
	static final class DocumentResource extends XMIResourceImpl {
		static final Resource.Factory FACTORY = new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				return new DocumentResource(uri);
			}
		};
		boolean attachQuietly;

		DocumentResource(URI uri) {
			super(uri);
		}

		@Override
		protected boolean isAttachedDetachedHelperRequired() {
			return !attachQuietly && super.isAttachedDetachedHelperRequired();
		}
	}

	public static void load(XMLResource resource, InputStream in) throws IOException {
		resource.load(in, loadOptions());
	}

	/** Line and column of a parse failure, found anywhere in the cause chain; {0, 0} when unknown. */
	public static int[] position(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof XMIException x && x.getLine() > 0) {
				return new int[] { x.getLine(), x.getColumn() };
			}
			if (t instanceof SAXParseException s && s.getLineNumber() > 0) {
				return new int[] { s.getLineNumber(), s.getColumnNumber() };
			}
			if (t == t.getCause()) {
				break;
			}
		}
		return new int[] { 0, 0 };
	}

	/** The innermost message, which is the one that names what is wrong. */
	public static String reason(Throwable failure) {
		String reason = failure.getMessage();
		for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
			if (t.getMessage() != null) {
				reason = t.getMessage();
			}
		}
		return reason == null ? failure.toString() : reason.trim();
	}
}
