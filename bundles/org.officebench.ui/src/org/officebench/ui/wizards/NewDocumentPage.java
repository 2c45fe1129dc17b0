package org.officebench.ui.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.officebench.core.DocumentKind;
import org.officebench.ui.editors.ModelFields;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.kinds.DocumentKinds;

/** 题名 (required) and 文号 (optional) of the new document, and its kind when the wizard was not given one. */
public class NewDocumentPage extends WizardPage {

	private final DocumentKind presetKind;
	private Combo kindCombo;
	private Text titleText;
	private Text numberText;
	private boolean titleTouched;

	NewDocumentPage(DocumentKind kind) {
		super("newDocument"); //$NON-NLS-1$
		this.presetKind = kind;
		setTitle(kind == null ? Messages.NewWizard_titleAny : NLS.bind(Messages.NewWizard_title, DocumentKinds.label(kind)));
		setDescription(Messages.NewWizard_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 10).applyTo(composite);
		if (presetKind == null) {
			new Label(composite, SWT.NONE).setText(Messages.NewWizard_kind);
			kindCombo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
			for (DocumentKind kind : choices()) {
				kindCombo.add(DocumentKinds.label(kind));
			}
			kindCombo.select(0);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(kindCombo);
		}
		new Label(composite, SWT.NONE).setText(Messages.NewWizard_titleLabel);
		titleText = new Text(composite, SWT.SINGLE | SWT.BORDER);
		titleText.setData(ModelFields.FEATURE_KEY, "title"); //$NON-NLS-1$
		titleText.setMessage(Messages.NewWizard_titleHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(titleText);
		titleText.addModifyListener(e -> {
			titleTouched = true;
			validate();
		});
		new Label(composite, SWT.NONE).setText(Messages.NewWizard_numberLabel);
		numberText = new Text(composite, SWT.SINGLE | SWT.BORDER);
		numberText.setData(ModelFields.FEATURE_KEY, "documentNumber"); //$NON-NLS-1$
		numberText.setMessage(Messages.NewWizard_numberHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(numberText);
		setControl(composite);
		validate();
	}

	private void validate() {
		boolean empty = title().isEmpty();
		if (empty && titleTouched) {
			setErrorMessage(Messages.NewWizard_titleRequired);
		} else {
			setErrorMessage(null);
		}
		setMessage(empty ? Messages.NewWizard_titlePrompt : null);
		setPageComplete(!empty);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			titleText.setFocus();
		}
	}

	DocumentKind kind() {
		return presetKind != null ? presetKind : choices().get(Math.max(0, kindCombo.getSelectionIndex()));
	}

	/** The kinds of the repository that an installed bundle contributes, in the contributed order. */
	private static java.util.List<DocumentKind> choices() {
		return DocumentKinds.all().stream().map(k -> k.repositoryKind()).filter(java.util.Objects::nonNull).toList();
	}

	String title() {
		return titleText == null ? "" : titleText.getText().strip(); //$NON-NLS-1$
	}

	String documentNumber() {
		return numberText.getText().strip();
	}
}
