package org.officebench.ui.search;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.officebench.search.FileProblem;

/** The files whose text is not in the index: 档号, 题名, file, why. Their 件 are still found by their details. */
final class ProblemsDialog extends Dialog {

	private final List<FileProblem> problems;

	ProblemsDialog(Shell parent, List<FileProblem> problems) {
		super(parent);
		this.problems = problems;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Problems_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.Problems_intro);
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
		introData.widthHint = 640;
		intro.setLayoutData(introData);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData("name", "problems"); //$NON-NLS-1$ //$NON-NLS-2$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 300;
		table.setLayoutData(data);
		String[] titles = { Messages.Column_code, Messages.Column_title, Messages.Problems_file, Messages.Problems_reason };
		int[] widths = { 150, 180, 160, 320 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		for (FileProblem problem : problems) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { nz(problem.archivalCode()), nz(problem.title()), nz(problem.fileName()), problem.describe() });
			item.setData(problem);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Problems_close, true);
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
