package org.officebench.ui.archive.settings;

import java.util.EventObject;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.officebench.core.Labels;
import org.officebench.core.archive.ArchiveRuleException;
import org.officebench.core.archive.RetentionRules;
import org.officebench.core.archive.RetentionRules.Entry;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.RetentionPeriod;
import org.officebench.ui.editors.ModelFields;

/**
 * The 保管期限表 of the 全宗 as an editable table: 类目, keywords and retention edited in their cells, rows added,
 * removed, moved and the default table restored. Every change is a command of {@link RetentionRules} on the
 * document's stack; the table is read again whenever the stack changes (undo and redo too). A refused value is
 * explained in the form's heading and the status line and changes nothing.
 */
final class RetentionScheduleSection {

	/** Widget data keys, for tests. */
	static final String TABLE_KEY = "retentionRules", DEFAULT_NOTE_KEY = "retentionDefaultNote"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final RetentionPeriod[] PERIODS = RetentionPeriod.VALUES.toArray(new RetentionPeriod[0]);

	private final EditingDomain domain;
	private final Supplier<ArchiveCatalogue> catalogue;
	private final ScrolledForm form;
	private final IActionBars actionBars;
	private final TableViewer viewer;
	private final TableColumnLayout columns;
	private final Label defaultNote;
	private final Button remove, up, down, restore;
	private final CommandStackListener stackListener = this::stackChanged;
	private List<Entry> entries = List.of();
	private boolean refreshPending;
	private boolean showingRefusal;
	/** The row to select after the next refresh (a row added or moved), or -1 to keep the selected index. */
	private int selectAfterRefresh = -1;

	RetentionScheduleSection(FormToolkit toolkit, Composite parent, EditingDomain domain, Supplier<ArchiveCatalogue> catalogue,
			ScrolledForm form, IActionBars actionBars) {
		this.domain = domain;
		this.catalogue = catalogue;
		this.form = form;
		this.actionBars = actionBars;
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(parent);

		// The keywords column takes the width the others leave: its lists are long.
		Composite holder = toolkit.createComposite(parent);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(holder);
		columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		table.setData(ModelFields.FEATURE_KEY, TABLE_KEY);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR);

		column(Messages.ScheduleRow, new ColumnPixelData(48), SWT.RIGHT, e -> Integer.toString(e.index() + 1), null);
		column(Messages.ScheduleKind, new ColumnWeightData(30, 200), SWT.LEFT, Entry::kind, new TextEditing(true));
		column(Messages.ScheduleKeywords, new ColumnWeightData(70, 300), SWT.LEFT, Entry::keywords, new TextEditing(false));
		column(Messages.ScheduleRetention, new ColumnPixelData(110), SWT.LEFT, e -> Labels.retention(e.retention()), new RetentionEditing());

		Composite buttons = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
		button(toolkit, buttons, Messages.ScheduleAdd, this::add);
		remove = button(toolkit, buttons, Messages.ScheduleRemove, this::remove);
		up = button(toolkit, buttons, Messages.ScheduleUp, () -> move(-1));
		down = button(toolkit, buttons, Messages.ScheduleDown, () -> move(1));
		restore = button(toolkit, buttons, Messages.ScheduleRestore, this::restoreDefault);
		restore.setToolTipText(Messages.ScheduleRestoreTip);

		defaultNote = toolkit.createLabel(parent, Messages.ScheduleDefaultNote, SWT.WRAP);
		defaultNote.setData(ModelFields.FEATURE_KEY, DEFAULT_NOTE_KEY);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(defaultNote);

