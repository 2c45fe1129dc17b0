package org.officebench.ui.archive.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.officebench.core.archive.ArchiveRuleException;

/**
 * A small form (labels and fields) whose OK runs an action; when a rule refuses it, the reason shows in the dialog
 * and it stays open, so nothing typed is lost.
 */
final class FieldsDialog extends TitleAreaDialog {

	/** What OK does; throws when a rule refuses it. */
	@FunctionalInterface
	interface OkAction {
		void run() throws ArchiveRuleException;
	}

	private final String title;
	private final String message;
	private final List<FieldSpec> specs = new ArrayList<>();
	private OkAction okAction = () -> {
	};

	private record FieldSpec(String label, int kind, Object initial, String[] choices, Control[] holder) {
	}

	private static final int TEXT = 0, AREA = 1, COMBO = 2, DATE = 3;

	FieldsDialog(Shell shell, String title, String message) {
		super(shell);
		this.title = title;
		this.message = message;
	}

	void onOk(OkAction action) {
		this.okAction = action;
	}

	/** A one-line text field; its widget exists once the dialog is open. */
	Control[] text(String label, String initial) {
		return add(label, TEXT, initial, null);
	}

	/** A text area for several lines (names one per line). */
	Control[] area(String label, String initial) {
		return add(label, AREA, initial, null);
	}

	Control[] combo(String label, String[] choices, int selected) {
		return add(label, COMBO, Integer.valueOf(selected), choices);
	}

	Control[] date(String label, LocalDate initial) {
		return add(label, DATE, initial, null);
	}

	private Control[] add(String label, int kind, Object initial, String[] choices) {
		Control[] holder = new Control[1];
		specs.add(new FieldSpec(label, kind, initial, choices, holder));
		return holder;
	}

	static String text(Control[] field) {
		return field[0] instanceof Text t ? t.getText() : field[0] instanceof Combo c ? c.getText() : ""; //$NON-NLS-1$
	}

	static int selection(Control[] field) {
		return ((Combo) field[0]).getSelectionIndex();
	}

	static LocalDate day(Control[] field) {
		DateTime d = (DateTime) field[0];
		return LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDay());
	}

	/** Names typed one per line or separated by commas or 、. */
	static List<String> names(Control[] field) {
		List<String> names = new ArrayList<>();
		for (String name : text(field).split("[\\n\\r,，、;；]+")) { //$NON-NLS-1$
			if (!name.isBlank()) {
				names.add(name.strip());
			}
		}
		return names;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		for (FieldSpec spec : specs) {
			Label label = new Label(form, SWT.NONE);
			label.setText(spec.label());
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, spec.kind() == AREA ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
			Control control = switch (spec.kind()) {
			case AREA -> {
				Text t = new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
				t.setText(spec.initial() == null ? "" : (String) spec.initial()); //$NON-NLS-1$
				GridDataFactory.fillDefaults().grab(true, true).hint(320, 70).applyTo(t);
				yield t;
			}
			case COMBO -> {
				Combo c = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
				c.setItems(spec.choices());
				c.select((Integer) spec.initial());
				GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
				yield c;
			}
			case DATE -> {
				DateTime d = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
				LocalDate day = (LocalDate) spec.initial();
				d.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
				yield d;
			}
			default -> {
				Text t = new Text(form, SWT.BORDER | SWT.SINGLE);
				t.setText(spec.initial() == null ? "" : (String) spec.initial()); //$NON-NLS-1$
				GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
				yield t;
			}
			};
			spec.holder()[0] = control;
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Button_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Button_cancel, false);
	}

	@Override
	protected void okPressed() {
		try {
			okAction.run();
		} catch (ArchiveRuleException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
