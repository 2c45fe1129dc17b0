package org.officebench.core;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.officebench.model.Document;

/**
 * Brings a document written with model version {@link #fromVersion()} up to {@code fromVersion() + 1}.
 * Register implementations as OSGi services. Values of features the current model no longer has are
 * kept by the loader and can be read from {@link XMLResource#getEObjectToExtensionMap()}.
 */
public interface ModelMigration {

	int fromVersion();

	void migrate(XMLResource resource, Document document);
}
