package org.officebench.ui.archive.catalogue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.officebench.archive.FilingResult;
import org.officebench.archive.print.BoxNotes;
import org.officebench.archive.print.BoxSpines;
import org.officebench.archive.print.CatalogueEntry;
import org.officebench.archive.print.CataloguePdf;
import org.officebench.archive.print.CatalogueXlsx;
import org.officebench.archive.print.StampLabels;
import org.officebench.core.Labels;
import org.officebench.core.OfficeDocument;
import org.officebench.core.ServiceLoaders;
import org.officebench.core.archive.table.CatalogueColumn;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.ui.DocumentEditorInput;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.ui.Dialogs;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.editors.DocumentFormEditor;

/**
 * 归档文件目录: the catalogue's items in a NatTable (sort, filter row, class filter and grouping, in-place editing as
 * commands, open the stored file), filing from the workbench (the 归档文件…/归档文件夹… buttons and files dropped
 * on the table), and printouts of the rows shown: 导出目录… (XLSX or PDF) and 打印… (归档章, 盒脊, 备考表 as PDF).
 */
public class CataloguePage extends FormPage {

	public static final String ID = "org.officebench.ui.archive.catalogue"; //$NON-NLS-1$

	private final OfficeDocument document;
	private CatalogueRows rows;
	private Job indexingJob;
	private CatalogueTable table;
	private Combo classCombo;
	private List<CatalogueRows.Group> classEntries = List.of();
	private Button groupCheck;
	private Label status;
	private Menu printMenu;
	private String problem;
	/** Whether {@link #problem} is a notice (shown plainly) rather than a problem (shown in red). */
	private boolean notice;
	/** A problem stays in the status line a while, past the refresh that follows the edit that caused it. */
	private long problemShown;
	private final CommandStackListener stackListener = this::commandStackChanged;
	private boolean refreshPending;

	public CataloguePage(DocumentFormEditor editor) {
		super(editor, ID, Messages.Page_title);
		this.document = editor.document();
	}

