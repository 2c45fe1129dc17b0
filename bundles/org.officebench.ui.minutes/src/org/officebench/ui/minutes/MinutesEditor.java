package org.officebench.ui.minutes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.officebench.model.ActionItem;
import org.officebench.model.ActionStatus;
import org.officebench.model.Document;
import org.officebench.model.MeetingMinutes;
import org.officebench.ui.DocumentLabels;
import org.officebench.ui.editors.DocumentFormEditor;

/** 会议纪要 editor: the common fields; the meeting, its agenda, decisions and action items are summarized. */
public class MinutesEditor extends DocumentFormEditor {

	@Override
	protected List<String> describeContent(Document root) {
		MeetingMinutes minutes = (MeetingMinutes) root;
		List<String> lines = new ArrayList<>();
		if (minutes.getMeetingDate() != null || minutes.getLocation() != null) {
			lines.add(NLS.bind(Messages.Summary_minutesMeeting, DocumentLabels.date(minutes.getMeetingDate()),
					minutes.getLocation() == null ? "" : minutes.getLocation())); //$NON-NLS-1$
		}
		if (minutes.getChair() != null || minutes.getRecorder() != null) {
			lines.add(NLS.bind(Messages.Summary_minutesPeople, minutes.getChair() == null ? "" : minutes.getChair(), //$NON-NLS-1$
					minutes.getRecorder() == null ? "" : minutes.getRecorder())); //$NON-NLS-1$
		}
		int open = 0;
		for (ActionItem item : minutes.getActionItems()) {
			if (item.getStatus() != ActionStatus.DONE && item.getStatus() != ActionStatus.CANCELLED) {
				open++;
			}
		}
		lines.add(NLS.bind(Messages.Summary_minutesCounts, new Object[] { minutes.getAttendees().size(),
				minutes.getAgendaItems().size(), minutes.getDecisions().size() }));
		lines.add(NLS.bind(Messages.Summary_minutesActions, minutes.getActionItems().size(), open));
		return lines;
	}
}
