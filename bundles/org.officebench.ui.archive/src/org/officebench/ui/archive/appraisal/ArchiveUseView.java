package org.officebench.ui.archive.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Labels;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.Appraisals;
import org.officebench.core.archive.ArchiveRuleException;
import org.officebench.core.archive.Destruction;
import org.officebench.core.archive.Lending;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.DestructionRegister;
import org.officebench.model.RetentionPeriod;
import org.officebench.ui.Dialogs;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.editors.DocumentActionBarContributor;

/**
 * 鉴定与借阅 over the archive catalogue of the active (or last active) archive editor: items due for appraisal, the
 * 销毁清册, and the items lent out. Every change is a command on that document's command stack, so the editor shows
 * {@code *}, Undo and Save work as for any other edit. The rules are in {@code org.officebench.core.archive}.
 */
public final class ArchiveUseView extends ViewPart {

	public static final String ID = "org.officebench.ui.views.archiveUse"; //$NON-NLS-1$

	private IEditorPart editor;
	private OfficeDocument document;
	private final CommandStackListener stackListener = this::stackChanged;
	private boolean refreshPending;

	private Label catalogueLabel;
	private DateTime asOf;
	private CTabFolder tabs;
	private CheckboxTableViewer dueViewer;
	private TableViewer registerViewer;
	private TableViewer registerItemsViewer;
	private Label candidatesLabel;
	private TableViewer loanViewer;
	private final List<Button> buttons = new ArrayList<>();

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				showDocument(null, null);
				trackAnyOpenArchive();
			}
		}
	};

	private final ISelectionListener navigatorListener = (part, selection) -> {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSummary summary
				&& summary.kind() == DocumentKind.ARCHIVE) {
			IEditorPart open = DocumentEditors.find(getSite().getPage(), summary.id());
			if (open != null) {
				track(open);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
		catalogueLabel = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(catalogueLabel);
		new Label(parent, SWT.NONE).setText(Messages.View_asOf);
		asOf = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		asOf.addListener(SWT.Selection, e -> refresh());

		tabs = new CTabFolder(parent, SWT.BORDER | SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(tabs);
		createDueTab();
		createRegisterTab();
		createLoanTab();
		tabs.setSelection(0);

		getSite().getPage().addPartListener(partListener);
		getSite().getPage().addSelectionListener(OfficeBenchUI.NAVIGATOR_VIEW_ID, navigatorListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (!track(active)) {
			trackAnyOpenArchive();
		}
		refresh();
	}

	// --- 到期鉴定 -------------------------------------------------------------------------------------------------

	private void createDueTab() {
		Composite tab = tab(Messages.Tab_due);
		dueViewer = CheckboxTableViewer.newCheckList(tab, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table(dueViewer);
		column(dueViewer, Messages.Column_code, 230, o -> item(o).getArchivalCode(), null);
		column(dueViewer, Messages.Column_title, 260, o -> item(o).getTitle(), null);
		column(dueViewer, Messages.Column_year, 60, o -> Integer.toString(item(o).getYear()), null);
		column(dueViewer, Messages.Column_retention, 90, o -> Labels.retention(((Appraisals.DueItem) o).retention()), null);
		column(dueViewer, Messages.Column_dueFrom, 100, o -> ((Appraisals.DueItem) o).dueFrom().toString(), null);
		column(dueViewer, Messages.Column_decision, 160, o -> decisionText((Appraisals.DueItem) o), null);
		Composite bar = buttonBar(tab);
		button(bar, Messages.Button_checkAll, () -> dueViewer.setAllChecked(true));
		button(bar, Messages.Button_retain, this::retain);
		button(bar, Messages.Button_destroy, this::decideDestroy);
	}

	private String decisionText(Appraisals.DueItem due) {
		DestructionRegister register = Destruction.pendingRegisterOf(catalogue(), due.item());
		if (register != null) {
			return NLS.bind(Messages.Decision_onRegister, register.getNumber());
		}
		return due.markedForDestruction() ? Messages.Decision_destroy : Messages.Decision_pending;
	}

	private List<ArchiveItem> checkedItems() {
		List<ArchiveItem> items = new ArrayList<>();
		for (Object o : dueViewer.getCheckedElements()) {
			items.add(item(o));
		}
		if (items.isEmpty()) {
			for (Object o : dueViewer.getStructuredSelection().toList()) {
				items.add(item(o));
			}
		}
		return items;
	}

	private void retain() {
		List<ArchiveItem> items = checkedItems();
		if (!ready(items)) {
			return;
		}
		RetentionPeriod[] periods = { RetentionPeriod.YEARS_30, RetentionPeriod.PERMANENT, RetentionPeriod.YEARS_10 };
		String[] choices = new String[periods.length];
		for (int i = 0; i < periods.length; i++) {
			choices[i] = Labels.retention(periods[i]) + " (" + periods[i].getLiteral() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		FieldsDialog dialog = new FieldsDialog(shell(), Messages.Retain_title, NLS.bind(Messages.Retain_message, items.size()));
		var period = dialog.combo(Messages.Field_newRetention, choices, 0);
		var appraisers = dialog.area(Messages.Field_appraisers, null);
		var reason = dialog.text(Messages.Field_reason, null);
		dialog.onOk(() -> execute(Appraisals.retainCommand(document.editingDomain(), items, periods[FieldsDialog.selection(period)],
				FieldsDialog.names(appraisers), FieldsDialog.text(reason), LocalDate.now())));
		dialog.open();
	}

	private void decideDestroy() {
		List<ArchiveItem> items = checkedItems();
		if (!ready(items)) {
			return;
		}
		FieldsDialog dialog = new FieldsDialog(shell(), Messages.Destroy_title, NLS.bind(Messages.Destroy_message, items.size()));
		var appraisers = dialog.area(Messages.Field_appraisers, null);
		var reason = dialog.text(Messages.Field_reason, null);
		dialog.onOk(() -> execute(Appraisals.destroyCommand(document.editingDomain(), items, FieldsDialog.names(appraisers),
				FieldsDialog.text(reason), LocalDate.now())));
		dialog.open();
	}

	// --- 销毁清册 -------------------------------------------------------------------------------------------------

	private void createRegisterTab() {
		Composite tab = tab(Messages.Tab_registers);
		// The registers above, the items of the selected one below.
		SashForm sash = new SashForm(tab, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		registerViewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table(registerViewer);
		column(registerViewer, Messages.Column_number, 120, o -> ((DestructionRegister) o).getNumber(), null);
		column(registerViewer, Messages.Column_date, 100, o -> String.valueOf(Lending.day(((DestructionRegister) o).getDate())), null);
		column(registerViewer, Messages.Column_count, 60, o -> Integer.toString(((DestructionRegister) o).getItems().size()), null);
		column(registerViewer, Messages.Column_state, 80,
				o -> Destruction.isExecuted((DestructionRegister) o) ? Messages.State_executed : Messages.State_pending, null);
		column(registerViewer, Messages.Column_signatories, 160, o -> String.join("\u3001", ((DestructionRegister) o).getSignatories()), null); //$NON-NLS-1$
		column(registerViewer, Messages.Column_remarks, 220, o -> ((DestructionRegister) o).getRemarks(), null);
		registerViewer.addSelectionChangedListener(e -> refreshRegisterItems());

		registerItemsViewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table(registerItemsViewer);
		column(registerItemsViewer, Messages.Column_code, 230, o -> ((ArchiveItem) o).getArchivalCode(), null);
		column(registerItemsViewer, Messages.Column_title, 260, o -> ((ArchiveItem) o).getTitle(), null);
		column(registerItemsViewer, Messages.Column_destroyedOn, 120, o -> {
			ArchiveItem item = (ArchiveItem) o;
			return item.isDestroyed() ? String.valueOf(Lending.day(item.getDestroyedOn())) : ""; //$NON-NLS-1$
		}, null);

		sash.setWeights(1, 1);
		Composite bar = buttonBar(tab);
		candidatesLabel = new Label(bar, SWT.NONE);
		button(bar, Messages.Button_newRegister, this::newRegister);
		button(bar, Messages.Button_execute, this::executeRegister);
		button(bar, Messages.Button_deleteRegister, this::deleteRegister);
	}

	private void refreshRegisterItems() {
		Object selected = registerViewer.getStructuredSelection().getFirstElement();
		registerItemsViewer.setInput(selected instanceof DestructionRegister r ? r.getItems().toArray() : new Object[0]);
	}

	private void newRegister() {
		if (document == null) {
			return;
		}
		List<ArchiveItem> items = Destruction.candidates(catalogue());
		if (items.isEmpty()) {
			Dialogs.info(shell(), Messages.Register_title, Messages.Register_none);
			return;
		}
		FieldsDialog dialog = new FieldsDialog(shell(), Messages.Register_title, NLS.bind(Messages.Register_message, items.size()));
		var number = dialog.text(Messages.Field_number, Destruction.nextNumber(catalogue(), LocalDate.now().getYear()));
		var remarks = dialog.area(Messages.Field_remarks, null);
		dialog.onOk(() -> execute(Destruction.createCommand(document.editingDomain(), catalogue(), items,
				FieldsDialog.text(number), LocalDate.now(), FieldsDialog.text(remarks))));
		if (dialog.open() == FieldsDialog.OK) {
			tabs.setSelection(1);
			List<DestructionRegister> registers = catalogue().getDestructionRegisters();
			registerViewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(registers.get(registers.size() - 1)), true);
		}
	}

	private void executeRegister() {
		if (!(registerViewer.getStructuredSelection().getFirstElement() instanceof DestructionRegister register)) {
			Dialogs.info(shell(), Messages.Execute_title, Messages.Execute_choose);
			return;
		}
		FieldsDialog dialog = new FieldsDialog(shell(), Messages.Execute_title,
				NLS.bind(Messages.Execute_message, register.getNumber(), register.getItems().size()));
		var signatories = dialog.area(Messages.Field_signatories, null);
		dialog.onOk(() -> execute(Destruction.executeCommand(document.editingDomain(), register, FieldsDialog.names(signatories), LocalDate.now())));
		dialog.open();
	}

	private void deleteRegister() {
		if (!(registerViewer.getStructuredSelection().getFirstElement() instanceof DestructionRegister register)) {
			return;
		}
		try {
			execute(Destruction.deleteCommand(document.editingDomain(), catalogue(), register));
		} catch (ArchiveRuleException e) {
			Dialogs.error(shell(), Messages.Register_deleteTitle, e.getMessage());
		}
	}

	// --- 借阅 -----------------------------------------------------------------------------------------------------

	private void createLoanTab() {
		Composite tab = tab(Messages.Tab_loans);
		loanViewer = new TableViewer(tab, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table(loanViewer);
		Function<Object, Color> red = o -> ((Lending.Outstanding) o).daysOverdue(day()) > 0
				? loanViewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED)
				: null;
		column(loanViewer, Messages.Column_code, 230, o -> ((Lending.Outstanding) o).item().getArchivalCode(), red);
		column(loanViewer, Messages.Column_title, 220, o -> ((Lending.Outstanding) o).item().getTitle(), red);
		column(loanViewer, Messages.Column_borrower, 110, o -> ((Lending.Outstanding) o).loan().getBorrower(), red);
		column(loanViewer, Messages.Column_purpose, 120, o -> ((Lending.Outstanding) o).loan().getPurpose(), red);
		column(loanViewer, Messages.Column_lentOn, 100, o -> String.valueOf(((Lending.Outstanding) o).lentOn()), red);
		column(loanViewer, Messages.Column_dueOn, 100, o -> String.valueOf(((Lending.Outstanding) o).dueOn()), red);
		column(loanViewer, Messages.Column_overdue, 90, o -> {
			long days = ((Lending.Outstanding) o).daysOverdue(day());
			return days > 0 ? NLS.bind(Messages.Overdue_days, Long.toString(days)) : ""; //$NON-NLS-1$
		}, red);
		Composite bar = buttonBar(tab);
		button(bar, Messages.Button_lend, this::lend);
		button(bar, Messages.Button_return, this::giveBack);
	}

	private void lend() {
		if (document == null) {
			return;
		}
		List<ArchiveItem> lendable = new ArrayList<>();
		for (ArchiveItem item : catalogue().getItems()) {
			if (!item.isDestroyed() && Lending.openLoan(item) == null) {
				lendable.add(item);
			}
		}
		if (lendable.isEmpty()) {
			Dialogs.info(shell(), Messages.Lend_title, Messages.Lend_none);
			return;
		}
		String[] choices = lendable.stream().map(i -> i.getArchivalCode() + "  " + i.getTitle()).toArray(String[]::new); //$NON-NLS-1$
		FieldsDialog dialog = new FieldsDialog(shell(), Messages.Lend_title, Messages.Lend_message);
		var item = dialog.combo(Messages.Field_item, choices, 0);
		var borrower = dialog.text(Messages.Field_borrower, null);
		var purpose = dialog.text(Messages.Field_purpose, null);
		var due = dialog.date(Messages.Field_due, LocalDate.now().plusDays(14));
		dialog.onOk(() -> execute(Lending.lendCommand(document.editingDomain(), lendable.get(FieldsDialog.selection(item)),
				FieldsDialog.text(borrower), FieldsDialog.text(purpose), LocalDate.now(), FieldsDialog.day(due))));
		dialog.open();
	}

	private void giveBack() {
		if (!(loanViewer.getStructuredSelection().getFirstElement() instanceof Lending.Outstanding out)) {
			Dialogs.info(shell(), Messages.Return_title, Messages.Return_choose);
			return;
		}
		try {
			execute(Lending.returnCommand(document.editingDomain(), out.item(), LocalDate.now()));
		} catch (ArchiveRuleException e) {
			Dialogs.error(shell(), Messages.Return_title, e.getMessage());
		}
	}

	// --- the document ---------------------------------------------------------------------------------------------

	/** Follows an editor whose document is an archive catalogue; other parts leave the view as it is. */
	private boolean track(IWorkbenchPart part) {
		if (part instanceof IEditorPart candidate && candidate.getAdapter(OfficeDocument.class) instanceof OfficeDocument d
				&& d.root() instanceof ArchiveCatalogue) {
			if (candidate != editor) {
				showDocument(candidate, d);
			}
			return true;
		}
		return false;
	}

	private void trackAnyOpenArchive() {
		for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
			if (track(ref.getEditor(false))) {
				return;
			}
		}
	}

	private void showDocument(IEditorPart newEditor, OfficeDocument newDocument) {
		if (document != null) {
			document.commandStack().removeCommandStackListener(stackListener);
		}
		editor = newEditor;
		document = newDocument;
		if (document != null) {
			document.commandStack().addCommandStackListener(stackListener);
			// Undo and Redo in this view act on the catalogue's stack, like in its editor.
			if (editor.getEditorSite().getActionBarContributor() instanceof DocumentActionBarContributor contributor) {
				contributor.shareGlobalActions(getViewSite().getActionBars());
			}
		}
		refresh();
	}

	private void stackChanged(EventObject event) {
		Display display = getSite().getShell().getDisplay();
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		display.asyncExec(() -> {
			refreshPending = false;
			refresh();
		});
	}

	/** Reads the lists afresh from the catalogue. */
	public void refresh() {
		if (catalogueLabel == null || catalogueLabel.isDisposed()) {
			return;
		}
		boolean has = document != null;
		if (has) {
			ArchiveCatalogue catalogue = catalogue();
			catalogueLabel.setText(NLS.bind(Messages.View_catalogue, nz(catalogue.getTitle()), nz(catalogue.getFondsCode())));
		} else {
			catalogueLabel.setText(Messages.View_noCatalogue);
		}
		LocalDate day = day();
		dueViewer.setInput(has ? Appraisals.due(catalogue(), day).toArray() : new Object[0]);
		Object selectedRegister = registerViewer.getStructuredSelection().getFirstElement();
		registerViewer.setInput(has ? catalogue().getDestructionRegisters().toArray() : new Object[0]);
		if (selectedRegister != null && has && catalogue().getDestructionRegisters().contains(selectedRegister)) {
			registerViewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selectedRegister));
		}
		refreshRegisterItems();
		candidatesLabel.setText(has ? NLS.bind(Messages.Register_candidates, Destruction.candidates(catalogue()).size()) : ""); //$NON-NLS-1$
		candidatesLabel.getParent().layout();
		loanViewer.setInput(has ? Lending.outstanding(catalogue()).toArray() : new Object[0]);
		for (Button button : buttons) {
			button.setEnabled(has);
		}
		catalogueLabel.getParent().layout();
	}

	private void execute(Command command) {
		document.commandStack().execute(command);
	}

	private boolean ready(List<ArchiveItem> items) {
		if (document == null) {
			return false;
		}
		if (items.isEmpty()) {
			Dialogs.info(shell(), Messages.View_title, Messages.Due_choose);
			return false;
		}
		return true;
	}

	private ArchiveCatalogue catalogue() {
		return (ArchiveCatalogue) document.root();
	}

	/**
	 * The day the lists are drawn up for (today unless the user looks ahead or back). Decisions, registers and loans
	 * are always dated today: an item not due today is refused with the day it falls due.
	 */
	LocalDate day() {
		return LocalDate.of(asOf.getYear(), asOf.getMonth() + 1, asOf.getDay());
	}

	/** The catalogue shown, or null (for tests). */
	public OfficeDocument document() {
		return document;
	}

	private Shell shell() {
		return getSite().getShell();
	}

	// --- widgets --------------------------------------------------------------------------------------------------

	private Composite tab(String title) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		Composite tab = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(tab);
		item.setControl(tab);
		return tab;
	}

	private static void table(TableViewer viewer) {
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		if (viewer.getControl().getParent().getLayout() instanceof org.eclipse.swt.layout.GridLayout) {
			GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(viewer.getControl());
		}
	}

	private static void column(TableViewer viewer, String title, int width, Function<Object, String> text,
			Function<Object, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return nz(text.apply(element));
			}

			@Override
			public Color getForeground(Object element) {
				return foreground == null ? null : foreground.apply(element);
			}
		});
	}

	private static Composite buttonBar(Composite tab) {
		Composite bar = new Composite(tab, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		layout.center = true;
		layout.spacing = 8;
		bar.setLayout(layout);
		return bar;
	}

	private void button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		buttons.add(button);
	}

	private static ArchiveItem item(Object o) {
		return ((Appraisals.DueItem) o).item();
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	@Override
	public void setFocus() {
		tabs.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		getSite().getPage().removeSelectionListener(OfficeBenchUI.NAVIGATOR_VIEW_ID, navigatorListener);
		if (document != null) {
			document.commandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
	}
}
