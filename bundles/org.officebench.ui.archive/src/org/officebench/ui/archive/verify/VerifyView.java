package org.officebench.ui.archive.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.officebench.archive.verify.CatalogueVerifier;
import org.officebench.archive.verify.Finding;
import org.officebench.archive.verify.ReportExport;
import org.officebench.archive.verify.VerificationReport;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Repository;
import org.officebench.core.ServiceLoaders;
import org.officebench.ui.Dialogs;
import org.officebench.ui.DocumentEditorInput;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;

/**
 * 四性检测: runs the DA/T 70-2018 check ({@link CatalogueVerifier}) over the active or selected archive catalogue, or
 * over all of them, as a background job with progress and cancel, and shows the four checks and the findings.
 * Double-click on a finding opens its catalogue; 导出… writes the report as PDF or XLSX. The check reads the saved version
 * of each catalogue.
 */
public final class VerifyView extends ViewPart {

	public static final String ID = "org.officebench.ui.views.verify"; //$NON-NLS-1$

	/** What to check: one catalogue, or all when {@code documentId} is null. */
	record Scope(String documentId, String title, boolean dirty) {
		static final Scope ALL = new Scope(null, null, false);

		String describe() {
			if (documentId == null) {
				return Messages.Scope_all;
			}
			String text = NLS.bind(Messages.Scope_one, title);
			return dirty ? text + Messages.Scope_dirty : text;
		}
	}

