package org.officebench.ui.kinds;

import java.util.Objects;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.officebench.core.DocumentKind;
import org.officebench.ui.OfficeBenchUI;

/**
 * One document kind as a bundle contributes it through {@code org.officebench.ui.documentKinds}: its key (the
 * repository's word for it), name, icon, editor, New wizard, order, and an optional {@link DocumentPreview}.
 */
public final class DocumentKindDescriptor {

	private final String key;
	private final String name;
	private final String editorId;
	private final String newWizardId;
	private final int order;
	private final String contributor;
	private final ImageDescriptor image;
	private final IConfigurationElement element;
	private DocumentPreview preview;
	private boolean previewTried;

	DocumentKindDescriptor(IConfigurationElement element) {
		this.element = element;
		String extensionId = element.getDeclaringExtension().getUniqueIdentifier();
		this.contributor = element.getContributor().getName()
				+ (extensionId == null ? "" : " (extension " + extensionId + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		this.key = required(element, "key"); //$NON-NLS-1$
		this.name = required(element, "name"); //$NON-NLS-1$
		this.editorId = required(element, "editorId"); //$NON-NLS-1$
		this.newWizardId = element.getAttribute("newWizardId"); //$NON-NLS-1$
		String orderText = element.getAttribute("order"); //$NON-NLS-1$
		int parsed = 100;
		if (orderText != null) {
			try {
				parsed = Integer.parseInt(orderText.trim());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("order is not a whole number: " + orderText); //$NON-NLS-1$
			}
		}
		this.order = parsed;
		String icon = element.getAttribute("icon"); //$NON-NLS-1$
		this.image = icon == null ? null : AbstractUIPlugin.imageDescriptorFromPlugin(element.getContributor().getName(), icon);
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("the attribute '" + attribute + "' is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value.trim();
	}

	/** The repository's word for the kind: policy, flowchart, minutes, archive, … */
	public String key() {
		return key;
	}

	/** The name shown to the user, in the workbench's language. */
	public String label() {
		return name;
	}

	public String editorId() {
		return editorId;
	}

	/** The id of the kind's wizard in {@code org.eclipse.ui.newWizards}, or null when documents are not made by hand. */
	public String newWizardId() {
		return newWizardId;
	}

	public int order() {
		return order;
	}

	/** The bundle that contributed the kind. */
	public String contributor() {
		return contributor;
	}

	public ImageDescriptor imageDescriptor() {
		return image;
	}

	/** The repository's kind of the same key, or null when the repository has no folder for it. */
	public DocumentKind repositoryKind() {
		return DocumentKind.fromKey(key);
	}

	/** The kind's fast open, or null; a class that cannot be made is logged (naming the contribution) once. */
	public synchronized DocumentPreview preview() {
		if (!previewTried) {
			previewTried = true;
			if (element.getAttribute("preview") != null) { //$NON-NLS-1$
				try {
					preview = (DocumentPreview) element.createExecutableExtension("preview"); //$NON-NLS-1$
				} catch (CoreException | ClassCastException e) {
					OfficeBenchUI.log("The document kind '" + key + "' contributed by " + contributor //$NON-NLS-1$ //$NON-NLS-2$
							+ " has a preview that cannot be made: " + e.getMessage(), e); //$NON-NLS-1$
				}
			}
		}
		return preview;
	}

	@Override
	public String toString() {
		return "DocumentKind[" + key + " from " + contributor + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof DocumentKindDescriptor other && other.key.equals(key);
	}

	@Override
	public int hashCode() {
		return Objects.hash(key);
	}
}