		viewer.addSelectionChangedListener(e -> updateButtons());
		domain.getCommandStack().addCommandStackListener(stackListener);
		table.addDisposeListener(e -> domain.getCommandStack().removeCommandStackListener(stackListener));
		refresh();
	}

	/** The viewer's elements are row positions, so that a cell being edited survives the refresh of another row. */
	private Entry entry(Object element) {
		return entries.get(((Integer) element).intValue());
	}

	private void column(String title, ColumnLayoutData width, int align, java.util.function.Function<Entry, String> text,
			EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, align);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(entry(element));
			}

			@Override
			public Color getForeground(Object element) {
				return entry(element).problem() == null ? null : viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
			}

			@Override
			public String getToolTipText(Object element) {
				return entry(element).problem();
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
	}

	private static Button button(FormToolkit toolkit, Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Runs an edit of the table: executed when it changes something, explained when it is refused. */
	private interface Edit {
		Command command() throws ArchiveRuleException;
	}

	private void apply(Edit edit) {
		Command command;
		try {
			command = edit.command();
		} catch (ArchiveRuleException e) {
			refuse(e.getMessage());
			return;
		}
		clearRefusal();
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void refuse(String reason) {
		String message = NLS.bind(Messages.ScheduleRefused, reason);
		showingRefusal = true;
		form.setMessage(message, IMessageProvider.ERROR);
		if (actionBars != null) {
			actionBars.getStatusLineManager().setErrorMessage(message);
		}
	}

	private void clearRefusal() {
		if (!showingRefusal) {
			return;
		}
		showingRefusal = false;
		form.setMessage(null, IMessageProvider.NONE);
		if (actionBars != null) {
			actionBars.getStatusLineManager().setErrorMessage(null);
		}
	}

	private int selectedIndex() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Integer index ? index.intValue() : -1;
	}

	private void add() {
		int index = selectedIndex() < 0 ? entries.size() : selectedIndex() + 1;
		selectAfterRefresh = index;
		apply(() -> RetentionRules.add(domain, catalogue.get(), index, Messages.ScheduleNewKind, Messages.ScheduleNewKeyword,
				RetentionPeriod.YEARS_10));
		// Straight into the new row's 类目, to type over the placeholder.
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (!viewer.getTable().isDisposed() && index < entries.size()) {
				viewer.editElement(Integer.valueOf(index), 1);
			}
		});
	}

	private void remove() {
		int index = selectedIndex();
		if (index >= 0) {
			selectAfterRefresh = Math.min(index, entries.size() - 2);
			apply(() -> RetentionRules.remove(domain, catalogue.get(), index));
		}
	}

	private void move(int by) {
		int index = selectedIndex();
		int to = index + by;
		if (index >= 0 && to >= 0 && to < entries.size()) {
			selectAfterRefresh = to;
			apply(() -> RetentionRules.move(domain, catalogue.get(), index, to));
		}
	}

	private void restoreDefault() {
		apply(() -> RetentionRules.restoreDefault(domain, catalogue.get()));
	}

	private void stackChanged(EventObject event) {
		if (refreshPending || viewer.getTable().isDisposed()) {
			return;
		}
		// After the command has finished (a cell editor may still be applying its value).
		refreshPending = true;
		viewer.getTable().getDisplay().asyncExec(this::refresh);
	}

	/** Reads the table from the catalogue again (after any command, undo, redo or revert). */
	void refresh() {
		refreshPending = false;
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		// Something changed since a refused value: its explanation is old news.
		clearRefusal();
		int keep = selectAfterRefresh >= 0 ? selectAfterRefresh : selectedIndex();
		selectAfterRefresh = -1;
		List<Entry> before = entries;
		entries = RetentionRules.entries(catalogue.get());
		if (before.size() != entries.size() || viewer.getInput() == null) {
			// Rows came or went: a cell being edited would now address another row.
			if (viewer.isCellEditorActive()) {
				viewer.cancelEditing();
			}
			viewer.setInput(IntStream.range(0, entries.size()).boxed().toList());
		} else {
			// Only the changed rows, leaving a cell editor open elsewhere (Tab from 类目 to 关键词) alone.
			for (int i = 0; i < entries.size(); i++) {
				if (!entries.get(i).equals(before.get(i))) {
					viewer.update(Integer.valueOf(i), null);
				}
			}
		}
		if (keep >= 0 && keep < entries.size() && keep != selectedIndex()) {
			viewer.setSelection(new StructuredSelection(Integer.valueOf(keep)), true);
		}
		boolean shippedDefault = !entries.isEmpty() && entries.get(0).shippedDefault();
		if (defaultNote.getVisible() != shippedDefault) {
			defaultNote.setVisible(shippedDefault);
			((org.eclipse.swt.layout.GridData) defaultNote.getLayoutData()).exclude = !shippedDefault;
			defaultNote.getParent().layout(true, true);
		}
		updateButtons();
	}

	private void updateButtons() {
		if (remove.isDisposed()) {
			return;
		}
		int index = selectedIndex();
		remove.setEnabled(index >= 0 && entries.size() > 1);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < entries.size() - 1);
		restore.setEnabled(RetentionRules.restoreDefault(domain, catalogue.get()).canExecute());
	}

	/** Every cell of the table is editable, each column with one editor. */
	private abstract class CellEditing<E extends CellEditor> extends EditingSupport {
		final E editor;

		CellEditing(E editor) {
			super(viewer);
			this.editor = editor;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}
	}

	/** 类目 or keywords, typed in the cell. */
	private final class TextEditing extends CellEditing<TextCellEditor> {
		private final boolean kind;

		TextEditing(boolean kind) {
			super(new TextCellEditor(viewer.getTable()));
			this.kind = kind;
		}

		@Override
		protected Object getValue(Object element) {
			Entry entry = entry(element);
			return kind ? entry.kind() : entry.keywords();
		}

		@Override
		protected void setValue(Object element, Object value) {
			Entry entry = entry(element);
			String text = String.valueOf(value);
			apply(() -> kind ? RetentionRules.setKind(domain, catalogue.get(), entry.index(), text)
					: RetentionRules.setKeywords(domain, catalogue.get(), entry.index(), text));
		}
	}

	/** 保管期限, chosen from 永久 / 30年 / 10年; applied as soon as it is chosen. */
	private final class RetentionEditing extends CellEditing<ComboBoxCellEditor> {

		RetentionEditing() {
			super(new ComboBoxCellEditor(viewer.getTable(), retentionLabels(), SWT.READ_ONLY));
			editor.setActivationStyle(ComboBoxCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION | ComboBoxCellEditor.DROP_DOWN_ON_PROGRAMMATIC_ACTIVATION);
			editor.getControl().addListener(SWT.Selection, e -> editor.getControl().getDisplay().asyncExec(() -> {
				if (viewer.isCellEditorActive()) {
					viewer.applyEditorValue();
				}
			}));
		}

		@Override
		protected Object getValue(Object element) {
			RetentionPeriod retention = entry(element).retention();
			return Integer.valueOf(retention == null ? 0 : retention.ordinal());
		}

		@Override
		protected void setValue(Object element, Object value) {
			int chosen = value instanceof Integer i ? i.intValue() : -1;
			if (chosen < 0 || chosen >= PERIODS.length) {
				return;
			}
			Entry entry = entry(element);
			apply(() -> RetentionRules.setRetention(domain, catalogue.get(), entry.index(), PERIODS[chosen]));
		}
	}

	private static String[] retentionLabels() {
		String[] labels = new String[PERIODS.length];
		for (int i = 0; i < PERIODS.length; i++) {
			labels[i] = Labels.retention(PERIODS[i]);
		}
		return labels;
	}

}
