package org.officebench.ui.archive.catalogue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.officebench.archive.FilingResult;

/** 归档结果: how many were filed, the files not filed with their reasons, and duplicates with links to both items. */
public final class FilingReportDialog extends Dialog {

	private final List<FilingResult> results;
	private final Consumer<String> reveal;

	FilingReportDialog(Shell parent, List<FilingResult> results, Consumer<String> reveal) {
		super(parent);
		this.results = results;
		this.reveal = reveal;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Report_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(6, 8).applyTo(area);
		long filed = results.stream().filter(FilingResult::isFiled).count();
		List<FilingResult> refused = results.stream().filter(r -> r.status() == FilingResult.Status.REFUSED).toList();
		long canceled = results.stream().filter(r -> r.status() == FilingResult.Status.CANCELED).count();
		List<FilingResult> duplicates = results.stream().filter(r -> r.status() == FilingResult.Status.DUPLICATE).toList();

		Label summary = new Label(area, SWT.WRAP);
		summary.setText(filed == 0 && refused.isEmpty() && canceled == 0 ? Messages.Report_nothing
				: NLS.bind(Messages.Report_summary, filed, refused.size() + canceled));
		summary.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		List<FilingResult> newItems = results.stream().filter(r -> r.status() == FilingResult.Status.FILED).toList();
		if (!newItems.isEmpty()) {
			new Label(area, SWT.WRAP).setText(Messages.Report_filedHeading);
			StringBuilder text = new StringBuilder();
			for (FilingResult result : newItems) {
				if (text.length() > 0) {
					text.append('\n');
				}
				text.append(NLS.bind(Messages.Report_filed, result.archivalCode(), escape(result.item().getTitle())));
			}
			Link filedLinks = new Link(area, SWT.WRAP);
			filedLinks.setText(text.toString());
			filedLinks.addListener(SWT.Selection, e -> reveal.accept(e.text));
			GridDataFactory.fillDefaults().grab(true, false).hint(680, SWT.DEFAULT).applyTo(filedLinks);
		}
		if (canceled > 0) {
			new Label(area, SWT.WRAP).setText(NLS.bind(Messages.Report_canceled, canceled));
		}
		if (!refused.isEmpty()) {
			new Label(area, SWT.WRAP).setText(Messages.Report_refusedHeading);
			Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			TableColumn file = new TableColumn(table, SWT.NONE);
			file.setText(Messages.Report_file);
			file.setWidth(200);
			TableColumn reason = new TableColumn(table, SWT.NONE);
			reason.setText(Messages.Report_reason);
			reason.setWidth(460);
			for (FilingResult result : refused) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { String.valueOf(result.file().getFileName()), result.message() });
			}
			GridDataFactory.fillDefaults().grab(true, true).hint(680, Math.min(8, refused.size() + 1) * 26 + 8).applyTo(table);
		}
		if (!duplicates.isEmpty()) {
			new Label(area, SWT.WRAP).setText(Messages.Report_duplicatesHeading);
			for (FilingResult result : duplicates) {
				Link link = new Link(area, SWT.WRAP);
				link.setText(NLS.bind(Messages.Report_duplicate, new Object[] { escape(String.valueOf(result.file().getFileName())),
						result.archivalCode(), result.duplicateOf() }));
				link.addListener(SWT.Selection, e -> reveal.accept(e.text));
				GridDataFactory.fillDefaults().grab(true, false).hint(680, SWT.DEFAULT).applyTo(link);
			}
		}
		return area;
	}

	private static String escape(String text) {
		return text.replace("&", "&&").replace("<", "&lt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Report_close, true);
	}
}
