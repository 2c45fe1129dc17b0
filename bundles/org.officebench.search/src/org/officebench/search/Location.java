package org.officebench.search;

import org.eclipse.osgi.util.NLS;

/**
 * Where in a 件 or document a part of its text comes from: a file of the 件, an article of a policy, an agenda item,
 * decision or action item of minutes, a step of a flowchart, or the document's own details.
 *
 * @param number    1-based: the article (counted through the policy), agenda item, decision or action item number; 0
 *                  when not numbered, and for a chapter's heading
 * @param subNumber the chapter of an article; 0 otherwise
 * @param name      a file name as filed, a chapter title, an agenda title, a step name; may be empty
 * @param anchor    what the UI opens for it: a file's SHA-256, a step's or action item's id; may be empty
 */
public record Location(Type type, int number, int subNumber, String name, String anchor) {

	public enum Type {
		/** Title, meeting details, post: the head of a document. */
		DETAILS, FILE, ARTICLE, AGENDA, DECISION, ACTION, STEP
	}

	/** For the user, in the current language: 营运部工作总结.pdf, 第2章 第5条, 议题2：…, 步骤：现场巡检. */
	public String label() {
		return switch (type) {
		case DETAILS -> Messages.Location_details;
		case FILE -> name;
		case ARTICLE -> number == 0 ? NLS.bind(Messages.Location_chapter, Integer.toString(subNumber), name)
				: NLS.bind(Messages.Location_article, Integer.toString(subNumber), Integer.toString(number));
		case AGENDA -> NLS.bind(Messages.Location_agenda, Integer.toString(number), name);
		case DECISION -> NLS.bind(Messages.Location_decision, Integer.toString(number));
		case ACTION -> NLS.bind(Messages.Location_action, Integer.toString(number), name);
		case STEP -> NLS.bind(Messages.Location_step, name);
		};
	}
}
