package org.officebench.ui.properties;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Properties of the model objects of one document, edited through that document's editing domain. */
public class EmfPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactoryEditingDomain domain;

	public EmfPropertySourceProvider(AdapterFactoryEditingDomain domain) {
		this.domain = domain;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		Object adapter = domain.getAdapterFactory().adapt(object, IItemPropertySource.class);
		if (adapter instanceof IItemPropertySource itemPropertySource) {
			return new EmfPropertySource(object, itemPropertySource, domain);
		}
		return Adapters.adapt(object, IPropertySource.class);
	}
}
