package org.officebench.ui.search;

import org.eclipse.ui.IWorkbenchPage;
import org.officebench.search.Hit;
import org.officebench.ui.commands.DocumentCommands;

/**
 * Opens what a result stands for, through the commands the kinds handle: its document with the 件 shown (the archive
 * shows its row in the 归档文件目录), or the 件's stored file.
 */
final class Opening {

	private Opening() {
	}

	/** 在目录中打开: the hit's document, with its 件 shown when it is one. */
	static void openInCatalogue(IWorkbenchPage page, Hit hit) {
		DocumentCommands.execute(page.getWorkbenchWindow(), DocumentCommands.SHOW_IN_DOCUMENT, hit.documentId(), hit.title(),
				hit.itemId(), hit.archivalCode());
	}

	/** 打开原文件: the 件's first stored file, with the system's program. */
	static void openFile(IWorkbenchPage page, Hit hit) {
		DocumentCommands.execute(page.getWorkbenchWindow(), DocumentCommands.OPEN_ORIGINAL, hit.documentId(), hit.title(),
				hit.itemId(), hit.archivalCode());
	}
}
