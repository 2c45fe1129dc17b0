package org.officebench.ui.internal.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.officebench.core.DocumentSummary;
import org.officebench.ui.DocumentCatalog;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.ReadOnlyEditorPart;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.internal.wizards.NewDocumentAction;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.kinds.DocumentKinds;

/**
 * 开始: what the editor area shows before any document is open — the repository's contents by kind with a
 * 新建 link each, the documents changed last, and how to work with them.
 */
public class StartPage extends ReadOnlyEditorPart {

	public static final String ID = "org.officebench.ui.editors.start"; //$NON-NLS-1$
	private static final int RECENT = 8;

	/** The one input of the start page. */
	public static final IEditorInput INPUT = new IEditorInput() {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_APP);
		}

		@Override
		public String getName() {
			return Messages.Start_title;
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return Messages.Start_title;
		}
	};

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Composite kinds;
	private Composite recent;
	private final DocumentCatalog.Listener listener = this::show;

	/** Opens the start page (without taking the focus from the active part). */
	public static void open(IWorkbenchPage page) {
		try {
			page.openEditor(INPUT, ID, false);
		} catch (PartInitException e) {
			OfficeBenchUI.log("Cannot open the start page", e); //$NON-NLS-1$
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(Messages.Start_title);
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Start_heading);
		form.setImage(OfficeBenchUI.image(OfficeBenchUI.IMAGE_APP));
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(16, 12).spacing(24, 12).applyTo(body);

		Section repository = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		repository.setText(Messages.Start_repositorySection);
		repository.setDescription(OfficeBenchUI.repository().root().toString());
		kinds = toolkit.createComposite(repository);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(16, 6).margins(4, 6).applyTo(kinds);
		repository.setClient(kinds);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(repository);

		Section changed = toolkit.createSection(body, Section.TITLE_BAR);
		changed.setText(Messages.Start_recentSection);
		recent = toolkit.createComposite(changed);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).margins(4, 6).applyTo(recent);
		changed.setClient(recent);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(changed);

		Label hint = toolkit.createLabel(body, Messages.Start_hint, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

		DocumentCatalog catalog = OfficeBenchUI.catalog();
		catalog.addListener(listener);
		show(catalog.snapshot());
	}

	private void show(DocumentCatalog.Snapshot snapshot) {
		if (form == null || form.isDisposed()) {
			return;
		}
		for (Control child : kinds.getChildren()) {
			child.dispose();
		}
		for (Control child : recent.getChildren()) {
			child.dispose();
		}
		if (snapshot == null) {
			toolkit.createLabel(kinds, Messages.Start_reading);
		} else {
			fillKinds(snapshot);
			fillRecent(snapshot);
		}
		kinds.layout(true);
		recent.layout(true);
		form.reflow(true);
	}

	private void fillKinds(DocumentCatalog.Snapshot snapshot) {
		for (DocumentKindDescriptor kind : DocumentKinds.all()) {
			int count = (int) snapshot.documents().stream().filter(d -> d.kind().key().equals(kind.key())).count();
			Label name = toolkit.createLabel(kinds, kind.label());
			name.setImage(DocumentKinds.image(kind));
			Label number = toolkit.createLabel(kinds, NLS.bind(Messages.Start_count, count));
			GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(number);
			if (kind.newWizardId() == null) {
				toolkit.createLabel(kinds, ""); //$NON-NLS-1$
				continue;
			}
			ImageHyperlink create = toolkit.createImageHyperlink(kinds, SWT.NONE);
			create.setText(NLS.bind(Messages.Start_new, kind.label()));
			create.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					NewDocumentAction.open(getSite().getWorkbenchWindow(), kind);
				}
			});
		}
		if (!snapshot.problems().isEmpty()) {
			Label problems = toolkit.createLabel(kinds, NLS.bind(Messages.Start_problems, snapshot.problems().size()),
					SWT.WRAP);
			problems.setForeground(problems.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);
		}
	}

	private void fillRecent(DocumentCatalog.Snapshot snapshot) {
		List<DocumentSummary> documents = new ArrayList<>(snapshot.documents());
		documents.sort(Comparator.comparing(DocumentSummary::modified, Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
		if (documents.isEmpty()) {
			toolkit.createLabel(recent, Messages.Start_noDocuments);
			return;
		}
		for (DocumentSummary summary : documents.subList(0, Math.min(RECENT, documents.size()))) {
			ImageHyperlink link = toolkit.createImageHyperlink(recent, SWT.NONE);
			link.setImage(DocumentKinds.image(summary.kind()));
			link.setText(DocumentLabels.document(summary.title(), summary.documentNumber()));
			link.setToolTipText(summary.file());
			link.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					DocumentEditors.open(getSite().getPage(), summary.id(), summary.title());
				}
			});
			GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(link);
			Label date = toolkit.createLabel(recent, DocumentLabels.date(summary.modified()));
			date.setForeground(date.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (OfficeBenchUI.repositoryOrNull() != null) {
			OfficeBenchUI.catalog().removeListener(listener);
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
