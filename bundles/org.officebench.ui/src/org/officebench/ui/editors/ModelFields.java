package org.officebench.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.internal.Messages;

/**
 * Binds form widgets to features of one model object, both ways. Every change the user makes becomes a
 * {@link SetCommand} on the editing domain's command stack; model changes (undo, redo, the Properties view)
 * update the widgets. While the user keeps typing in one field, the keystrokes make one command, so that one
 * Undo restores the text from before the typing.
 */
public final class ModelFields {

	/** Widget data key holding the name of the feature a widget edits (for tests and accessibility tools). */
	public static final String FEATURE_KEY = "org.officebench.feature"; //$NON-NLS-1$

	private abstract class Field {
		final Control control;
		final EStructuralFeature feature;
		boolean refreshing;

		Field(Control control, EStructuralFeature feature) {
			this.control = control;
			this.feature = feature;
			control.setData(FEATURE_KEY, feature.getName());
		}

		abstract void refresh(Object value);

		void endTyping() {
		}
	}

	private final class TextField extends Field {
		final Function<Object, String> toText;
		final Function<String, Object> fromText;
		final String label;
		Command typing;

		TextField(Text text, EStructuralFeature feature, String label, Function<Object, String> toText,
				Function<String, Object> fromText) {
			super(text, feature);
			this.label = label;
			this.toText = toText;
			this.fromText = fromText;
			text.addModifyListener(e -> {
				if (!refreshing) {
					commit();
				}
			});
			text.addFocusListener(new FocusAdapter() {
				@Override
				public void focusLost(FocusEvent e) {
					endTyping();
					if (owner != null) {
						refresh(owner.eGet(feature)); // shows the value as stored (e.g. tags tidied up)
					}
				}
			});
		}

		void commit() {
			if (owner == null) {
				return;
			}
			Object value = fromText.apply(((Text) control).getText());
			CommandStack stack = domain.getCommandStack();
			committing = this;
			try {
				if (typing != null && stack.getUndoCommand() == typing) {
					stack.undo(); // the new command replaces the one of the previous keystroke
				}
				typing = null;
				if (same(owner.eGet(feature), value)) {
					return;
				}
				Command command = SetCommand.create(domain, owner, feature, value);
				if (command instanceof AbstractCommand labelled) {
					labelled.setLabel(NLS.bind(Messages.Command_set, label));
				}
				if (command.canExecute()) {
					stack.execute(command);
					typing = command;
				}
			} finally {
				committing = null;
			}
		}

		@Override
		void endTyping() {
			typing = null;
		}

		@Override
		void refresh(Object value) {
			Text text = (Text) control;
			String shown = toText.apply(value);
			if (!text.getText().equals(shown)) {
				refreshing = true;
				try {
					text.setText(shown);
				} finally {
					refreshing = false;
				}
			}
		}
	}

	private final class ChoiceField extends Field {
		final List<Object> values;
		final String label;

		ChoiceField(Combo combo, EStructuralFeature feature, String label, List<Object> values,
				Function<Object, String> toText) {
			super(combo, feature);
			this.values = values;
			this.label = label;
			for (Object value : values) {
				combo.add(toText.apply(value));
			}
			combo.addListener(SWT.Selection, e -> {
				if (!refreshing && owner != null && combo.getSelectionIndex() >= 0) {
					Object value = values.get(combo.getSelectionIndex());
					if (!same(owner.eGet(feature), value)) {
						Command command = SetCommand.create(domain, owner, feature, value);
						if (command instanceof AbstractCommand labelled) {
							labelled.setLabel(NLS.bind(Messages.Command_set, label));
						}
						committing = this;
						try {
							if (command.canExecute()) {
								domain.getCommandStack().execute(command);
							}
						} finally {
							committing = null;
						}
					}
				}
			});
		}

		@Override
		void refresh(Object value) {
			refreshing = true;
			try {
				((Combo) control).select(values.indexOf(value));
			} finally {
				refreshing = false;
			}
		}
	}

