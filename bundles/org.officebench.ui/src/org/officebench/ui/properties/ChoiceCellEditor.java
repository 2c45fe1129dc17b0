package org.officebench.ui.properties;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down list of values (enumeration literals, booleans, references) shown by their labels. */
class ChoiceCellEditor extends ComboBoxCellEditor {

	private final List<Object> values;

	ChoiceCellEditor(Composite parent, List<Object> values, Function<Object, String> label) {
		super(parent, values.stream().map(label).toArray(String[]::new), SWT.READ_ONLY);
		this.values = values;
	}

	@Override
	protected Object doGetValue() {
		Integer index = (Integer) super.doGetValue();
		return index == null || index < 0 || index >= values.size() ? null : values.get(index);
	}

	@Override
	protected void doSetValue(Object value) {
		int index = 0;
		for (int i = 0; i < values.size(); i++) {
			if (Objects.equals(values.get(i), value)) {
				index = i;
				break;
			}
		}
		super.doSetValue(index);
	}
}