	private Label scopeLabel;
	private Label resultLabel;
	private Text detail;
	private TableViewer summaryViewer;
	private TableViewer findingsViewer;
	private IAction runAction;
	private IAction exportAction;
	private IAction allAction;
	private volatile VerificationReport report;
	private Job running;
	private IPartListener2 partListener;
	private ISelectionListener selectionListener;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		scopeLabel = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(scopeLabel);
		resultLabel = new Label(parent, SWT.WRAP);
		resultLabel.setText(Messages.Hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(resultLabel);

		summaryViewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table summary = summaryViewer.getTable();
		summary.setHeaderVisible(true);
		summary.setLinesVisible(true);
		summary.setData("name", "summary"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> summaryColumns = VerificationReport.summaryColumns();
		int[] summaryWidths = { 90, 80, 90, 90, 70, 70 };
		for (int c = 0; c < summaryColumns.size(); c++) {
			int column = c;
			TableViewerColumn viewerColumn = new TableViewerColumn(summaryViewer, SWT.LEFT);
			viewerColumn.getColumn().setText(summaryColumns.get(c));
			viewerColumn.getColumn().setWidth(summaryWidths[c]);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return cell(element, column);
				}

				@Override
				public Image getImage(Object element) {
					if (column != 0) {
						return null;
					}
					return failed(element) ? sharedImage(ISharedImages.IMG_OBJS_ERROR_TSK) : sharedImage(ISharedImages.IMG_OBJS_INFO_TSK);
				}

				@Override
				public Color getForeground(Object element) {
					return column == 1 && failed(element) ? summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
				}

				private boolean failed(Object element) {
					return element instanceof List<?> row && row.size() > 4 && !"0".equals(row.get(4)); //$NON-NLS-1$
				}
			});
		}
		summaryViewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, summary.getItemHeight() * 5 + summary.getHeaderHeight() + 6)
				.applyTo(summary);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		findingsViewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table findings = findingsViewer.getTable();
		findings.setHeaderVisible(true);
		findings.setLinesVisible(true);
		findings.setData("name", "findings"); //$NON-NLS-1$ //$NON-NLS-2$
		ColumnViewerToolTipSupport.enableFor(findingsViewer);
		List<String> titles = VerificationReport.columns(); // check, severity, code, finding, action, file, catalogue
		column(titles.get(0), 80, f -> f.check().label(), true);
		column(titles.get(1), 60, f -> f.severity().label(), false);
		column(titles.get(2), 210, f -> nz(f.archivalCode()), false);
		column(titles.get(3), 420, Finding::found, false);
		column(titles.get(4), 420, Finding::action, false);
		column(titles.get(5), 200, f -> nz(f.fileName()), false);
		findingsViewer.setContentProvider(ArrayContentProvider.getInstance());
		findingsViewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Finding finding) {
				openCatalogue(finding);
			}
		});
		// The whole finding and what to do, for the one selected: the table cuts long texts.
		detail = new Text(sash, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		detail.setData("name", "detail"); //$NON-NLS-1$ //$NON-NLS-2$
		sash.setWeights(4, 1);
		findingsViewer.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			detail.setText(selected instanceof Finding finding ? describe(finding) : ""); //$NON-NLS-1$
		});
		getSite().setSelectionProvider(findingsViewer);

		makeActions();
		listenToTheScope();
		updateScope();
	}

	private void column(String title, int width, Function<Finding, String> text, boolean severityImage) {
		TableViewerColumn column = new TableViewerColumn(findingsViewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Finding finding ? oneLine(text.apply(finding)) : ""; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				if (!severityImage || !(element instanceof Finding finding)) {
					return null;
				}
				return sharedImage(finding.isError() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Finding finding ? describe(finding) : null;
			}
		});
	}

	private void makeActions() {
		runAction = new Action(Messages.Action_run) {
			@Override
			public void run() {
				runCheck();
			}
		};
		runAction.setToolTipText(Messages.Action_runTooltip);
		runAction.setId("org.officebench.ui.verify.run"); //$NON-NLS-1$
		allAction = new Action(Messages.Action_all, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				updateScope();
			}
		};
		allAction.setToolTipText(Messages.Action_allTooltip);
		allAction.setId("org.officebench.ui.verify.all"); //$NON-NLS-1$
		exportAction = new Action(Messages.Action_export) {
			@Override
			public void run() {
				askAndExport();
			}
		};
		exportAction.setToolTipText(Messages.Action_exportTooltip);
		exportAction.setId("org.officebench.ui.verify.export"); //$NON-NLS-1$
		exportAction.setEnabled(false);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(runAction);
		toolBar.add(allAction);
		toolBar.add(exportAction);
	}

	/** Keeps the scope line up to date with the active editor and the navigator's selection. */
	private void listenToTheScope() {
		partListener = new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference partRef) {
				updateScope();
			}

			@Override
			public void partClosed(IWorkbenchPartReference partRef) {
				updateScope();
			}
		};
		getSite().getPage().addPartListener(partListener);
		selectionListener = (part, selection) -> updateScope();
		getSite().getPage().addPostSelectionListener(OfficeBenchUI.NAVIGATOR_VIEW_ID, selectionListener);
	}

	private void updateScope() {
		if (scopeLabel != null && !scopeLabel.isDisposed()) {
			scopeLabel.setText(scope().describe());
			scopeLabel.getParent().layout();
		}
	}

	/** The active archive editor's catalogue, else the archive selected in the navigator, else all; 全部档案 forces all. */
	Scope scope() {
		if (allAction == null || allAction.isChecked()) {
			return Scope.ALL;
		}
		IWorkbenchPage page = getSite().getPage();
		IEditorPart editor = page.getActiveEditor();
		if (editor != null && editor.getEditorInput() instanceof DocumentEditorInput input && input.kind() == DocumentKind.ARCHIVE) {
			return new Scope(input.id(), input.getName(), editor.isDirty());
		}
		ISelection selection = page.getSelection(OfficeBenchUI.NAVIGATOR_VIEW_ID);
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof DocumentSummary summary
				&& summary.kind() == DocumentKind.ARCHIVE) {
			IEditorPart open = DocumentEditors.find(page, summary.id());
			return new Scope(summary.id(), summary.title(), open != null && open.isDirty());
		}
		return Scope.ALL;
	}

	/** Starts the check as a background job (UI thread). */
	void runCheck() {
		Repository repository = OfficeBenchUI.repositoryOrNull();
		if (repository == null || (running != null && running.getState() != Job.NONE)) {
			return;
		}
		Scope scope = scope();
		scopeLabel.setText(scope.describe());
		runAction.setEnabled(false);
		resultLabel.setText(Messages.Running);
		Display display = getSite().getShell().getDisplay();
		String name = scope.documentId() == null ? Messages.Scope_allShort : scope.title();
		running = new Job(NLS.bind(Messages.Job_name, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Job_name, name), 100);
				SubMonitor reporter = progress.newChild(100);
				VerificationReport result = null;
				String failure = null;
				try {
					CatalogueVerifier verifier = new CatalogueVerifier();
					result = scope.documentId() == null ? verifier.verifyAll(repository, null, reporter)
							: verifier.verify(repository, scope.documentId(), reporter);
				} catch (DocumentLoadException e) {
					failure = e.problem().describe();
				} catch (RuntimeException e) {
					OfficeBenchUI.log("The check failed", e); //$NON-NLS-1$
					failure = String.valueOf(e.getMessage());
				}
				VerificationReport shown = result;
				String error = failure;
				display.asyncExec(() -> finished(shown, error, name));
				return Status.OK_STATUS;
			}
		};
		running.setUser(true);
		running.setPriority(Job.LONG);
		IWorkbenchSiteProgressService service = getSite().getAdapter(IWorkbenchSiteProgressService.class);
		if (service != null) {
			service.schedule(running);
		} else {
			running.schedule();
		}
	}

	private void finished(VerificationReport result, String failure, String name) {
		if (resultLabel == null || resultLabel.isDisposed()) {
			return;
		}
		runAction.setEnabled(true);
		if (result == null) {
			resultLabel.setText(Messages.Hint);
			Dialogs.error(getSite().getShell(), Messages.Failed_title, NLS.bind(Messages.Failed, name, failure));
			return;
		}
		show(result);
	}

	/** Shows a report (UI thread). */
	void show(VerificationReport result) {
		report = result;
		resultLabel.setText(result.resultLine());
		summaryViewer.setInput(result.summaryRows());
		findingsViewer.setInput(result.findings());
		detail.setText(""); //$NON-NLS-1$
		exportAction.setEnabled(true);
		resultLabel.getParent().layout();
	}

	/** The report shown, or null. */
	VerificationReport report() {
		return report;
	}

	private void openCatalogue(Finding finding) {
		if (finding.documentId() != null) {
			DocumentEditors.open(getSite().getPage(), finding.documentId(), finding.catalogue());
		}
	}

	private void askAndExport() {
		VerificationReport shown = report;
		if (shown == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*.pdf", "*.xlsx" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Export_filterPdf, Messages.Export_filterName });
		dialog.setFileName(NLS.bind(Messages.Export_fileName, new SimpleDateFormat("yyyyMMdd").format(new Date())) + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			export(shown, target(chosen, dialog.getFilterIndex() == 1 ? ReportExport.Format.XLSX : ReportExport.Format.PDF));
		}
	}

	/** The file chosen, with the filter's extension added when the name has neither .pdf nor .xlsx. */
	static Path target(String chosen, ReportExport.Format filter) {
		Path path = Path.of(chosen);
		return ReportExport.Format.of(path).isPresent() ? path : Path.of(chosen + filter.extension());
	}

	/**
	 * Writes the report in the background, as PDF or XLSX by the file's extension; says where on the status line, or
	 * what went wrong in a dialog.
	 */
	Job export(VerificationReport shown, Path file) {
		Display display = getSite().getShell().getDisplay();
		Repository repository = OfficeBenchUI.repositoryOrNull();
		String checker = repository == null ? System.getProperty("user.name") : repository.user(); //$NON-NLS-1$
		Job job = Job.create(NLS.bind(Messages.Export_job, file.getFileName()), monitor -> {
			try {
				ServiceLoaders.ensureReady();
				ReportExport.write(shown, checker, file);
				display.asyncExec(() -> {
					if (!resultLabel.isDisposed()) {
						getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Export_done, file));
					}
				});
			} catch (IOException | RuntimeException e) {
				display.asyncExec(() -> Dialogs.error(getSite().getShell(), Messages.Export_title,
						NLS.bind(Messages.Export_failed, file, String.valueOf(e.getMessage()))));
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	@Override
	public void setFocus() {
		findingsViewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (partListener != null) {
			getSite().getPage().removePartListener(partListener);
		}
		if (selectionListener != null) {
			getSite().getPage().removePostSelectionListener(OfficeBenchUI.NAVIGATOR_VIEW_ID, selectionListener);
		}
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}

	private static String describe(Finding finding) {
		String code = finding.archivalCode() == null ? "" : finding.archivalCode() + "  "; //$NON-NLS-1$ //$NON-NLS-2$
		return finding.check().label() + "  " + finding.severity().label() + "  " + code + finding.found() + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ NLS.bind(Messages.Tooltip_action, finding.action());
	}

	private static String cell(Object element, int column) {
		return element instanceof List<?> row && column < row.size() ? String.valueOf(row.get(column)) : ""; //$NON-NLS-1$
	}

	private static Image sharedImage(String key) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replace('\n', ' '); //$NON-NLS-1$
	}

	private static String nz(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
