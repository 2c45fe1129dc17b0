package org.officebench.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.officebench.ui.internal.Messages;

/**
 * The properties of a model object for the Properties view, taken from its EMF.Edit item provider (a small
 * stand-in for EMF edit.ui's {@code PropertySource}). Every change is a {@link SetCommand} on the document's
 * command stack, so it can be undone and it marks the document dirty.
 */
public class EmfPropertySource implements IPropertySource {

	protected final Object object;
	protected final IItemPropertySource itemPropertySource;
	protected final EditingDomain domain;

	public EmfPropertySource(Object object, IItemPropertySource itemPropertySource, EditingDomain domain) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.domain = domain;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		List<IItemPropertyDescriptor> itemDescriptors = itemPropertySource.getPropertyDescriptors(object);
		if (itemDescriptors != null) {
			for (IItemPropertyDescriptor itemDescriptor : itemDescriptors) {
				descriptors.add(createPropertyDescriptor(itemDescriptor));
			}
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	protected IPropertyDescriptor createPropertyDescriptor(IItemPropertyDescriptor itemDescriptor) {
		return new EmfPropertyDescriptor(object, itemDescriptor);
	}

	protected IItemPropertyDescriptor itemDescriptor(Object id) {
		return itemPropertySource.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemDescriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		if (value instanceof IItemPropertySource wrapper) {
			value = wrapper.getEditableValue(object);
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemDescriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		execute(id, SetCommand.UNSET_VALUE);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		execute(id, value);
	}

	private void execute(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemDescriptor(id);
		if (descriptor == null || !descriptor.canSetProperty(object)
				|| !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
			return;
		}
		Command command = SetCommand.create(domain, object, feature, value);
		if (command instanceof AbstractCommand labelled) {
			labelled.setLabel(NLS.bind(Messages.Command_set, descriptor.getDisplayName(object)));
		}
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
