package org.officebench.ui.internal.navigator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** Properties to look at, not to edit: what the navigator knows of a document without opening it. */
final class ReadOnlyPropertySource implements IPropertySource {

	private final Object object;
	private final Map<String, String> values = new LinkedHashMap<>();
	private final Map<String, String> names = new LinkedHashMap<>();

	ReadOnlyPropertySource(Object object) {
		this.object = object;
	}

	ReadOnlyPropertySource add(String id, String name, Object value) {
		names.put(id, name);
		values.put(id, value == null ? "" : value.toString()); //$NON-NLS-1$
		return this;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (Map.Entry<String, String> entry : names.entrySet()) {
			descriptors.add(new PropertyDescriptor(entry.getKey(), entry.getValue()));
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		return values.get(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