	private ArchiveCatalogue catalogue() {
		return (ArchiveCatalogue) document.root();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(Messages.Page_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(body);

		Composite bar = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(9).spacing(8, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Button fileFiles = toolkit.createButton(bar, Messages.Button_fileFiles, SWT.PUSH);
		fileFiles.addListener(SWT.Selection, e -> chooseFiles());
		Button fileFolder = toolkit.createButton(bar, Messages.Button_fileFolder, SWT.PUSH);
		fileFolder.addListener(SWT.Selection, e -> chooseFolder());
		Label classLabel = toolkit.createLabel(bar, Messages.Label_class);
		GridDataFactory.swtDefaults().indent(16, 0).applyTo(classLabel);
		classCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(classCombo);
		classCombo.addListener(SWT.Selection, e -> classChosen());
		groupCheck = toolkit.createButton(bar, Messages.Check_group, SWT.CHECK);
		groupCheck.addListener(SWT.Selection, e -> {
			rows.group(groupCheck.getSelection());
			table.refresh();
		});
		Button clear = toolkit.createButton(bar, Messages.Button_clearFilters, SWT.PUSH);
		clear.addListener(SWT.Selection, e -> clearFilters());
		Button export = toolkit.createButton(bar, Messages.Button_export, SWT.PUSH);
		export.setToolTipText(Messages.Button_exportTip);
		export.addListener(SWT.Selection, e -> chooseExport());
		Button print = toolkit.createButton(bar, Messages.Button_print, SWT.PUSH);
		print.setToolTipText(Messages.Button_printTip);
		printMenu = new Menu(print);
		for (Printout printout : Printout.values()) {
			MenuItem item = new MenuItem(printMenu, SWT.PUSH);
			item.setText(switch (printout) {
			case LABELS -> Messages.Menu_printLabels;
			case SPINES -> Messages.Menu_printSpines;
			case NOTES -> Messages.Menu_printNotes;
			});
			item.setData(printout);
			item.addListener(SWT.Selection, e -> choosePrint(printout));
		}
		print.addListener(SWT.Selection, e -> {
			org.eclipse.swt.graphics.Rectangle bounds = print.getBounds();
			printMenu.setLocation(print.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
			printMenu.setVisible(true);
		});
		Label spacer = toolkit.createLabel(bar, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);

		startCollections();
		rows = preparedRows();
		table = new CatalogueTable(body, document, rows, this::showProblem, this::showNotice, this::openSelected);
		NatTable natTable = table.natTable();
		toolkit.adapt(natTable);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(natTable);
		natTable.setMenu(createMenu(natTable));
		addDropSupport(natTable);
		indexTextColumnsInBackground();

		status = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table.onRefresh(this::updateStatus);
		document.commandStack().addCommandStackListener(stackListener);
		updateStatus();
	}

	/** The rows a preview of this catalogue showed (sorted and filtered as the user left them), or new ones. */
	private CatalogueRows preparedRows() {
		CatalogueRows prepared = getEditorInput() instanceof DocumentEditorInput input && input.takeHandOver() instanceof CatalogueRows handed
				? handed : null;
		if (prepared != null && !prepared.hasItems()) {
			prepared.attach(catalogue().getItems());
			groupCheck.setSelection(prepared.isGrouped());
			return prepared;
		}
		return new CatalogueRows(catalogue().getItems());
	}

	/** NatTable reaches Eclipse Collections through the service loader; nothing requires its bundle, so start it here. */
	private static void startCollections() {
		ServiceLoaders.ensureReady();
	}

	// ---- what the tests and the filing code drive

	/** The NatTable (for tests). */
	public NatTable natTable() {
		return table.natTable();
	}

	/** The rows shown (for tests and the filing report). */
	public CatalogueRows rows() {
		return rows;
	}

	/** The 打印… button's menu: 归档章标签…, 盒脊…, 备考表… (for tests). */
	public Menu printMenu() {
		return printMenu;
	}

	/** The status line's text (for tests). */
	public String statusText() {
		return status.getText();
	}

	/** Types a filter into a column's filter cell, as a user does (the filter row's own update path). */
	public void typeFilter(CatalogueColumn column, String text) {
		var filterLayer = table.filterRow().getFilterRowDataLayer();
		filterLayer.doCommand(new UpdateDataCommand(filterLayer, column.ordinal(), 0, text));
	}

	/** Edits a cell of the body as the cell editor does when the user commits. */
	public void editCell(CatalogueColumn column, int row, Object value) {
		table.natTable().doCommand(new UpdateDataCommand(table.selectionLayer(), column.ordinal(), row, value));
	}

	/** Sorts as a click on a column header does. */
	public void clickSort(CatalogueColumn column) {
		table.natTable().doCommand(new org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand(
				table.natTable(), column.ordinal() + 1, false));
	}

	/**
	 * Files the given files or folders (folders: every non-hidden file in them): walks the folders in the background,
	 * asks for the batch's defaults, then files in the background and shows the report. Returns the job that walks.
	 */
	public Job file(List<Path> paths) {
		if (paths.isEmpty()) {
			return null;
		}
		FilingJob job = new FilingJob(document, paths, files -> {
			if (table.natTable().isDisposed()) {
				return null;
			}
			FilingDefaultsDialog dialog = new FilingDefaultsDialog(getSite().getShell(), catalogue(), files);
			return dialog.open() == FilingDefaultsDialog.OK ? dialog.defaults() : null;
		}, this::filed);
		job.schedule();
		return job;
	}

	/** Files the files (and what is in the folders among them) with the given defaults in a background job, then shows the report. */
	public Job file(List<Path> files, FilingDefaults defaults) {
		FilingJob job = new FilingJob(document, files, defaults, this::filed);
		job.schedule();
		return job;
	}

	private void filed(List<FilingResult> results) {
		if (table.natTable().isDisposed()) {
			return;
		}
		refreshFromModel(null);
		new FilingReportDialog(getSite().getShell(), results, this::revealCode).open();
	}

	// ---- printing: 归档章, 盒脊, 备考表

	/** What 打印… writes. */
	public enum Printout {
		/** 归档章, one per 件. */
		LABELS,
		/** 盒脊, one per box. */
		SPINES,
		/** 备考表, one page per box. */
		NOTES
	}

	private void choosePrint(Printout printout) {
		if (rows.size() == 0) {
			Dialogs.info(getSite().getShell(), Messages.Print_title, Messages.Print_nothing);
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(NLS.bind(Messages.Print_dialogTitle, printName(printout)));
		dialog.setFilterExtensions(new String[] { "*.pdf" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.Dialog_exportPdf });
		String fonds = catalogue().getFondsCode() == null ? "" : "-" + catalogue().getFondsCode(); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(printName(printout).replace(' ', '-') + fonds + ".pdf"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			print(printout, Path.of(chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? chosen : chosen + ".pdf")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	static String printName(Printout printout) {
		return switch (printout) {
		case LABELS -> Messages.Print_labelsName;
		case SPINES -> Messages.Print_spinesName;
		case NOTES -> Messages.Print_notesName;
		};
	}

	/**
	 * Writes the printout of the rows shown (filters and class apply) to a PDF in a background job with progress, then
	 * offers to open it. Returns the job, or null when no row is shown.
	 */
	public Job print(Printout printout, Path target) {
		if (rows.size() == 0) {
			return null;
		}
		List<CatalogueEntry> entries = new ArrayList<>(rows.size());
		for (int row = 0; row < rows.size(); row++) {
			entries.add(new CatalogueEntry(catalogue(), rows.item(row)));
		}
		Display display = getSite().getShell().getDisplay();
		Job job = new Job(NLS.bind(Messages.Job_print, printName(printout), target.getFileName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
				progress.subTask(NLS.bind(Messages.Job_printProgress, entries.size()));
				ServiceLoaders.ensureReady();
				progress.worked(1);
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				try {
					int written = switch (printout) {
					case LABELS -> StampLabels.write(entries, target);
					case SPINES -> BoxSpines.write(entries, target);
					case NOTES -> BoxNotes.write(entries, target, BoxNotes.Fields.BLANK);
					};
					progress.worked(2);
					String message = printout == Printout.LABELS ? NLS.bind(Messages.Print_doneItems, entries.size(), target)
							: NLS.bind(Messages.Print_doneBoxes, new Object[] { entries.size(), written, target });
					display.asyncExec(() -> printed(target, message));
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> Dialogs.error(display.getActiveShell(), Messages.Print_title,
							NLS.bind(Messages.Export_failed, target, e.getMessage())));
				}
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Says what was written and offers to open it. */
	private void printed(Path target, String message) {
		if (status == null || status.isDisposed()) {
			return;
		}
		showNotice(message);
		MessageDialog ask = new MessageDialog(getSite().getShell(), Messages.Print_title, null, message + "\n\n" + Messages.Print_openQuestion, //$NON-NLS-1$
				MessageDialog.INFORMATION, 0, Messages.Print_open, Messages.Print_close);
		if (ask.open() == 0 && !org.eclipse.swt.program.Program.launch(target.toString())) {
			Dialogs.info(getSite().getShell(), Messages.Print_title, NLS.bind(Messages.Open_noProgram, target.getFileName(), target));
		}
	}

	// ---- filing

	/** 归档文件目录 of the rows shown (filters and class apply) to XLSX or PDF, written in the background. */
	private void chooseExport() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Dialog_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.pdf" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Dialog_exportXlsx, Messages.Dialog_exportPdf });
		String fonds = catalogue().getFondsCode() == null ? "" : "-" + catalogue().getFondsCode(); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(Messages.Page_title + fonds + ".xlsx"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		boolean pdf = chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") //$NON-NLS-1$
				|| (dialog.getFilterIndex() == 1 && !chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")); //$NON-NLS-1$
		Path target = Path.of(pdf && !chosen.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? chosen + ".pdf" : chosen); //$NON-NLS-1$ //$NON-NLS-2$
		List<CatalogueEntry> entries = new ArrayList<>(rows.size());
		for (int row = 0; row < rows.size(); row++) {
			entries.add(new CatalogueEntry(catalogue(), rows.item(row)));
		}
		org.eclipse.swt.widgets.Display display = getSite().getShell().getDisplay();
		Job job = Job.create(NLS.bind(Messages.Job_export, target.getFileName()), monitor -> {
			try {
				int written = pdf ? CataloguePdf.write(entries, target) : CatalogueXlsx.write(entries, target);
				display.asyncExec(() -> showNotice(NLS.bind(Messages.Export_done, written, target)));
			} catch (IOException | RuntimeException e) {
				display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), Messages.Dialog_exportTitle,
						NLS.bind(Messages.Export_failed, target, e.getMessage())));
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Dialog_filesTitle);
		if (dialog.open() == null) {
			return;
		}
		List<Path> chosen = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			chosen.add(Path.of(dialog.getFilterPath(), name));
		}
		file(chosen);
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setText(Messages.Dialog_folderTitle);
		dialog.setMessage(Messages.Dialog_folderMessage);
		String folder = dialog.open();
		if (folder != null) {
			file(List.of(Path.of(folder)));
		}
	}

	private void addDropSupport(NatTable natTable) {
		DropTarget target = new DropTarget(natTable, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_MOVE | DND.DROP_LINK);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = FileTransfer.getInstance().isSupportedType(event.currentDataType) ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					List<Path> dropped = new ArrayList<>();
					for (String name : names) {
						dropped.add(new File(name).toPath());
					}
					// After the drop has finished: the defaults dialog is modal.
					natTable.getDisplay().asyncExec(() -> file(dropped));
				}
			}
		});
	}

	/** Selects and shows the 件 with this 档号, clearing the filters and the class choice if they hide it. */
	public void revealCode(String archivalCode) {
		for (ArchiveItem item : catalogue().getItems()) {
			if (archivalCode.equals(item.getArchivalCode())) {
				if (!table.reveal(item)) {
					clearFilters();
					rows.filterClass(null);
					classCombo.select(0);
					table.refresh();
					table.reveal(item);
				}
				return;
			}
		}
	}

	// ---- the table's menu, opening files

	private Menu createMenu(NatTable natTable) {
		Menu menu = new Menu(natTable);
		MenuItem open = new MenuItem(menu, SWT.PUSH);
		open.setText(Messages.Menu_open);
		open.addListener(SWT.Selection, e -> openSelected());
		natTable.addListener(SWT.MenuDetect, e -> {
			// Right-click selects the row under the pointer first, as in other tables.
			var point = natTable.toControl(e.x, e.y);
			int column = natTable.getColumnPositionByX(point.x);
			int row = natTable.getRowPositionByY(point.y);
			LabelStack regions = natTable.getRegionLabelsByXY(point.x, point.y);
			if (regions != null && (regions.hasLabel(GridRegion.BODY) || regions.hasLabel(GridRegion.ROW_HEADER))) {
				int index = natTable.getRowIndexByPosition(row);
				if (index >= 0 && index < rows.size() && !table.selectedItems().contains(rows.item(index))) {
					table.selectionLayer().selectRow(Math.max(0, natTable.getColumnIndexByPosition(column)), index, false, false);
				}
				open.setEnabled(true);
			} else {
				open.setEnabled(false);
			}
		});
		return menu;
	}

	private void openSelected() {
		List<ArchiveItem> selected = table.selectedItems();
		if (!selected.isEmpty()) {
			StoredFileOpener.open(getSite().getShell(), OfficeBenchUI.repository(), selected.get(0));
		}
	}

	// ---- filters, classes, status

	private void clearFilters() {
		table.natTable().doCommand(new org.eclipse.nebula.widgets.nattable.filterrow.command.ClearAllFiltersCommand());
		for (CatalogueColumn column : CatalogueColumn.values()) {
			rows.filter(column, null);
		}
		table.refresh();
	}

	private void classChosen() {
		int index = classCombo.getSelectionIndex();
		rows.filterClass(index <= 0 || index > classEntries.size() ? null : classEntries.get(index - 1).key());
		table.refresh();
	}

	private void updateClassCombo() {
		CatalogueRows.ClassKey chosen = rows.classFilter();
		// Counts without the class filter itself: what choosing a class would show.
		rows.filterClass(null);
		classEntries = rows.groups();
		rows.filterClass(chosen);
		String[] items = new String[classEntries.size() + 1];
		items[0] = Messages.Class_all;
		int select = 0;
		for (int i = 0; i < classEntries.size(); i++) {
			CatalogueRows.Group group = classEntries.get(i);
			items[i + 1] = NLS.bind(Messages.Class_entry, className(group.key()), group.count());
			if (group.key().equals(chosen)) {
				select = i + 1;
			}
		}
		classCombo.setItems(items);
		classCombo.select(select);
	}

	static String className(CatalogueRows.ClassKey key) {
		String org = key.organization() == null || key.organization().isBlank() ? Messages.Class_noOrg : key.organization();
		return NLS.bind(Messages.Class_name, new Object[] { key.year() <= 0 ? "—" : Integer.toString(key.year()), //$NON-NLS-1$
				Labels.retention(key.retention()), org });
	}

	private void showProblem(String message) {
		problem = message;
		notice = false;
		problemShown = System.currentTimeMillis();
		updateStatus();
	}

	private void showNotice(String message) {
		showProblem(message);
		notice = true;
		updateStatus();
	}

	private void updateStatus() {
		if (status == null || status.isDisposed()) {
			return;
		}
		updateClassCombo();
		if (problem != null && System.currentTimeMillis() - problemShown > 10_000) {
			problem = null;
		}
		String counts = NLS.bind(Messages.Status_rows, rows.totalSize(), rows.size());
		status.setText(problem != null ? counts + "    " + problem : counts + "    " + Messages.Status_hint); //$NON-NLS-1$ //$NON-NLS-2$
		status.setForeground(problem != null && !notice ? status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	// ---- model changes

	private void commandStackChanged(EventObject event) {
		Display display = Display.getDefault();
		if (Display.getCurrent() == null) {
			display.asyncExec(() -> commandStackChanged(event));
			return;
		}
		Command command = document.commandStack().getMostRecentCommand();
		refreshFromModel(command == null ? null : command.getAffectedObjects());
	}

	/** Takes the model's changes into the rows: the list (added, removed items) and the items a command touched. */
	private void refreshFromModel(Collection<?> affected) {
		if (table == null || table.natTable().isDisposed()) {
			return;
		}
		rows.refresh(catalogue().getItems());
		if (affected != null) {
			for (Object object : affected) {
				if (object instanceof ArchiveItem item) {
					rows.itemChanged(item, null);
				}
			}
		}
		if (!refreshPending) {
			refreshPending = true;
			table.natTable().getDisplay().asyncExec(() -> {
				refreshPending = false;
				table.refresh(affected == null);
			});
		}
	}

	/** Indexes the text columns off the UI thread, so that the first sort of a big catalogue is as quick as the next. */
	private void indexTextColumnsInBackground() {
		CatalogueRows.TextIndexing indexing = rows.textIndexing();
		if (indexing.isEmpty()) {
			return;
		}
		Display display = table.natTable().getDisplay();
		indexingJob = Job.create("catalogue text indexes", monitor -> { //$NON-NLS-1$ a system job: never shown
			indexing.run(monitor::isCanceled);
			display.asyncExec(() -> {
				if (!table.natTable().isDisposed()) {
					rows.install(indexing); // refused if the catalogue changed meanwhile: then a sort indexes its column
				}
			});
		});
		indexingJob.setSystem(true);
		indexingJob.setPriority(Job.DECORATE);
		indexingJob.schedule();
	}

	@Override
	public void dispose() {
		if (indexingJob != null) {
			indexingJob.cancel();
		}
		document.commandStack().removeCommandStackListener(stackListener);
		super.dispose();
	}
}
