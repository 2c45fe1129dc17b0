package org.officebench.ui.internal.navigator;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.internal.Messages;

/** Gives the Properties view something to show for the navigator's documents and unreadable files. */
public class SummaryAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptableObject instanceof DocumentSummary summary) {
			return adapterType.cast(new ReadOnlyPropertySource(summary)
					.add("title", Messages.Field_title, summary.title()) //$NON-NLS-1$
					.add("documentNumber", Messages.Field_documentNumber, summary.documentNumber()) //$NON-NLS-1$
					.add("kind", Messages.Field_kind, summary.kind().label()) //$NON-NLS-1$
					.add("status", Messages.Field_status, DocumentLabels.status(summary.status())) //$NON-NLS-1$
					.add("modified", Messages.Field_modified, DocumentLabels.date(summary.modified())) //$NON-NLS-1$
					.add("file", Messages.Field_file, summary.file()) //$NON-NLS-1$
					.add("id", Messages.Field_id, summary.id())); //$NON-NLS-1$
		}
		if (adaptableObject instanceof LoadProblem problem) {
			return adapterType.cast(new ReadOnlyPropertySource(problem)
					.add("file", Messages.Field_file, problem.file()) //$NON-NLS-1$
					.add("line", Messages.Problem_line, problem.line() > 0 ? problem.line() : "") //$NON-NLS-1$ //$NON-NLS-2$
					.add("reason", Messages.Problem_reason, problem.reason()) //$NON-NLS-1$
					.add("advice", Messages.Problem_advice, problem.advice())); //$NON-NLS-1$
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
