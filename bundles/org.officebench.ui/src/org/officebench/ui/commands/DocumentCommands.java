package org.officebench.ui.commands;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.officebench.ui.OfficeBenchUI;

/**
 * Commands one part of the workbench asks of whichever kind handles them, so that no UI bundle imports another: the
 * 检索 view asks to show a hit's element in its document (the archive shows the 件's row in its 归档文件目录), or to open
 * its original file. Their ids and parameters are declared in the shell's plugin.xml.
 */
public final class DocumentCommands {

	/** Shows a document, and the element named by {@link #ELEMENT} in it when its kind can (e.g. a 件 by 档号). */
	public static final String SHOW_IN_DOCUMENT = "org.officebench.ui.commands.showInDocument"; //$NON-NLS-1$

	/** Opens the original (stored) file of an element of a document with the system's program. */
	public static final String OPEN_ORIGINAL = "org.officebench.ui.commands.openOriginal"; //$NON-NLS-1$

	/** Parameter: the document's id. */
	public static final String DOCUMENT = "documentId"; //$NON-NLS-1$
	/** Parameter: the document's title, for progress and messages. */
	public static final String TITLE = "title"; //$NON-NLS-1$
	/** Parameter: the element's id inside the document (e.g. the 件's id). */
	public static final String ELEMENT = "elementId"; //$NON-NLS-1$
	/** Parameter: the element's name as the user knows it (e.g. its 档号). */
	public static final String ELEMENT_LABEL = "elementLabel"; //$NON-NLS-1$

	private DocumentCommands() {
	}

	/**
	 * Runs a command with its parameters (null values are left out), on the UI thread. A command that no installed
	 * bundle handles is logged and does nothing.
	 *
	 * @return true when a handler ran it
	 */
	public static boolean execute(IWorkbenchWindow window, String commandId, String documentId, String title,
			String elementId, String elementLabel) {
		ICommandService commands = window.getService(ICommandService.class);
		IHandlerService handlers = window.getService(IHandlerService.class);
		Command command = commands.getCommand(commandId);
		Map<String, String> parameters = new HashMap<>();
		put(parameters, DOCUMENT, documentId);
		put(parameters, TITLE, title);
		put(parameters, ELEMENT, elementId);
		put(parameters, ELEMENT_LABEL, elementLabel);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
			return true;
		} catch (Exception e) {
			OfficeBenchUI.log("Cannot run " + commandId + " on " + documentId, e); //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
	}

	private static void put(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}
}
