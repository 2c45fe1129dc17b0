package org.officebench.ui.flowchart;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.Document;
import org.officebench.model.Flowchart;
import org.officebench.model.Step;
import org.officebench.ui.editors.DocumentFormEditor;

/** 流程图 editor: the common fields; lanes, steps and risk points are summarized. */
public class FlowchartEditor extends DocumentFormEditor {

	@Override
	protected List<String> describeContent(Document root) {
		Flowchart flowchart = (Flowchart) root;
		int risks = 0;
		for (Step step : flowchart.getSteps()) {
			risks += step.getRisks().size();
		}
		List<String> lines = new ArrayList<>();
		if (flowchart.getPost() != null && !flowchart.getPost().isBlank()) {
			lines.add(NLS.bind(Messages.Summary_flowchartPost, flowchart.getPost()));
		}
		lines.add(NLS.bind(Messages.Summary_flowchartCounts, new Object[] { flowchart.getLanes().size(),
				flowchart.getSteps().size(), flowchart.getLinks().size() }));
		lines.add(NLS.bind(Messages.Summary_flowchartRisks, risks));
		return lines;
	}
}
