package org.officebench.ui.editors;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.officebench.model.Document;
import org.officebench.model.DocumentStatus;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.kinds.DocumentKinds;
import org.officebench.ui.internal.Messages;

/** The 概要 page: the fields every document has, its dates, and a short summary of its kind-specific content. */
public class DocumentOverviewPage extends FormPage {

	public static final String ID = "org.officebench.ui.editors.overview"; //$NON-NLS-1$

	private final DocumentFormEditor editor;
	private ModelFields fields;
	private ScrolledForm form;
	private Label summary;
	private Text titleText;

	public DocumentOverviewPage(DocumentFormEditor editor) {
		super(editor, ID, Messages.Editor_overviewTab);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		form.setImage(DocumentKinds.image(editor.document().kind()));
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(12, 12).spacing(16, 12).applyTo(body);

		fields = new ModelFields(editor.getEditingDomain(), body.getDisplay());

		Composite general = section(toolkit, body, Messages.Editor_generalSection, Messages.Editor_generalDescription, 2);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, SWT.DEFAULT).span(1, 2).applyTo(general.getParent());
		titleText = fields.text(text(toolkit, general, Messages.Field_title, SWT.SINGLE),
				OfficeBenchPackage.Literals.DOCUMENT__TITLE, Messages.Field_title);
		fields.text(text(toolkit, general, Messages.Field_documentNumber, SWT.SINGLE),
				OfficeBenchPackage.Literals.DOCUMENT__DOCUMENT_NUMBER, Messages.Field_documentNumber);
		label(toolkit, general, Messages.Field_status);
		Combo status = new Combo(general, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(status, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		fields.choice(status, OfficeBenchPackage.Literals.DOCUMENT__STATUS, Messages.Field_status,
				value -> DocumentLabels.status((DocumentStatus) value));
		fields.text(text(toolkit, general, Messages.Field_author, SWT.SINGLE), OfficeBenchPackage.Literals.DOCUMENT__AUTHOR,
				Messages.Field_author);
		fields.text(text(toolkit, general, Messages.Field_owner, SWT.SINGLE), OfficeBenchPackage.Literals.DOCUMENT__OWNER,
				Messages.Field_owner);
		fields.text(text(toolkit, general, Messages.Field_department, SWT.SINGLE),
				OfficeBenchPackage.Literals.DOCUMENT__DEPARTMENT, Messages.Field_department);
		Text tags = fields.list(text(toolkit, general, Messages.Field_tags, SWT.SINGLE),
				OfficeBenchPackage.Literals.DOCUMENT__TAGS, Messages.Field_tags);
		tags.setMessage(Messages.Field_tagsHint);
		Text description = fields.text(text(toolkit, general, Messages.Field_description, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
				OfficeBenchPackage.Literals.DOCUMENT__DESCRIPTION, Messages.Field_description);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 6 * description.getLineHeight()).applyTo(description);

		Composite content = section(toolkit, body, Messages.Editor_contentSection,
				DocumentKinds.label(editor.document().kind()), 1);
		GridDataFactory.fillDefaults().grab(false, false).hint(260, SWT.DEFAULT).applyTo(content.getParent());
		summary = toolkit.createLabel(content, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		Composite record = section(toolkit, body, Messages.Editor_recordSection, null, 2);
		GridDataFactory.fillDefaults().grab(false, false).hint(260, SWT.DEFAULT).applyTo(record.getParent());
		label(toolkit, record, Messages.Field_created);
		fields.readOnly(value(toolkit, record), OfficeBenchPackage.Literals.DOCUMENT__CREATED,
				value -> DocumentLabels.date((java.util.Date) value));
		label(toolkit, record, Messages.Field_modified);
		fields.readOnly(value(toolkit, record), OfficeBenchPackage.Literals.DOCUMENT__MODIFIED,
				value -> DocumentLabels.date((java.util.Date) value));
		label(toolkit, record, Messages.Field_file);
		value(toolkit, record).setText(editor.document().file());

		fields.addChangeListener(this::refreshHeading);
		editor.trackPendingEdits(fields);
		fields.bind(editor.document().root());
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int columns) {
		Section section = toolkit.createSection(parent,
				Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 6).spacing(10, 8).applyTo(client);
		section.setClient(client);
		return client;
	}

	private static Label label(FormToolkit toolkit, Composite parent, String text) {
		Label label = toolkit.createLabel(parent, text);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	private static Label value(FormToolkit toolkit, Composite parent) {
		Label label = toolkit.createLabel(parent, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	private static Text text(FormToolkit toolkit, Composite parent, String labelText, int style) {
		Label label = label(toolkit, parent, labelText);
		if ((style & SWT.MULTI) != 0) {
			GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		}
		Text text = toolkit.createText(parent, "", style | SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private void refreshHeading() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Document root = editor.document().root();
		form.setText(DocumentLabels.document(root.getTitle(), root.getDocumentNumber()));
		if (root.getTitle() == null || root.getTitle().isBlank()) {
			form.setMessage(Messages.Editor_titleEmpty, IMessageProvider.WARNING);
		} else {
			form.setMessage(null, IMessageProvider.NONE);
		}
		List<String> lines = editor.describeContent(root);
		summary.setText(String.join("\n", lines)); //$NON-NLS-1$
		summary.getParent().layout(true);
		form.reflow(true);
		editor.updateTitle();
	}

	/** Shows the document's (new) root, e.g. after Revert read the file again. */
	void rebind() {
		if (fields != null) {
			fields.bind(editor.document().root());
		}
	}

	/** The title field (tests drive it like a user). */
	public Text titleField() {
		return titleText;
	}

	@Override
	public void setFocus() {
		if (titleText != null && !titleText.isDisposed()) {
			titleText.setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (fields != null) {
			editor.untrackPendingEdits(fields);
			fields.dispose();
		}
		super.dispose();
	}
}
