package org.officebench.ui;

import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.officebench.core.Repository;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.osgi.framework.BundleContext;

/**
 * The workbench shell bundle: gives the other UI bundles the repository the workbench opened, the shared
 * document catalogue and the images of the document kinds.
 */
public final class OfficeBenchUI extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.officebench.ui"; //$NON-NLS-1$

	/** The 资料库 navigator view. */
	public static final String NAVIGATOR_VIEW_ID = "org.officebench.ui.views.repository"; //$NON-NLS-1$

	/** Our registration of the standard Properties view (with a name in the workbench's language). */
	public static final String PROPERTIES_VIEW_ID = "org.officebench.ui.views.properties"; //$NON-NLS-1$

	public static final String PERSPECTIVE_ID = "org.officebench.ui.perspective"; //$NON-NLS-1$

	public static final String IMAGE_APP = "officebench16"; //$NON-NLS-1$
	public static final String IMAGE_APP_LARGE = "officebench64"; //$NON-NLS-1$
	public static final String IMAGE_PROBLEM = "problem"; //$NON-NLS-1$
	public static final String IMAGE_REPOSITORY = "repository"; //$NON-NLS-1$
	public static final String IMAGE_WIZARD = "wizban"; //$NON-NLS-1$
	public static final String IMAGE_NEW = "new"; //$NON-NLS-1$
	public static final String IMAGE_PROPERTIES = "properties"; //$NON-NLS-1$

	private static volatile OfficeBenchUI plugin;

	private volatile Repository repository;
	private volatile DocumentCatalog catalog;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		plugin = null;
		super.stop(context);
	}

	public static OfficeBenchUI getDefault() {
		return plugin;
	}

	/** The repository the workbench works on; set by the application before the workbench starts. */
	public static Repository repository() {
		Repository repository = getDefault().repository;
		if (repository == null) {
			throw new IllegalStateException("No repository is open"); //$NON-NLS-1$
		}
		return repository;
	}

	/** @return the repository, or null while none is open */
	public static Repository repositoryOrNull() {
		OfficeBenchUI ui = getDefault();
		return ui == null ? null : ui.repository;
	}

	/** The list of documents read in the background and shared by the navigator and the status line. */
	public static DocumentCatalog catalog() {
		return Objects.requireNonNull(getDefault().catalog, "No repository is open"); //$NON-NLS-1$
	}

	/** Called by the application when it has opened (or, with null, closed) the repository. */
	public void setRepository(Repository repository) {
		DocumentCatalog old = catalog;
		if (old != null) {
			old.dispose();
		}
		this.repository = repository;
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		this.catalog = repository == null ? null : new DocumentCatalog(repository, display);
	}

	@Override
	protected void initializeImageRegistry(ImageRegistry registry) {
		for (String name : new String[] { IMAGE_APP, IMAGE_APP_LARGE, IMAGE_PROBLEM, IMAGE_REPOSITORY, IMAGE_WIZARD, IMAGE_NEW,
				IMAGE_PROPERTIES }) {
			registry.put(name, imageDescriptorFromPlugin(PLUGIN_ID, "icons/" + name + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A shared image (do not dispose). */
	public static Image image(String key) {
		return getDefault().getImageRegistry().get(key);
	}

	public static ImageDescriptor imageDescriptor(String key) {
		return getDefault().getImageRegistry().getDescriptor(key);
	}

	/** The icon of a contributed document kind (shared, do not dispose), or null when it has none. */
	public static Image kindImage(DocumentKindDescriptor kind) {
		if (kind.imageDescriptor() == null) {
			return null;
		}
		ImageRegistry registry = getDefault().getImageRegistry();
		String key = "kind:" + kind.key(); //$NON-NLS-1$
		if (registry.getDescriptor(key) == null) {
			registry.put(key, kind.imageDescriptor());
		}
		return registry.get(key);
	}

	public static void log(String message, Throwable error) {
		ILog.of(OfficeBenchUI.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
