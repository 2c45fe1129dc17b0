package org.officebench.ui.archive.catalogue;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.ui.DocumentEditorInput;
import org.officebench.ui.ReadOnlyEditorPart;

/**
 * A big catalogue's 归档文件目录 while its document is still being read: the table from the columns the file carries,
 * to browse, sort and filter at once. Read only; when the document is read, its editor takes its place and these
 * rows, as the user arranged them ({@link org.officebench.ui.archive.CataloguePreview}).
 */
public final class CataloguePreviewEditor extends ReadOnlyEditorPart {

	public static final String ID = "org.officebench.ui.editors.archivePreview"; //$NON-NLS-1$

	private CatalogueRows rows;
	private CatalogueTable table;
	private Label status;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		rows = input instanceof DocumentEditorInput preview && preview.previewData() instanceof CatalogueRows shown ? shown : null;
		if (rows == null) {
			throw new PartInitException("not a catalogue preview: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(body);
		Composite banner = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(banner);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		ProgressBar progress = new ProgressBar(banner, SWT.INDETERMINATE);
		GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(progress);
		Label reading = new Label(banner, SWT.WRAP);
		reading.setText(NLS.bind(Messages.Preview_reading, String.format("%,d", rows.totalSize()))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reading);

		table = new CatalogueTable(body, null, rows, message -> {
		}, message -> {
		}, () -> {
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 300).applyTo(table.natTable());
		status = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table.onRefresh(this::updateStatus);
		updateStatus();
	}

	private void updateStatus() {
		if (!status.isDisposed()) {
			status.setText(NLS.bind(Messages.Status_rows, rows.totalSize(), rows.size()));
		}
	}

	/** The rows shown, with the user's sort and filters, for the document's editor to take over. */
	public CatalogueRows rows() {
		return rows;
	}

	/** The table (for tests). */
	public org.eclipse.nebula.widgets.nattable.NatTable natTable() {
		return table.natTable();
	}

	@Override
	public void setFocus() {
		table.natTable().setFocus();
	}
}
