package org.officebench.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.officebench.core.DocumentKind;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.kinds.DocumentKinds;
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
		final String kind;
		final String label;
		final org.eclipse.swt.graphics.Image image;
		final List<DocumentSummary> documents;

		KindGroup(String kind, String label, org.eclipse.swt.graphics.Image image, List<DocumentSummary> documents) {
			this.kind = kind;
			this.label = label;
			this.image = image;
			this.documents = documents;
		}

		@Override
		public boolean equals(Object obj) {
			return obj instanceof KindGroup other && other.kind.equals(kind);
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
			// One group per contributed kind; documents of a kind no installed bundle contributes still show.
			java.util.Set<String> shown = new java.util.HashSet<>();
			for (DocumentKindDescriptor kind : DocumentKinds.all()) {
				roots.add(new KindGroup(kind.key(), kind.label(), DocumentKinds.image(kind), documentsOf(snapshot, kind.key())));
				shown.add(kind.key());
			}
			for (DocumentKind kind : DocumentKind.values()) {
				List<DocumentSummary> documents = documentsOf(snapshot, kind.key());
				if (!shown.contains(kind.key()) && !documents.isEmpty()) {
					roots.add(new KindGroup(kind.key(), kind.label(), null, documents));
				}
			}
			if (!snapshot.problems().isEmpty()) {
				roots.add(new ProblemGroup(snapshot.problems()));
			}
			return roots.toArray();
		}

		private static List<DocumentSummary> documentsOf(DocumentCatalog.Snapshot snapshot, String key) {
			List<DocumentSummary> documents = new ArrayList<>();
			for (DocumentSummary summary : snapshot.documents()) {
				if (summary.kind().key().equals(key)) {
					documents.add(summary);
				}
			}
			return documents;
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
