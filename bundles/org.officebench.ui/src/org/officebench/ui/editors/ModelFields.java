package org.officebench.ui.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
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
 * update the widgets. Typing in a text field is one command when the edit is committed (Enter, the focus leaving or
 * a short pause), never a command per keystroke, so that one Undo restores the text from before the typing.
 */
public final class ModelFields {

	/** The pause after the last keystroke that commits a text field's edit, in milliseconds. */
	public static final int COMMIT_DELAY_MS = 600;

	/** Widget data key holding the name of the feature a widget edits (for tests and accessibility tools). */
	public static final String FEATURE_KEY = "org.officebench.feature"; //$NON-NLS-1$

	private abstract class Field {
		final Control control;
		final EStructuralFeature feature;
		boolean refreshing;

		boolean pending;

		/** @param feature null for a text the page itself turns into commands */
		Field(Control control, EStructuralFeature feature) {
			this.control = control;
			this.feature = feature;
			if (feature != null) {
				control.setData(FEATURE_KEY, feature.getName());
			}
		}

		void setPending(boolean now) {
			if (pending != now) {
				pending = now;
				pendingListeners.forEach(Runnable::run);
			}
		}

		abstract void refresh(Object value);

		/** Makes the field's uncommitted text (if any) one command. */
		void commit() {
		}

		/** Throws the field's uncommitted text away: it shows the stored value again. */
		void discard() {
		}

		/** Whether the field shows text that is not yet a command. */
		boolean isPending() {
			return pending;
		}
	}

	/**
	 * A text whose typing becomes one command when the edit is committed: Enter (one-line texts), the focus leaving, or
	 * a pause of {@link ModelFields#COMMIT_DELAY_MS} after the last keystroke. While the user types nothing is executed.
	 */
	private final class TextField extends Field {
		final Function<Object, String> toText;
		final Function<String, Object> fromText;
		final String label;
		final Runnable commitAfterPause = this::commit;

		TextField(Text text, EStructuralFeature feature, String label, Function<Object, String> toText,
				Function<String, Object> fromText) {
			super(text, feature);
			this.label = label;
			this.toText = toText;
			this.fromText = fromText;
			text.addModifyListener(e -> {
				if (!refreshing) {
					typed();
				}
			});
			text.addListener(SWT.DefaultSelection, e -> commit()); // Enter in a one-line text
			text.addFocusListener(new FocusAdapter() {
				@Override
				public void focusLost(FocusEvent e) {
					commit();
					if (owner != null) {
						refresh(owner.eGet(feature)); // shows the value as stored (e.g. tags tidied up)
					}
				}
			});
		}

		private void typed() {
			if (owner == null) {
				return;
			}
			setPending(!same(owner.eGet(feature), fromText.apply(((Text) control).getText())));
			// Restarts the pause: the same runnable scheduled again replaces the one of the previous keystroke.
			display.timerExec(pending ? COMMIT_DELAY_MS : -1, commitAfterPause);
		}

		@Override
		void commit() {
			display.timerExec(-1, commitAfterPause);
			if (owner == null || control.isDisposed()) {
				setPending(false);
				return;
			}
			Object value = fromText.apply(((Text) control).getText());
			if (same(owner.eGet(feature), value)) {
				setPending(false);
				return;
			}
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
			setPending(false);
		}

		@Override
		void discard() {
			display.timerExec(-1, commitAfterPause);
			if (owner != null && !control.isDisposed()) {
				refresh(owner.eGet(feature));
			}
			setPending(false);
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
			// The model's value is shown: whatever was typed and not committed is gone.
			display.timerExec(-1, commitAfterPause);
			setPending(false);
		}
	}

	/**
	 * A text the page turns into a command itself (checking it first, say), committed like the other texts: on Enter,
	 * the focus leaving or a pause after the last keystroke.
	 */
	private final class CommittedText extends Field {
		final BooleanSupplier differs;
		final Runnable commitAction;
		final Runnable commitAfterPause = this::commit;

		CommittedText(Text text, Runnable typed, BooleanSupplier differs, Runnable commit) {
			super(text, null);
			this.differs = differs;
			this.commitAction = commit;
			text.addModifyListener(e -> {
				typed.run();
				setPending(differs.getAsBoolean());
				display.timerExec(pending ? COMMIT_DELAY_MS : -1, commitAfterPause);
			});
			text.addListener(SWT.DefaultSelection, e -> commit());
			text.addFocusListener(new FocusAdapter() {
				@Override
				public void focusLost(FocusEvent e) {
					commit();
				}
			});
		}

		@Override
		void commit() {
			display.timerExec(-1, commitAfterPause);
			if (!control.isDisposed() && differs.getAsBoolean()) {
				commitAction.run();
			}
			setPending(!control.isDisposed() && differs.getAsBoolean());
		}

		@Override
		void discard() {
			display.timerExec(-1, commitAfterPause);
			setPending(false);
		}

		@Override
		void refresh(Object value) {
			// the page shows the model's value itself
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
	private final List<Runnable> pendingListeners = new ArrayList<>();
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
		owner = object;
		if (owner != null) {
			owner.eAdapters().add(adapter);
			for (Field field : fields) {
				field.refresh(field.feature == null ? null : owner.eGet(field.feature));
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

	/**
	 * A text that the page turns into commands itself: {@code typed} runs on each keystroke (to check and show what is
	 * typed, executing nothing); {@code commit} executes the command when the edit is committed (Enter, focus out, a
	 * pause), if {@code differs} says the text is something new the model can take.
	 */
	public Text committedText(Text text, Runnable typed, BooleanSupplier differs, Runnable commit) {
		add(new CommittedText(text, typed, differs, commit));
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

	/** Runs (on the UI thread) when a text field starts or stops holding typed text that is not yet a command. */
	public void addPendingListener(Runnable listener) {
		pendingListeners.add(listener);
	}

	/** Whether some text field holds typed text that is not yet a command. */
	public boolean hasPendingEdits() {
		return fields.stream().anyMatch(Field::isPending);
	}

	/** Makes what was typed and not yet committed a command now (before Undo, Save or closing). */
	public void commitPendingEdits() {
		for (Field field : List.copyOf(fields)) {
			field.commit();
		}
	}

	/** Throws away what was typed and not yet committed (Revert): the fields show the model again. */
	public void discardPendingEdits() {
		for (Field field : List.copyOf(fields)) {
			field.discard();
		}
	}

	public void dispose() {
		for (Field field : fields) {
			if (field instanceof TextField text) {
				display.timerExec(-1, text.commitAfterPause);
			} else if (field instanceof CommittedText text) {
				display.timerExec(-1, text.commitAfterPause);
			}
		}
		if (owner != null) {
			owner.eAdapters().remove(adapter);
			owner = null;
		}
		fields.clear();
		changeListeners.clear();
		pendingListeners.clear();
	}

	private void add(Field field) {
		fields.add(field);
		if (owner != null) {
			field.refresh(field.feature == null ? null : owner.eGet(field.feature));
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
