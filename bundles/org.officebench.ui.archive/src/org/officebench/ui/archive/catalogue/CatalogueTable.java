package org.officebench.ui.archive.catalogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.action.MouseEditAction;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.config.DefaultGridLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellEditorMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.LetterOrDigitKeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.officebench.core.Labels;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.ArchiveRuleException;
import org.officebench.core.archive.Reclassification;
import org.officebench.core.archive.table.CatalogueColumn;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.core.util.ForegroundWork;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;

/**
 * The NatTable of the catalogue page: column headers with click-to-sort, a filter row, 序号 row header, in-place
 * editing through {@link SetCommand}s on the document's editing domain; 年度, 保管期限 and 机构 through
 * {@link Reclassification}, as they move the 件 to another class. The rows come from {@link CatalogueRows}.
 */
final class CatalogueTable {

	private static final CatalogueColumn[] COLUMNS = CatalogueColumn.values();
	private static final String EDITABLE = "EDITABLE"; //$NON-NLS-1$
	private static final String RETENTION_EDITOR = "RETENTION_EDITOR"; //$NON-NLS-1$
	private static final String SECURITY_EDITOR = "SECURITY_EDITOR"; //$NON-NLS-1$
	private static final String LEFT = "LEFT"; //$NON-NLS-1$
	private static final String ODD_GROUP = "ODD_GROUP"; //$NON-NLS-1$

	/** When grouped: the rows of every second class, shaded so that one sees where a class ends. */
	private java.util.BitSet oddGroupRows;

	/** Told about an edit that could not be made (bad number, bad date). */
	interface Problems {
		void report(String message);
	}

	private final OfficeDocument document;
	private final CatalogueRows rows;
	private final Problems problems;
	private final Problems notices;
	private final NatTable natTable;
	private final SelectionLayer selectionLayer;
	private final FilterRowHeaderComposite<ArchiveItem> filterRow;
	private final SortHeaderLayer<ArchiveItem> sortHeader;