	private final class LabelField extends Field {
		final Function<Object, String> toText;

		LabelField(Label label, EStructuralFeature feature, Function<Object, String> toText) {
			super(label, feature);
			this.toText = toText;
		}

		@Override
		void refresh(Object value) {
			((Label) control).setText(toText.apply(value));
			control.getParent().layout(new Control[] { control });
		}
	}

	private final EditingDomain domain;
	private final Display display;
	private final List<Field> fields = new ArrayList<>();
	private final List<Runnable> changeListeners = new ArrayList<>();
	private final EContentAdapter adapter = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				if (Display.getCurrent() == display) {
					changed(notification);
				} else if (!display.isDisposed()) {
					display.asyncExec(() -> changed(notification));
				}
			}
		}
	};
	private EObject owner;
	private Field committing;

	public ModelFields(EditingDomain domain, Display display) {
		this.domain = domain;
		this.display = display;
	}

	/** Shows (and from now on edits) {@code object}; call again after the document was reverted. */
	public void bind(EObject object) {
		if (owner != null) {
			owner.eAdapters().remove(adapter);
		}
		endTyping();
		owner = object;
		if (owner != null) {
			owner.eAdapters().add(adapter);
			for (Field field : fields) {
				field.refresh(owner.eGet(field.feature));
			}
		}
		changeListeners.forEach(Runnable::run);
	}

	/** A one-line or multi-line text for a string feature; empty text means "not set". */
	public Text text(Text text, EAttribute feature, String label) {
		add(new TextField(text, feature, label, value -> value == null ? "" : value.toString(), //$NON-NLS-1$
				string -> string.isEmpty() ? null : string));
		return text;
	}

	/** A text holding a list of strings (tags), separated by commas. */
	public Text list(Text text, EAttribute feature, String label) {
		add(new TextField(text, feature, label,
				value -> value instanceof Collection<?> values ? DocumentLabels.tags(values) : "", //$NON-NLS-1$
				DocumentLabels::parseTags));
		return text;
	}

	/** A read-only drop-down list of the literals of an enumeration. */
	public Combo choice(Combo combo, EAttribute feature, String label, Function<Object, String> toText) {
		List<Object> values = new ArrayList<>();
		for (EEnumLiteral literal : ((EEnum) feature.getEAttributeType()).getELiterals()) {
			values.add(literal.getInstance());
		}
		add(new ChoiceField(combo, feature, label, values, toText));
		return combo;
	}

	/** A label showing a feature the user does not edit here. */
	public Label readOnly(Label label, EStructuralFeature feature, Function<Object, String> toText) {
		add(new LabelField(label, feature, toText));
		return label;
	}

	/** Runs (on the UI thread) after any change of the object or of anything it contains. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/** Ends the current typing, so that the next keystroke starts a new command (e.g. after saving). */
	public void endTyping() {
		for (Field field : fields) {
			field.endTyping();
		}
	}

	public void dispose() {
		if (owner != null) {
			owner.eAdapters().remove(adapter);
			owner = null;
		}
		fields.clear();
		changeListeners.clear();
	}

	private void add(Field field) {
		fields.add(field);
		if (owner != null) {
			field.refresh(owner.eGet(field.feature));
		}
	}

	private void changed(Notification notification) {
		if (owner == null) {
			return;
		}
		if (notification.getNotifier() == owner) {
			for (Field field : fields) {
				if (field.feature == notification.getFeature() && field != committing && !field.control.isDisposed()) {
					field.refresh(owner.eGet(field.feature));
				}
			}
		}
		for (Runnable listener : changeListeners) {
			listener.run();
		}
	}

	private static boolean same(Object stored, Object value) {
		if (stored instanceof String s && s.isEmpty()) {
			stored = null;
		}
		if (stored instanceof Collection<?> c && value instanceof Collection<?> v) {
			return new ArrayList<>(c).equals(new ArrayList<>(v));
		}
		return Objects.equals(stored, value);
	}
}
