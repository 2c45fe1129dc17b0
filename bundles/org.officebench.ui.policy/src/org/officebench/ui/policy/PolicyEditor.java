package org.officebench.ui.policy;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.Chapter;
import org.officebench.model.Document;
import org.officebench.model.PolicyDocument;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.editors.DocumentFormEditor;

/** 制度 editor: the common fields; chapters and articles are summarized. */
public class PolicyEditor extends DocumentFormEditor {

	@Override
	protected List<String> describeContent(Document root) {
		PolicyDocument policy = (PolicyDocument) root;
		int articles = 0;
		for (Chapter chapter : policy.getChapters()) {
			articles += chapter.getArticles().size();
		}
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.Summary_policyCounts, policy.getChapters().size(), articles));
		if (policy.getVersion() != null && !policy.getVersion().isBlank()) {
			lines.add(NLS.bind(Messages.Summary_policyVersion, policy.getVersion()));
		}
		if (policy.getEffectiveDate() != null) {
			lines.add(NLS.bind(Messages.Summary_policyEffective, DocumentLabels.date(policy.getEffectiveDate())));
		}
		return lines;
	}
}