	/**
	 * @param problems told about an edit that could not be made (shown in red)
	 * @param notices  told what an edit did besides the cell (a new 档号)
	 */
	CatalogueTable(Composite parent, OfficeDocument document, CatalogueRows rows, Problems problems, Problems notices,
			Runnable openSelected) {
		this.document = document;
		this.rows = rows;
		this.problems = problems;
		this.notices = notices;
		ConfigRegistry configRegistry = new ConfigRegistry();

		BodyData bodyData = new BodyData();
		DataLayer bodyDataLayer = new DataLayer(bodyData);
		int[] widths = { 52, 210, 130, 110, 340, 80, 60, 50, 150, 70, 60, 50 };
		for (int c = 0; c < widths.length; c++) {
			bodyDataLayer.setColumnWidthByPosition(c, widths[c]);
		}
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyDataLayer);
		for (CatalogueColumn column : COLUMNS) {
			if (column.isEditable() && document != null) { // none: a preview, read only
				labels.registerColumnOverrides(column.ordinal(), EDITABLE);
			}
		}
		labels.registerColumnOverrides(CatalogueColumn.RETENTION.ordinal(), RETENTION_EDITOR);
		labels.registerColumnOverrides(CatalogueColumn.SECURITY_LEVEL.ordinal(), SECURITY_EDITOR);
		for (CatalogueColumn column : COLUMNS) {
			if (column.kind() == CatalogueColumn.Kind.TEXT) {
				labels.registerColumnOverrides(column.ordinal(), LEFT);
			}
		}
		bodyDataLayer.setConfigLabelAccumulator((labelStack, columnPosition, rowPosition) -> {
			labels.accumulateConfigLabels(labelStack, columnPosition, rowPosition);
			if (oddGroupRows != null && oddGroupRows.get(rowPosition)) {
				labelStack.addLabel(ODD_GROUP);
			}
		});
		selectionLayer = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		IDataProvider headerData = new HeaderData();
		DataLayer headerDataLayer = new DataLayer(headerData);
		ILayer columnHeader = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
		sortHeader = new SortHeaderLayer<>(columnHeader, new SortModel());
		filterRow = new FilterRowHeaderComposite<>(new FilterStrategy(), sortHeader, headerData, configRegistry);
		// Rows handed over from a preview keep their filters: the filter row shows them.
		java.util.Map<Integer, Object> typed = filterRow.getFilterRowDataLayer().getFilterRowDataProvider().getFilterIndexToObjectMap();
		for (CatalogueColumn column : COLUMNS) {
			if (rows.filterOf(column) != null) {
				typed.put(column.ordinal(), rows.filterOf(column).text());
			}
		}

		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		DataLayer rowHeaderDataLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
		rowHeaderDataLayer.setDefaultColumnWidth(56);
		ILayer rowHeader = new RowHeaderLayer(rowHeaderDataLayer, viewport, selectionLayer);
		ILayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData) {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return rowIndex == 0 ? Messages.Column_serial : ""; //$NON-NLS-1$
			}
		}), rowHeader, filterRow);
		GridLayer grid = new GridLayer(viewport, filterRow, rowHeader, corner, false);
		grid.addConfiguration(new DefaultGridLayerConfiguration(grid) {
			@Override
			protected void addEditingUIConfig() {
				// Keys start editing as usual; a double click (not a single one) edits, so that a click only selects.
				addConfiguration(new org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration() {
					@Override
					public void configureUiBindings(UiBindingRegistry registry) {
						registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2), new KeyEditAction());
						registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), new KeyEditAction());
						registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR), new KeyEditAction());
						registry.registerKeyBinding(new LetterOrDigitKeyEventMatcher(), new KeyEditAction());
						registry.registerKeyBinding(new LetterOrDigitKeyEventMatcher(SWT.MOD2), new KeyEditAction());
						// A double click on an editable cell edits it; on one that is not (档号, 件号) or on the row's
						// number it opens the stored file. registerDoubleClickBinding appends, so the edit goes first.
						registry.registerFirstDoubleClickBinding(new CellEditorMouseEventMatcher(GridRegion.BODY), new MouseEditAction());
						registry.registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON),
								(table, event) -> openSelected.run());
						registry.registerDoubleClickBinding(new MouseEventMatcher(SWT.NONE, GridRegion.ROW_HEADER, MouseEventMatcher.LEFT_BUTTON),
								(table, event) -> openSelected.run());
					}
				});
			}
		});

		natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER, grid, false);
		natTable.setConfigRegistry(configRegistry);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
						DisplayMode.EDIT, EDITABLE);
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
						new ComboBoxCellEditor(Arrays.stream(RetentionPeriod.values()).map(Labels::retention).toList()),
						DisplayMode.EDIT, RETENTION_EDITOR);
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
						new ComboBoxCellEditor(Arrays.stream(SecurityLevel.values()).map(Labels::securityLevel).toList()),
						DisplayMode.EDIT, SECURITY_EDITOR);
				registry.registerConfigAttribute(CellConfigAttributes.RENDER_GRID_LINES, Boolean.TRUE);
				org.eclipse.nebula.widgets.nattable.style.Style left = new org.eclipse.nebula.widgets.nattable.style.Style();
				left.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.HORIZONTAL_ALIGNMENT,
						org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, LEFT);
				org.eclipse.nebula.widgets.nattable.style.Style shaded = new org.eclipse.nebula.widgets.nattable.style.Style();
				shaded.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.BACKGROUND_COLOR,
						org.eclipse.nebula.widgets.nattable.util.GUIHelper.getColor(232, 240, 250));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, shaded, DisplayMode.NORMAL, ODD_GROUP);
			}
		});
		natTable.configure();
		// The filter syntax, over the filter row only: a tooltip over the rows would hide them.
		natTable.addListener(SWT.MouseMove, event -> {
			int row = natTable.getRowPositionByY(event.y);
			String tip = row == 1 ? Messages.Filter_tooltip : null;
			if (!java.util.Objects.equals(tip, natTable.getToolTipText())) {
				natTable.setToolTipText(tip);
			}
		});
	}

	NatTable natTable() {
		return natTable;
	}

	SelectionLayer selectionLayer() {
		return selectionLayer;
	}

	FilterRowHeaderComposite<ArchiveItem> filterRow() {
		return filterRow;
	}

	/** The items of the selected rows (or of the row with the selected cell). */
	List<ArchiveItem> selectedItems() {
		List<ArchiveItem> selected = new ArrayList<>();
		if (!rows.hasItems()) {
			return selected;
		}
		int[] fully = selectionLayer.getFullySelectedRowPositions();
		if (fully.length > 0) {
			for (int row : fully) {
				if (row < rows.size()) {
					selected.add(rows.item(row));
				}
			}
		} else {
			var anchor = selectionLayer.getSelectionAnchor();
			if (anchor != null && anchor.getRowPosition() >= 0 && anchor.getRowPosition() < rows.size()) {
				selected.add(rows.item(anchor.getRowPosition()));
			}
		}
		return selected;
	}

	/** Selects the row showing an item and scrolls to it; false when it is not shown. */
	boolean reveal(ArchiveItem item) {
		int row = rows.rowOf(item);
		if (row < 0) {
			return false;
		}
		selectionLayer.selectRow(0, row, false, false);
		natTable.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand(row));
		return true;
	}

	/** What an edit means for the model: the value for the column's attribute, or null when it cannot be read. */
	private Object modelValue(CatalogueColumn column, Object typed) {
		String text = typed == null ? "" : typed.toString().strip(); //$NON-NLS-1$
		switch (column) {
		case PAGES, YEAR -> {
			if (text.isEmpty()) {
				return 0;
			}
			try {
				return Integer.valueOf(text);
			} catch (NumberFormatException e) {
				problems.report(NLS.bind(Messages.Edit_badNumber, text, header(column)));
				return null;
			}
		}
		case DATE -> {
			if (text.isEmpty()) {
				return SetCommand.UNSET_VALUE;
			}
			try {
				LocalDate day = LocalDate.parse(text.replaceAll("[-./年月日]", ""), DateTimeFormatter.BASIC_ISO_DATE); //$NON-NLS-1$ //$NON-NLS-2$
				return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
			} catch (DateTimeParseException e) {
				problems.report(NLS.bind(Messages.Edit_badDate, text));
				return null;
			}
		}
		case RETENTION -> {
			return Arrays.stream(RetentionPeriod.values()).filter(r -> Labels.retention(r).equals(text)).findFirst().orElse(null);
		}
		case SECURITY_LEVEL -> {
			return Arrays.stream(SecurityLevel.values()).filter(s -> Labels.securityLevel(s).equals(text)).findFirst().orElse(null);
		}
		default -> {
			return text.isEmpty() ? SetCommand.UNSET_VALUE : text;
		}
		}
	}

	/**
	 * 年度, 保管期限 and 机构 name the class, and the 档号 names it too: the 件 moves to the new class with its next 件号
	 * and a new 档号, in one command (Ctrl+Z takes all of it back).
	 */
	private void reclassify(ArchiveItem item, CatalogueColumn column, Object value) {
		try {
			Reclassification.Move move = Reclassification.plan(document.editingDomain(), (ArchiveCatalogue) item.eContainer(), item,
					column.attribute(), value);
			document.commandStack().execute(move.command());
			notices.report(move.renumbers()
					? NLS.bind(Messages.Edit_classChanged, new Object[] { header(column), move.oldCode(), move.newCode() })
					: NLS.bind(Messages.Edit_classChangedPending, header(column)));
		} catch (ArchiveRuleException e) {
			problems.report(e.getMessage());
		}
	}

	static String header(CatalogueColumn column) {
		return switch (column) {
		case ITEM_NUMBER -> Messages.Column_itemNumber;
		case ARCHIVAL_CODE -> Messages.Column_archivalCode;
		case DOCUMENT_NUMBER -> Messages.Column_documentNumber;
		case RESPONSIBLE -> Messages.Column_responsible;
		case TITLE -> Messages.Column_title;
		case DATE -> Messages.Column_date;
		case SECURITY_LEVEL -> Messages.Column_securityLevel;
		case PAGES -> Messages.Column_pages;
		case REMARKS -> Messages.Column_remarks;
		case RETENTION -> Messages.Column_retention;
		case ORGANIZATION -> Messages.Column_organization;
		case YEAR -> Messages.Column_year;
		};
	}

	private final class BodyData implements IRowDataProvider<ArchiveItem> {

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			if (rowIndex >= rows.size()) {
				return ""; //$NON-NLS-1$
			}
			String text = rows.text(rowIndex, COLUMNS[columnIndex]);
			return columnIndex == CatalogueColumn.REMARKS.ordinal() ? text.replace('\n', ' ') : text;
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			CatalogueColumn column = COLUMNS[columnIndex];
			if (!column.isEditable() || document == null || rowIndex >= rows.size()) {
				return;
			}
			ArchiveItem item = rows.item(rowIndex);
			if (column.text(item).equals(newValue == null ? "" : newValue.toString().strip())) { //$NON-NLS-1$
				return; // nothing changed: no empty command on the stack
			}
			Object value = modelValue(column, newValue);
			if (value == null) {
				return;
			}
			if (Reclassification.isClassFeature(column.attribute())) {
				reclassify(item, column, value == SetCommand.UNSET_VALUE ? null : value);
				return;
			}
			Command command = SetCommand.create(document.editingDomain(), item, column.attribute(), value);
			if (command.canExecute()) {
				document.commandStack().execute(command);
			}
		}

		@Override
		public int getColumnCount() {
			return COLUMNS.length;
		}

		@Override
		public int getRowCount() {
			return rows.size();
		}

		@Override
		public ArchiveItem getRowObject(int rowIndex) {
			return rows.hasItems() ? rows.item(rowIndex) : null;
		}

		@Override
		public int indexOfRowObject(ArchiveItem rowObject) {
			return rows.rowOf(rowObject);
		}
	}

	private static final class HeaderData implements IDataProvider {

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return header(COLUMNS[columnIndex]);
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int getColumnCount() {
			return COLUMNS.length;
		}

		@Override
		public int getRowCount() {
			return 1;
		}
	}

	/** One sort column at a time, kept by {@link CatalogueRows}. */
	private final class SortModel implements ISortModel {

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return rows.sortColumn() == null ? List.of() : List.of(rows.sortColumn().ordinal());
		}

		@Override
		public boolean isColumnIndexSorted(int columnIndex) {
			return rows.sortColumn() != null && rows.sortColumn().ordinal() == columnIndex;
		}

		@Override
		public SortDirectionEnum getSortDirection(int columnIndex) {
			if (!isColumnIndexSorted(columnIndex)) {
				return SortDirectionEnum.NONE;
			}
			return rows.isDescending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
		}

		@Override
		public int getSortOrder(int columnIndex) {
			return isColumnIndexSorted(columnIndex) ? 0 : -1;
		}

		@Override
		@SuppressWarnings("rawtypes")
		public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
			return List.of();
		}

		@Override
		public Comparator<?> getColumnComparator(int columnIndex) {
			return null;
		}

		@Override
		public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
			if (direction == SortDirectionEnum.NONE) {
				rows.sort(null, false);
			} else {
				rows.sort(COLUMNS[columnIndex], direction == SortDirectionEnum.DESC);
			}
			refresh();
		}

		@Override
		public void clear() {
			rows.sort(null, false);
			refresh();
		}
	}

	private final class FilterStrategy implements IFilterStrategy<ArchiveItem> {
		@Override
		public void applyFilter(Map<Integer, Object> filters) {
			for (CatalogueColumn column : COLUMNS) {
				Object value = filters.get(column.ordinal());
				rows.filter(column, value == null ? null : value.toString());
			}
			if (natTable != null) {
				natTable.getDisplay().asyncExec(CatalogueTable.this::refresh);
			}
		}
	}

	/** Listeners told after the rows changed (sort, filter, model change). */
	private final List<Runnable> refreshListeners = new ArrayList<>();

	void onRefresh(Runnable listener) {
		refreshListeners.add(listener);
	}

	/** After a sort or filter: the rows moved, so the selection goes. */
	void refresh() {
		refresh(true);
	}

	/** @param clearSelection false after an edit, so that the user goes on from the cell just edited */
	void refresh(boolean clearSelection) {
		if (natTable == null || natTable.isDisposed()) {
			return;
		}
		if (clearSelection) {
			selectionLayer.clear(false);
		}
		// The rows are sorted and filtered when first asked for: here, with background reads paused.
		ForegroundWork.run(rows::size);
		oddGroupRows = null;
		if (rows.isGrouped()) {
			java.util.BitSet odd = new java.util.BitSet();
			CatalogueRows.ClassKey previous = null;
			boolean shade = true;
			for (int row = 0; row < rows.size(); row++) {
				CatalogueRows.ClassKey key = rows.classOf(row);
				if (!key.equals(previous)) {
					shade = !shade;
					previous = key;
				}
				if (shade) {
					odd.set(row);
				}
			}
			oddGroupRows = odd;
		}
		natTable.refresh(false);
		natTable.redraw();
		for (Runnable listener : refreshListeners) {
			listener.run();
		}
	}
}
