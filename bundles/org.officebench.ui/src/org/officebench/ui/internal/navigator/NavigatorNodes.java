package org.officebench.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.LoadProblem;
import org.officebench.ui.DocumentCatalog;

/** The tree of the 资料库 view: one group per kind, then the files that could not be read. */
final class NavigatorNodes {

	private NavigatorNodes() {
	}

	/** The viewer's input; holds the latest catalogue reading (null while the first is under way). */
	static final class Input {
		DocumentCatalog.Snapshot snapshot;
	}

	/** Shown until the first reading has finished. */
	static final Object LOADING = new Object();

	static final class KindGroup {
		final DocumentKind kind;
		final List<DocumentSummary> documents;

		KindGroup(DocumentKind kind, List<DocumentSummary> documents) {
			this.kind = kind;
			this.documents = documents;
		}

		@Override
		public boolean equals(Object obj) {
			return obj instanceof KindGroup other && other.kind == kind;
		}

		@Override
		public int hashCode() {
			return kind.hashCode();
		}
	}

	static final class ProblemGroup {
		final List<LoadProblem> problems;

		ProblemGroup(List<LoadProblem> problems) {
			this.problems = problems;
		}

		@Override
		public boolean equals(Object obj) {
			return obj instanceof ProblemGroup;
		}

		@Override
		public int hashCode() {
			return ProblemGroup.class.hashCode();
		}
	}

	static final class ContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object inputElement) {
			DocumentCatalog.Snapshot snapshot = ((Input) inputElement).snapshot;
			if (snapshot == null) {
				return new Object[] { LOADING };
			}
			List<Object> roots = new ArrayList<>();
			for (DocumentKind kind : DocumentKind.values()) {
				List<DocumentSummary> documents = new ArrayList<>();
				for (DocumentSummary summary : snapshot.documents()) {
					if (summary.kind() == kind) {
						documents.add(summary);
					}
				}
				roots.add(new KindGroup(kind, documents));
			}
			if (!snapshot.problems().isEmpty()) {
				roots.add(new ProblemGroup(snapshot.problems()));
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parentElement) {
			if (parentElement instanceof KindGroup group) {
				return group.documents.toArray();
			}
			if (parentElement instanceof ProblemGroup group) {
				return group.problems.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof KindGroup group ? !group.documents.isEmpty()
					: element instanceof ProblemGroup problems && !problems.problems.isEmpty();
		}
	}

	/** Documents are the same document when their ids are, even after their title changed. */
	static final class Comparer implements IElementComparer {

		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof DocumentSummary x && b instanceof DocumentSummary y) {
				return x.id().equals(y.id());
			}
			return a == null ? b == null : a.equals(b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof DocumentSummary summary ? summary.id().hashCode() : element.hashCode();
		}
	}
}
