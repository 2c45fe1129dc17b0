package org.officebench.ui.properties;

import java.util.function.Function;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/** A text cell that shows a value as text and gives back the value read from the text. */
class ValueTextCellEditor extends TextCellEditor {

	private final Function<Object, String> toText;
	private final Function<String, Object> fromText;

	/** @param check returns an error message for text that cannot be read, or null; may be null */
	ValueTextCellEditor(Composite parent, Function<Object, String> toText, Function<String, Object> fromText,
			Function<String, String> check) {
		super(parent);
		this.toText = toText;
		this.fromText = fromText;
		if (check != null) {
			setValidator(value -> check.apply(value instanceof String text ? text : "")); //$NON-NLS-1$
		}
	}

	@Override
	protected Object doGetValue() {
		return fromText.apply((String) super.doGetValue());
	}

	@Override
	protected void doSetValue(Object value) {
		super.doSetValue(toText.apply(value));
	}
}
