package org.officebench.ui.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.officebench.core.Labels;
import org.officebench.model.RetentionPeriod;
import org.officebench.search.Facet;
import org.officebench.search.FileProblem;
import org.officebench.search.Hit;
import org.officebench.search.IndexStatus;
import org.officebench.search.Location;
import org.officebench.search.Preview;
import org.officebench.search.SearchRequest;
import org.officebench.search.SearchResults;
import org.officebench.search.analysis.TextMatches;
import org.officebench.ui.OfficeBenchUI;

/**
 * 检索: one box; results best first (档号, 题名, 日期, 保管期限, 得分, the text around the matches); facets with counts
 * that narrow the results when ticked; the hit's whole text with every match marked. Searches, previews and the index
 * status are read off the UI thread; a new keystroke or Enter drops the search before it.
 */
public final class SearchView extends ViewPart {

	public static final String ID = "org.officebench.ui.views.search"; //$NON-NLS-1$

	private static final int LIMIT = 100;
	private static final int TYPING_DELAY_MS = 250;
	private static final int FACET_VALUES_SHOWN = 30;
	private static final Facet[] FACETS = { Facet.FONDS, Facet.YEAR, Facet.RETENTION, Facet.ORG, Facet.SECURITY, Facet.GENRE,
			Facet.KIND };

	private Text query;
	private Link message;
	private Link indexStatus;
	private Tree facets;
	private TableViewer results;
	private Label previewTitle;
	private Label previewLocation;
	private StyledText preview;
	private Color markBackground;
	private Font bold;

	private final Map<Facet, String> filters = new EnumMap<>(Facet.class);
	private SearchResults shown;
	private String shownQuery = ""; //$NON-NLS-1$
	private Job searchJob;
	private Job previewJob;
	private int generation;
	private int previewGeneration;
	private List<FileProblem> problems = List.of();
	private Runnable indexListener;
	private IAction openCatalogue;
	private IAction openFile;

