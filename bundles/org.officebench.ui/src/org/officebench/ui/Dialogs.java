package org.officebench.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.officebench.ui.internal.Messages;

/**
 * Message dialogs with button labels in the workbench's language (JFace's own labels come from language packs
 * that are not installed, so they would be English).
 */
public final class Dialogs {

	/** Answers of {@link #askSave}. */
	public static final int SAVE = 0, DISCARD = 1, CANCEL = 2;

	private Dialogs() {
	}

	public static void error(Shell shell, String title, String message) {
		new MessageDialog(shell, title, null, message, MessageDialog.ERROR, 0, Messages.Button_ok).open();
	}

	public static void info(Shell shell, String title, String message) {
		new MessageDialog(shell, title, null, message, MessageDialog.INFORMATION, 0, Messages.Button_ok).open();
	}

	/** @return true when the user chose {@code yesLabel} */
	public static boolean confirm(Shell shell, String title, String message, String yesLabel) {
		return new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 0, yesLabel,
				Messages.Button_cancel).open() == 0;
	}

	/** @return {@link #SAVE}, {@link #DISCARD} or {@link #CANCEL} (also when the dialog is closed) */
	public static int askSave(Shell shell, String title, String message) {
		int answer = new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, 0, Messages.Button_save,
				Messages.Button_discard, Messages.Button_cancel).open();
		return answer == SAVE || answer == DISCARD ? answer : CANCEL;
	}
}
