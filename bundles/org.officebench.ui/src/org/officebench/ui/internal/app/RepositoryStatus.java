package org.officebench.ui.internal.app;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.officebench.ui.DocumentCatalog;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;

/** The status line's account of the repository: where it is, how many documents, how many unreadable files. */
public final class RepositoryStatus {

	public static final String PATH_ID = "org.officebench.ui.status.repository"; //$NON-NLS-1$
	public static final String COUNT_ID = "org.officebench.ui.status.documents"; //$NON-NLS-1$

	private RepositoryStatus() {
	}

	static void addTo(IStatusLineManager statusLine) {
		String path = OfficeBenchUI.repository().root().toString();
		Item location = new Item(PATH_ID, Math.min(Math.max(path.length() + 6, 24), 70));
		location.setText(NLS.bind(Messages.Status_repository, path), path);
		statusLine.add(location);
		statusLine.add(new CountItem());
	}

	/** A text in the status line, with a separator before it and room for {@code chars} characters. */
	public static class Item extends ContributionItem {

		private final int chars;
		private CLabel label;
		private String text = ""; //$NON-NLS-1$
		private String toolTip;

		Item(String id, int chars) {
			super(id);
			this.chars = chars;
		}

		@Override
		public void fill(Composite parent) {
			Label separator = new Label(parent, SWT.SEPARATOR);
			label = new CLabel(parent, SWT.SHADOW_NONE);
			GC gc = new GC(parent);
			gc.setFont(parent.getFont());
			int width = gc.getFontMetrics().getAverageCharacterWidth() > 0
					? (int) (gc.getFontMetrics().getAverageCharacterWidth() * chars)
					: chars * 8;
			int height = gc.getFontMetrics().getHeight();
			gc.dispose();
			StatusLineLayoutData data = new StatusLineLayoutData();
			data.widthHint = width;
			label.setLayoutData(data);
			StatusLineLayoutData separatorData = new StatusLineLayoutData();
			separatorData.heightHint = height;
			separator.setLayoutData(separatorData);
			label.setText(text);
			label.setToolTipText(toolTip);
		}

		void setText(String text, String toolTip) {
			this.text = text;
			this.toolTip = toolTip;
			if (label != null && !label.isDisposed()) {
				label.setText(text);
				label.setToolTipText(toolTip);
			}
		}

		/** What the item shows. */
		public String getText() {
			return text;
		}
	}

	/** Follows the catalogue: "12 份文档" and, when there are any, "2 个文件无法读取". */
	private static final class CountItem extends Item {

		private final DocumentCatalog catalog = OfficeBenchUI.catalog();
		private final DocumentCatalog.Listener listener = this::show;

		CountItem() {
			super(COUNT_ID, 30);
			setText(Messages.Status_reading, null);
			catalog.addListener(listener);
			if (catalog.snapshot() != null) {
				show(catalog.snapshot());
			}
		}

		private void show(DocumentCatalog.Snapshot snapshot) {
			int documents = snapshot.documents().size();
			int problems = snapshot.problems().size();
			setText(problems == 0 ? NLS.bind(Messages.Status_documents, documents)
					: NLS.bind(Messages.Status_documentsAndProblems, documents, problems), null);
		}

		@Override
		public void dispose() {
			catalog.removeListener(listener);
			super.dispose();
		}
	}
}