	/** Shows the view (or brings it forward) and puts the cursor in its box. */
	public static SearchView showAndFocus(IWorkbenchWindow window) {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		try {
			SearchView view = (SearchView) page.showView(ID);
			view.focusQuery();
			return view;
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot show the search view", e); //$NON-NLS-1$
			return null;
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Display display = parent.getDisplay();
		markBackground = new Color(display, 255, 232, 140);
		bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		parent.setLayout(new GridLayout(1, false));

		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout topLayout = new GridLayout(2, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		query = new Text(top, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setData("name", "query"); //$NON-NLS-1$ //$NON-NLS-2$
		query.setMessage(Messages.Query_hint);
		query.setToolTipText(Messages.Query_tooltip);
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		query.addModifyListener(e -> search(TYPING_DELAY_MS));
		query.addListener(SWT.DefaultSelection, e -> search(0));
		indexStatus = new Link(top, SWT.NONE);
		indexStatus.setData("name", "index"); //$NON-NLS-1$ //$NON-NLS-2$
		indexStatus.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		indexStatus.addListener(SWT.Selection, e -> {
			if ("problems".equals(e.text)) { //$NON-NLS-1$
				new ProblemsDialog(getSite().getShell(), problems).open();
			} else if ("rebuild".equals(e.text)) { //$NON-NLS-1$
				rebuild();
			}
		});
		message = new Link(parent, SWT.WRAP);
		message.setData("name", "message"); //$NON-NLS-1$ //$NON-NLS-2$
		message.setText(Messages.Hint);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		facets = new Tree(sides, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		facets.setData("name", "facets"); //$NON-NLS-1$ //$NON-NLS-2$
		facets.setToolTipText(Messages.Facets_tooltip);
		facets.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TreeItem item) {
				facetTicked(item);
			}
		});
		SashForm main = new SashForm(sides, SWT.VERTICAL);
		createResults(main);
		createPreview(main);
		main.setWeights(55, 45);
		sides.setWeights(22, 78);
		// Low and wide (the view docked under the editors): the preview goes beside the results, not under them.
		sides.addListener(SWT.Resize, e -> {
			org.eclipse.swt.graphics.Rectangle area = sides.getClientArea();
			int orientation = area.width > 3 * area.height ? SWT.HORIZONTAL : SWT.VERTICAL;
			if (main.getOrientation() != orientation) {
				main.setOrientation(orientation);
				sides.setWeights(orientation == SWT.HORIZONTAL ? new int[] { 20, 80 } : new int[] { 22, 78 });
			}
		});
		createActions();
		getSite().setSelectionProvider(results);

		indexListener = () -> display.asyncExec(this::refreshIndexStatus);
		refreshIndexStatus();
		Job start = Job.create(Messages.Job_prepare, monitor -> {
			try {
				WorkbenchSearch search = WorkbenchSearch.get();
				search.addChangeListener(indexListener);
				search.start();
			} catch (IOException | IllegalStateException e) {
				display.asyncExec(() -> showMessage(e.getMessage()));
			}
			display.asyncExec(this::refreshIndexStatus);
		});
		start.setSystem(true);
		start.schedule();
	}

	private void createResults(Composite parent) {
		results = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = results.getTable();
		table.setData("name", "results"); //$NON-NLS-1$ //$NON-NLS-2$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Column_code, 215, hit -> plain(hit.archivalCode() != null ? hit.archivalCode() : hit.kind().label()));
		column(Messages.Column_title, 260, hit -> marked(hit.title(), hit.titleHighlights()));
		column(Messages.Column_date, 90, hit -> plain(hit.date()));
		column(Messages.Column_retention, 80, hit -> plain(retention(hit.retention())));
		column(Messages.Column_score, 60, hit -> plain(String.format("%.2f", hit.score()))); //$NON-NLS-1$
		column(Messages.Column_snippet, 480, hit -> hit.snippet() == null ? plain("") //$NON-NLS-1$
				: marked(oneLine(hit.snippet().text()), hit.snippet().highlights()));
		results.addSelectionChangedListener(e -> showPreview(selected()));
		results.addDoubleClickListener(e -> openInCatalogue());
	}

	private record Marked(String text, List<TextMatches.Range> ranges) {
	}

	private static Marked plain(String text) {
		return new Marked(text == null ? "" : text, List.of()); //$NON-NLS-1$
	}

	private static Marked marked(String text, List<TextMatches.Range> ranges) {
		return new Marked(text == null ? "" : text, ranges == null ? List.of() : ranges); //$NON-NLS-1$
	}

	/** Line breaks would cut a table cell; the offsets stay as they are. */
	private static String oneLine(String text) {
		return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
	}

	private void column(String title, int width, java.util.function.Function<Hit, Marked> cell) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell viewerCell) {
				Marked marked = cell.apply((Hit) viewerCell.getElement());
				viewerCell.setText(marked.text());
				viewerCell.setStyleRanges(styles(marked.text().length(), marked.ranges()));
				super.update(viewerCell);
			}
		});
	}

	/** The matches marked: bold on a light yellow, in order and without overlaps (StyledText needs both). */
	StyleRange[] styles(int length, List<TextMatches.Range> ranges) {
		List<StyleRange> styles = new ArrayList<>();
		int end = 0;
		for (TextMatches.Range range : ranges) {
			int start = Math.max(range.start(), end);
			int stop = Math.min(range.end(), length);
			if (stop <= start) {
				continue;
			}
			StyleRange style = new StyleRange(start, stop - start, null, markBackground, SWT.BOLD);
			style.font = bold;
			styles.add(style);
			end = stop;
		}
		return styles.toArray(StyleRange[]::new);
	}

	private void createPreview(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		box.setLayout(layout);
		previewTitle = new Label(box, SWT.NONE);
		previewTitle.setFont(bold);
		previewTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		previewLocation = new Label(box, SWT.NONE);
		previewLocation.setData("name", "location"); //$NON-NLS-1$ //$NON-NLS-2$
		previewLocation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		preview = new StyledText(box, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		preview.setData("name", "preview"); //$NON-NLS-1$ //$NON-NLS-2$
		preview.setMargins(6, 4, 6, 4);
		preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	private void createActions() {
		openCatalogue = new Action(Messages.Action_openCatalogue) {
			@Override
			public void run() {
				openInCatalogue();
			}
		};
		openCatalogue.setId("org.officebench.ui.search.openCatalogue"); //$NON-NLS-1$
		openCatalogue.setToolTipText(Messages.Action_openCatalogueTooltip);
		openFile = new Action(Messages.Action_openFile) {
			@Override
			public void run() {
				Hit hit = selected();
				if (hit != null) {
					Opening.openFile(getSite().getPage(), hit);
				}
			}
		};
		openFile.setId("org.officebench.ui.search.openFile"); //$NON-NLS-1$
		openFile.setToolTipText(Messages.Action_openFileTooltip);
		IAction rebuild = new Action(Messages.Action_rebuild) {
			@Override
			public void run() {
				rebuild();
			}
		};
		rebuild.setId("org.officebench.ui.search.rebuild"); //$NON-NLS-1$
		rebuild.setToolTipText(Messages.Action_rebuildTooltip);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(openCatalogue);
		toolBar.add(openFile);
		toolBar.add(rebuild);
		MenuManager menu = new MenuManager();
		menu.add(openCatalogue);
		menu.add(openFile);
		results.getTable().setMenu(menu.createContextMenu(results.getTable()));
		updateActions();
		results.addSelectionChangedListener(e -> updateActions());
	}

	private void updateActions() {
		Hit hit = selected();
		openCatalogue.setEnabled(hit != null);
		openFile.setEnabled(hit != null && hit.itemId() != null && !hit.fileNames().isEmpty());
	}

	private void rebuild() {
		Job.create(Messages.Job_build, monitor -> {
			try {
				WorkbenchSearch.get().rebuild();
			} catch (IOException | IllegalStateException e) {
				getSite().getShell().getDisplay().asyncExec(() -> showMessage(e.getMessage()));
			}
		}).schedule();
	}

	/** The hit selected in the results, or null. */
	Hit selected() {
		if (results == null || results.getTable().isDisposed()) {
			return null;
		}
		Object first = ((IStructuredSelection) results.getSelection()).getFirstElement();
		return first instanceof Hit hit ? hit : null;
	}

	/** Puts the cursor in the box with what is typed selected, so that typing replaces it. */
	public void focusQuery() {
		if (query != null && !query.isDisposed()) {
			query.setFocus();
			query.selectAll();
		}
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	/** The results now shown (UI thread), or null before the first search. */
	public SearchResults results() {
		return shown;
	}

	// --- searching

	private void search(int delay) {
		if (searchJob != null) {
			searchJob.cancel();
		}
		int mine = ++generation;
		String text = query.getText();
		SearchRequest request = new SearchRequest(text, filters, LIMIT, SearchRequest.DEFAULT_SNIPPET, true);
		Display display = query.getDisplay();
		searchJob = new Job(Messages.Job_search) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				SearchResults found;
				WorkbenchSearch search;
				try {
					search = WorkbenchSearch.get();
					search.start();
					// the best hits first; counting every match for the facets takes longer at a million 件
					found = search.index().search(request.withFacets(false));
					if (found.problem() == SearchResults.Problem.INDEX_DAMAGED) {
						search.rebuild();
					}
				} catch (IOException | IllegalStateException e) {
					display.asyncExec(() -> {
						if (mine == generation) {
							showMessage(e.getMessage());
						}
					});
					return Status.OK_STATUS;
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				display.asyncExec(() -> {
					if (mine == generation && !results.getTable().isDisposed()) {
						show(text, found);
					}
				});
				if (found.hasProblem() || found.hits().isEmpty()) {
					return Status.OK_STATUS;
				}
				SearchResults counted;
				try {
					counted = search.index().search(request.countsOnly());
				} catch (IllegalStateException e) {
					return Status.OK_STATUS; // the index closed meanwhile: the hits stay shown
				}
				if (monitor.isCanceled() || counted.hasProblem()) {
					return Status.CANCEL_STATUS;
				}
				display.asyncExec(() -> {
					if (mine == generation && !results.getTable().isDisposed()) {
						showCounts(text, counted);
					}
				});
				return Status.OK_STATUS;
			}
		};
		searchJob.setSystem(true);
		searchJob.schedule(delay);
	}

	private void show(String text, SearchResults found) {
		shown = found;
		shownQuery = text;
		if (found.hasProblem()) {
			showMessage(found.problem() == SearchResults.Problem.INDEX_MISSING && busy() ? Messages.Index_building
					: found.problemMessage());
			results.setInput(List.of());
			fillFacets(Map.of());
			clearPreview();
			return;
		}
		showMessage(countLine(found, found));
		results.setInput(found.hits());
		if (found.hits().isEmpty()) {
			fillFacets(Map.of());
			clearPreview();
		} else { // the facets of the last search stay until this one's are counted
			results.setSelection(new StructuredSelection(found.hits().get(0)), true);
		}
	}

	/** The facets and the exact count, for the hits already shown. */
	private void showCounts(String text, SearchResults counted) {
		if (!text.equals(shownQuery) || shown == null) {
			return;
		}
		shown = shown.withCounts(counted);
		showMessage(countLine(shown, shown));
		fillFacets(shown.facets());
	}

	/** 找到 N 条结果（用时 …）, timed by the search that brought the hits. */
	private static String countLine(SearchResults found, SearchResults timed) {
		StringBuilder line = new StringBuilder(found.hits().isEmpty() ? Messages.Results_none
				: NLS.bind(found.totalExact() ? Messages.Results_count : Messages.Results_countAtLeast, Long.toString(found.totalHits()),
						String.format("%.2f", timed.took().toNanos() / 1e9))); //$NON-NLS-1$
		if (found.totalHits() > found.hits().size()) {
			line.append(NLS.bind(Messages.Results_shownFirst, Integer.toString(found.hits().size())));
		}
		for (String notice : found.noticeMessages()) {
			line.append('\n').append(notice);
		}
		return line.toString();
	}

	/** An indexing job is under way (checked without reading the index: this runs on the UI thread). */
	private static boolean busy() {
		return Job.getJobManager().find(WorkbenchSearch.FAMILY).length > 0;
	}

	private void showMessage(String text) {
		if (!message.isDisposed()) {
			message.setText(escape(text == null ? "" : text)); //$NON-NLS-1$
			message.getParent().layout(true, true);
		}
	}

	/** A Link reads &lt;a&gt; and &amp; as markup. */
	private static String escape(String text) {
		return text.replace("&", "&&").replace("<", "&lt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	// --- facets

	private void fillFacets(Map<Facet, List<Facet.Count>> counts) {
		facets.setRedraw(false);
		try {
			facets.removeAll();
			for (Facet facet : FACETS) {
				List<Facet.Count> values = counts.getOrDefault(facet, List.of());
				if (values.isEmpty()) {
					continue;
				}
				TreeItem head = new TreeItem(facets, SWT.NONE);
				head.setText(facet.title());
				head.setData(facet);
				head.setFont(bold);
				boolean narrowed = false;
				int n = 0;
				for (Facet.Count count : values) {
					if (n++ >= FACET_VALUES_SHOWN && !count.value().equals(filters.get(facet))) {
						continue;
					}
					TreeItem value = new TreeItem(head, SWT.NONE);
					String label = facet == Facet.RETENTION ? retention(count.value()) : count.label();
					value.setText(NLS.bind(Messages.Facet_value, label, Integer.toString(count.count())));
					value.setData(count);
					boolean ticked = count.value().equals(filters.get(facet));
					value.setChecked(ticked);
					narrowed |= ticked;
				}
				head.setChecked(narrowed);
				head.setGrayed(narrowed);
				head.setExpanded(true);
			}
		} finally {
			facets.setRedraw(true);
		}
	}

	private void facetTicked(TreeItem item) {
		if (!(item.getData() instanceof Facet.Count count)) {
			item.setChecked(item.getGrayed()); // a facet's heading only shows whether it narrows
			return;
		}
		Facet facet = (Facet) item.getParentItem().getData();
		if (item.getChecked()) {
			filters.put(facet, count.value()); // one value per facet: ticking another replaces it
		} else {
			filters.remove(facet);
		}
		search(0);
	}

	/** Ticks or unticks a facet value as a click would (for tests and keyboard users): true when it was shown. */
	boolean tick(Facet facet, String value, boolean checked) {
		for (TreeItem head : facets.getItems()) {
			if (head.getData() != facet) {
				continue;
			}
			for (TreeItem item : head.getItems()) {
				if (item.getData() instanceof Facet.Count count && count.value().equals(value)) {
					item.setChecked(checked);
					facetTicked(item);
					return true;
				}
			}
		}
		return false;
	}

	private static String retention(String code) {
		if (code == null || code.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		RetentionPeriod period = RetentionPeriod.get(code);
		return period == null ? code : Labels.retention(period);
	}

	// --- preview

	private void clearPreview() {
		previewGeneration++;
		previewTitle.setText(""); //$NON-NLS-1$
		previewLocation.setText(""); //$NON-NLS-1$
		preview.setText(""); //$NON-NLS-1$
	}

	private void showPreview(Hit hit) {
		if (hit == null) {
			clearPreview();
			return;
		}
		if (previewJob != null) {
			previewJob.cancel();
		}
		int mine = ++previewGeneration;
		String text = shownQuery;
		Display display = preview.getDisplay();
		previewJob = Job.create(Messages.Job_preview, monitor -> {
			Preview found;
			try {
				found = WorkbenchSearch.get().index().preview(hit.uid(), text);
			} catch (IOException | IllegalStateException e) {
				found = null;
			}
			Preview result = found;
			display.asyncExec(() -> {
				if (mine == previewGeneration && !preview.isDisposed()) {
					fillPreview(hit, result);
				}
			});
		});
		previewJob.setSystem(true);
		previewJob.schedule();
	}

	private void fillPreview(Hit hit, Preview found) {
		String heading = hit.archivalCode() == null ? hit.title() : hit.archivalCode() + "  " + hit.title(); //$NON-NLS-1$
		previewTitle.setText(escapeLabel(heading));
		if (found == null) {
			previewLocation.setText(Messages.Preview_gone);
			preview.setText(""); //$NON-NLS-1$
			return;
		}
		String text = found.text() == null ? "" : found.text(); //$NON-NLS-1$
		preview.setText(text);
		preview.setStyleRanges(styles(text.length(), found.matches()));
		if (found.matches().isEmpty()) {
			previewLocation.setText(text.isEmpty() ? Messages.Preview_noText : Messages.Preview_noMatchInText);
			preview.setTopIndex(0);
		} else {
			int first = found.matches().get(0).start();
			Location location = found.locationAt(first);
			String where = location == null ? "" : location.label(); //$NON-NLS-1$
			previewLocation.setText(escapeLabel(NLS.bind(Messages.Preview_matches, Integer.toString(found.matches().size()), where)));
			int line = preview.getLineAtOffset(Math.min(first, text.length()));
			preview.setTopIndex(Math.max(0, line - 2));
			preview.setCaretOffset(first);
		}
		previewTitle.getParent().layout(true);
	}

	private static String escapeLabel(String text) {
		return text == null ? "" : text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The preview pane (UI thread), for tests. */
	StyledText previewText() {
		return preview;
	}

	Table resultsTable() {
		return results.getTable();
	}

	Text queryBox() {
		return query;
	}

	// --- opening

	private void openInCatalogue() {
		Hit hit = selected();
		if (hit != null) {
			Opening.openInCatalogue(getSite().getPage(), hit);
		}
	}

	// --- index status

	private void refreshIndexStatus() {
		if (indexStatus == null || indexStatus.isDisposed()) {
			return;
		}
		Display display = indexStatus.getDisplay();
		WorkbenchSearch search;
		try {
			search = WorkbenchSearch.get();
		} catch (IOException | IllegalStateException e) {
			return;
		}
		String progress = search.progress();
		if (progress != null) {
			setIndexStatus(progress);
			return;
		}
		Job job = Job.create(Messages.Job_status, monitor -> {
			IndexStatus status = search.index().status();
			display.asyncExec(() -> {
				if (!indexStatus.isDisposed()) {
					showIndexStatus(status);
				}
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showIndexStatus(IndexStatus status) {
		problems = status.problems();
		String text;
		if (status.isBusy()) {
			text = Messages.Status_indexingStarted;
		} else if (!status.health().isReady()) {
			text = NLS.bind(Messages.Status_notReady, escape(status.health().describe()));
		} else {
			text = NLS.bind(Messages.Status_ready, Integer.toString(status.entries()));
		}
		if (!problems.isEmpty()) {
			text += NLS.bind(Messages.Status_problems, Integer.toString(problems.size()));
		}
		setIndexStatus(text);
		// Results asked for while the index was being built come now.
		if (!status.isBusy() && status.health().isReady() && shown != null
				&& shown.problem() == SearchResults.Problem.INDEX_MISSING) {
			search(0);
		}
	}

	private void setIndexStatus(String text) {
		indexStatus.setText(text);
		indexStatus.getParent().layout(true);
	}

	/** The index status as shown (UI thread), for tests. */
	String indexStatusText() {
		return indexStatus.getText();
	}

	List<FileProblem> problems() {
		return problems;
	}

	@Override
	public void dispose() {
		if (searchJob != null) {
			searchJob.cancel();
		}
		if (indexListener != null) {
			WorkbenchSearch search = WorkbenchSearch.current();
			if (search != null) {
				search.removeChangeListener(indexListener);
			}
		}
		if (markBackground != null) {
			markBackground.dispose();
		}
		super.dispose();
	}
}
