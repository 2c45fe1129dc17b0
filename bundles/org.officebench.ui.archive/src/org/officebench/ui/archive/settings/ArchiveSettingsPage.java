package org.officebench.ui.archive.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.ClassificationOrder;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.editors.ModelFields;

/**
 * 全宗设置: fonds, classification order, the 档号 template (checked as it is typed: only a usable pattern reaches the
 * model), the 机构（问题） codes and the 保管期限表 ({@link RetentionScheduleSection}). Every change is a command on the
 * catalogue's stack.
 */
public class ArchiveSettingsPage extends FormPage {

	public static final String ID = "org.officebench.ui.archive.settings"; //$NON-NLS-1$
	/** Widget data keys, for tests. */
	public static final String PATTERN_KEY = "pattern", PROBLEMS_KEY = "patternProblems", ORGANIZATIONS_KEY = "organizations"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final String RETENTION_RULES_KEY = RetentionScheduleSection.TABLE_KEY,
			RETENTION_DEFAULT_NOTE_KEY = RetentionScheduleSection.DEFAULT_NOTE_KEY;

	private final DocumentFormEditor editor;
	private ModelFields fields;
	private Text pattern;
	private Combo preset;
	private Label problems;
	private Label example;
	private TableViewer organizations;
	private boolean refreshing;
	private boolean refreshPending;
	/** 件 per 机构 code, counted once per refresh: a catalogue may hold a million. */
	private Map<String, Long> itemCounts = Map.of();
	private ArchiveCatalogue catalogue;
	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			// Filing a batch sends a notification per 件: one refresh for all of them is enough.
			if (!notification.isTouch() && pattern != null && !pattern.isDisposed() && !refreshPending) {
				refreshPending = true;
				pattern.getDisplay().asyncExec(ArchiveSettingsPage.this::refresh);
			}
		}

		@Override
		protected void addAdapter(org.eclipse.emf.common.notify.Notifier notifier) {
			// Only the catalogue and its 机构: a million 件 need no adapter each.
			if (notifier instanceof ArchiveCatalogue || notifier instanceof Organization) {
				super.addAdapter(notifier);
			}
		}
	};

	public ArchiveSettingsPage(DocumentFormEditor editor) {
		super(editor, ID, Messages.Tab);
		this.editor = editor;
	}

	private EditingDomain domain() {
		return editor.getEditingDomain();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		form.setText(Messages.Heading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(12, 12).spacing(16, 12).applyTo(body);
		catalogue = (ArchiveCatalogue) editor.document().root();
		fields = new ModelFields(domain(), body.getDisplay());
		editor.trackPendingEdits(fields);

		Composite fonds = section(toolkit, body, Messages.FondsSection, Messages.FondsDescription, 2);
		fields.text(text(toolkit, fonds, Messages.FondsCode), OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__FONDS_CODE, Messages.FondsCode);
		fields.text(text(toolkit, fonds, Messages.FondsName), OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__FONDS_NAME, Messages.FondsName);
		fields.text(text(toolkit, fonds, Messages.Category), OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__CATEGORY_CODE, Messages.Category);
		toolkit.createLabel(fonds, Messages.Order);
		Combo order = new Combo(fonds, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(order, true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(order);
		fields.choice(order, OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__CLASSIFICATION_ORDER, Messages.Order,
				value -> value == ClassificationOrder.YEAR_RETENTION_ORG ? Messages.OrderYearRetentionOrg : Messages.OrderYearOrgRetention);

		Composite template = section(toolkit, body, Messages.TemplateSection, Messages.TemplateDescription, 2);
		toolkit.createLabel(template, Messages.Preset);
		preset = new Combo(template, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(preset, true, false);
		preset.setItems(Messages.PresetDaT22, Messages.PresetDaT13, Messages.PresetCustom);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(preset);
		preset.addListener(SWT.Selection, e -> {
			if (preset.getSelectionIndex() == 0) {
				pattern.setText(ArchivalCodeTemplate.DA_T_22_2015);
			} else if (preset.getSelectionIndex() == 1) {
				pattern.setText(ArchivalCodeTemplate.DA_T_13_2022);
			} else {
				pattern.setFocus();
			}
		});
		toolkit.createLabel(template, Messages.Pattern);
		pattern = toolkit.createText(template, "", SWT.SINGLE | SWT.BORDER); //$NON-NLS-1$
		pattern.setData(ModelFields.FEATURE_KEY, PATTERN_KEY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(pattern);
		fields.committedText(pattern, this::patternTyped, this::patternIsNew, this::commitPattern);
		toolkit.createLabel(template, ""); //$NON-NLS-1$
		Label placeholders = toolkit.createLabel(template, Messages.Placeholders, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(placeholders);
		toolkit.createLabel(template, Messages.Example);
		example = toolkit.createLabel(template, "", SWT.NONE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(example);
		toolkit.createLabel(template, ""); //$NON-NLS-1$
		problems = toolkit.createLabel(template, "", SWT.WRAP); //$NON-NLS-1$
		problems.setData(ModelFields.FEATURE_KEY, PROBLEMS_KEY);
		problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);

		Composite orgs = section(toolkit, body, Messages.OrgSection, Messages.OrgDescription, 2);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(orgs.getParent());
		organizations = new TableViewer(orgs, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = organizations.getTable();
		table.setData(ModelFields.FEATURE_KEY, ORGANIZATIONS_KEY);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(table);
		organizations.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.OrgCode, 120, OfficeBenchPackage.Literals.ORGANIZATION__CODE);
		column(Messages.OrgName, 260, OfficeBenchPackage.Literals.ORGANIZATION__NAME);
		column(Messages.OrgItems, 100, null);
		Composite buttons = toolkit.createComposite(orgs);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
		Button add = toolkit.createButton(buttons, Messages.OrgAdd, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, e -> addOrganization());
		Button remove = toolkit.createButton(buttons, Messages.OrgRemove, SWT.PUSH);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, e -> removeOrganization());

		Composite schedule = section(toolkit, body, Messages.ScheduleSection, Messages.ScheduleDescription, 2);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(schedule.getParent());
		// The catalogue is looked up each time: Revert reads the document into a new one.
		new RetentionScheduleSection(toolkit, schedule, domain(), () -> (ArchiveCatalogue) editor.document().root(), form,
				editor.getEditorSite().getActionBars());

		fields.bind(catalogue);
		catalogue.eAdapters().add(listener);
		refresh();
	}

	private void column(String title, int width, org.eclipse.emf.ecore.EAttribute feature) {
		TableViewerColumn column = new TableViewerColumn(organizations, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Organization org = (Organization) element;
				if (feature == null) {
					return Long.toString(itemsOf(org.getCode()));
				}
				Object value = org.eGet(feature);
				return value == null ? "" : value.toString(); //$NON-NLS-1$
			}
		});
		if (feature != null) {
			column.setEditingSupport(new EditingSupport(organizations) {
				@Override
				protected CellEditor getCellEditor(Object element) {
					return new TextCellEditor(organizations.getTable());
				}

				@Override
				protected boolean canEdit(Object element) {
					// A code in use is part of 档号 already issued; renaming it would orphan them.
					return feature != OfficeBenchPackage.Literals.ORGANIZATION__CODE || itemsOf(((Organization) element).getCode()) == 0;
				}

				@Override
				protected Object getValue(Object element) {
					Object value = ((Organization) element).eGet(feature);
					return value == null ? "" : value; //$NON-NLS-1$
				}

				@Override
				protected void setValue(Object element, Object value) {
					String text = value.toString().strip();
					if (feature == OfficeBenchPackage.Literals.ORGANIZATION__CODE) {
						text = text.toUpperCase(Locale.ROOT);
						String problem = codeProblem(text, (Organization) element);
						if (problem != null) {
							MessageDialog.openWarning(getSite().getShell(), Messages.OrgSection, problem);
							return;
						}
					}
					if (!text.equals(((Organization) element).eGet(feature))) {
						domain().getCommandStack().execute(SetCommand.create(domain(), element, feature, text));
					}
				}
			});
		}
	}

	private long itemsOf(String code) {
		return code == null ? 0 : itemCounts.getOrDefault(code, 0L);
	}

	private void countItems() {
		Map<String, Long> counts = new HashMap<>();
		for (ArchiveItem item : catalogue.getItems()) {
			if (item.getOrganizationCode() != null) {
				counts.merge(item.getOrganizationCode(), 1L, Long::sum);
			}
		}
		itemCounts = counts;
	}

	/** Codes go into 档号: letters and digits only, unique in the 全宗. */
	private String codeProblem(String code, Organization self) {
		if (!code.matches("[A-Z0-9]{1,10}")) { //$NON-NLS-1$
			return NLS.bind(Messages.OrgBadCode, code);
		}
		for (Organization other : catalogue.getOrganizations()) {
			if (other != self && code.equals(other.getCode())) {
				return NLS.bind(Messages.OrgDuplicate, code);
			}
		}
		return null;
	}

	private void addOrganization() {
		org.eclipse.jface.dialogs.InputDialog codeDialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
				Messages.OrgAdd, Messages.OrgAskCode, "", text -> { //$NON-NLS-1$
					return text.isBlank() ? "" : codeProblem(text.strip().toUpperCase(Locale.ROOT), null); //$NON-NLS-1$
				});
		if (codeDialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		org.eclipse.jface.dialogs.InputDialog nameDialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
				Messages.OrgAdd, Messages.OrgAskName, "", text -> text.isBlank() ? "" : null); //$NON-NLS-1$ //$NON-NLS-2$
		if (nameDialog.open() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		Organization org = OfficeBenchFactory.eINSTANCE.createOrganization();
		org.setCode(codeDialog.getValue().strip().toUpperCase(Locale.ROOT));
		org.setName(nameDialog.getValue().strip());
		domain().getCommandStack().execute(
				AddCommand.create(domain(), catalogue, OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__ORGANIZATIONS, org));
	}

	private void removeOrganization() {
		if (!(organizations.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return;
		}
		Organization org = (Organization) selection.getFirstElement();
		long used = itemsOf(org.getCode());
		if (used > 0) {
			MessageDialog.openInformation(getSite().getShell(), Messages.OrgSection, NLS.bind(Messages.OrgInUse, org.getCode(), used));
			return;
		}
		Command remove = RemoveCommand.create(domain(), catalogue, OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__ORGANIZATIONS, org);
		domain().getCommandStack().execute(remove);
	}

	/** Shows what is wrong with the pattern as it is typed; the edit becomes a command when committed. */
	private void patternTyped() {
		if (refreshing) {
			return;
		}
		String text = pattern.getText().strip();
		showProblems(text, ArchivalCodeTemplate.validate(text));
	}

	/** Only a usable pattern becomes a command; a broken one is shown with what is wrong and stays in the field. */
	private boolean patternIsNew() {
		String text = pattern.getText().strip();
		return !refreshing && !text.equals(currentPattern()) && ArchivalCodeTemplate.validate(text).isEmpty();
	}

	private void commitPattern() {
		domain().getCommandStack().execute(SetCommand.create(domain(), catalogue,
				OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__ARCHIVAL_CODE_PATTERN, pattern.getText().strip()));
	}

	private String currentPattern() {
		String value = catalogue.getArchivalCodePattern();
		return value == null || value.isBlank() ? ArchivalCodeTemplate.DA_T_22_2015 : value;
	}

	private void showProblems(String text, List<ArchivalCodeTemplate.Problem> found) {
		preset.select(text.equals(ArchivalCodeTemplate.DA_T_22_2015) ? 0 : text.equals(ArchivalCodeTemplate.DA_T_13_2022) ? 1 : 2);
		if (found.isEmpty()) {
			problems.setText(""); //$NON-NLS-1$
			String fonds = catalogue.getFondsCode() == null ? "Z109" : catalogue.getFondsCode(); //$NON-NLS-1$
			String org = catalogue.getOrganizations().isEmpty() ? "BGS" : catalogue.getOrganizations().get(0).getCode(); //$NON-NLS-1$
			try {
				example.setText(ArchivalCodeTemplate.of(text).format(new ArchiveClass(fonds, 2025, RetentionPeriod.PERMANENT, org), 1));
			} catch (RuntimeException e) {
				example.setText(""); //$NON-NLS-1$
			}
		} else {
			StringBuilder all = new StringBuilder(Messages.PatternRefused);
			for (ArchivalCodeTemplate.Problem problem : found) {
				all.append('\n').append("• ").append(problem.message()); //$NON-NLS-1$
			}
			problems.setText(all.toString());
			example.setText("—"); //$NON-NLS-1$
		}
		problems.getParent().layout(true, true);
	}

	private void refresh() {
		refreshPending = false;
		if (pattern == null || pattern.isDisposed()) {
			return;
		}
		refreshing = true;
		try {
			String model = currentPattern();
			// While the field holds a pattern still being fixed, undoing elsewhere must not wipe it.
			if (ArchivalCodeTemplate.validate(pattern.getText().strip()).isEmpty() || !pattern.isFocusControl()) {
				if (!pattern.getText().strip().equals(model)) {
					pattern.setText(model);
				}
				showProblems(model, List.of());
			}
		} finally {
			refreshing = false;
		}
		countItems();
		organizations.setInput(catalogue.getOrganizations().toArray());
	}

	@Override
	public void dispose() {
		if (catalogue != null) {
			catalogue.eAdapters().remove(listener);
		}
		if (fields != null) {
			editor.untrackPendingEdits(fields);
			fields.dispose();
		}
		super.dispose();
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description, int columns) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 6).spacing(10, 8).applyTo(client);
		section.setClient(client);
		return client;
	}

	private static Text text(FormToolkit toolkit, Composite parent, String label) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE | SWT.BORDER); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

}
