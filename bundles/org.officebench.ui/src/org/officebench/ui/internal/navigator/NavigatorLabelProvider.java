package org.officebench.ui.internal.navigator;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.kinds.DocumentKinds;

/** Groups with their counts, documents as 题名 followed by their 文号 in grey, unreadable files by name. */
final class NavigatorLabelProvider extends StyledCellLabelProvider {

	@Override
	public void update(ViewerCell cell) {
		StyledString text = text(cell.getElement());
		cell.setText(text.getString());
		cell.setStyleRanges(text.getStyleRanges());
		Object element = cell.getElement();
		if (element instanceof NavigatorNodes.KindGroup group) {
			cell.setImage(group.image);
		} else if (element instanceof DocumentSummary summary) {
			cell.setImage(DocumentKinds.image(summary.kind()));
		} else if (element instanceof NavigatorNodes.ProblemGroup || element instanceof LoadProblem) {
			cell.setImage(OfficeBenchUI.image(OfficeBenchUI.IMAGE_PROBLEM));
		} else {
			cell.setImage(null);
		}
		super.update(cell);
	}

	/** The label as plain text (also used by tests and for sorting out which item is which). */
	static String plainText(Object element) {
		return text(element).getString();
	}

	private static StyledString text(Object element) {
		StyledString text = new StyledString();
		if (element instanceof NavigatorNodes.KindGroup group) {
			text.append(group.label);
			text.append(" (" + group.documents.size() + ")", StyledString.COUNTER_STYLER); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (element instanceof DocumentSummary summary) {
			String title = summary.title() == null || summary.title().isBlank() ? Messages.Document_untitled
					: summary.title();
			text.append(title);
			if (summary.documentNumber() != null && !summary.documentNumber().isBlank()) {
				text.append("  " + summary.documentNumber(), StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
			}
		} else if (element instanceof NavigatorNodes.ProblemGroup group) {
			text.append(Messages.Navigator_problems);
			text.append(" (" + group.problems.size() + ")", StyledString.COUNTER_STYLER); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (element instanceof LoadProblem problem) {
			String file = problem.file();
			text.append(file.substring(file.lastIndexOf('/') + 1));
			text.append("  " + problem.reason(), StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
		} else if (element == NavigatorNodes.LOADING) {
			text.append(Messages.Navigator_loading, StyledString.QUALIFIER_STYLER);
		}
		return text;
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof LoadProblem problem) {
			return problem.describe();
		}
		if (element instanceof DocumentSummary summary) {
			return NLS.bind(Messages.Navigator_documentTooltip, new Object[] {
					DocumentLabels.document(summary.title(), summary.documentNumber()),
					DocumentLabels.status(summary.status()), DocumentLabels.date(summary.modified()), summary.file() });
		}
		if (element instanceof NavigatorNodes.ProblemGroup) {
			return Messages.Navigator_problemsTooltip;
		}
		return null;
	}
}
