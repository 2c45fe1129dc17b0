package org.officebench.ui.internal.wizards;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuCreator;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchWindow;
import org.officebench.ui.kinds.DocumentKindDescriptor;
import org.officebench.ui.kinds.DocumentKinds;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;

/** The toolbar's 新建 button: a click asks for kind and title; its arrow lists the kinds. */
public class NewDocumentDropDownAction extends Action implements IMenuCreator {

	private final IWorkbenchWindow window;
	private Menu menu;

	public NewDocumentDropDownAction(IWorkbenchWindow window) {
		super(Messages.Action_newAny, IAction.AS_DROP_DOWN_MENU);
		this.window = window;
		setId("org.officebench.ui.new.dropDown"); //$NON-NLS-1$
		setToolTipText(Messages.Action_newAnyTooltip);
		setImageDescriptor(OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_NEW));
		setMenuCreator(this);
	}

	@Override
	public void run() {
		NewDocumentAction.open(window, null);
	}

	@Override
	public Menu getMenu(Control parent) {
		dispose();
		menu = new Menu(parent);
		for (DocumentKindDescriptor kind : DocumentKinds.all()) {
			if (kind.newWizardId() == null) {
				continue;
			}
			new ActionContributionItem(new NewDocumentAction(window, kind)).fill(menu, -1);
		}
		return menu;
	}

	@Override
	public Menu getMenu(Menu parent) {
		return null;
	}

	@Override
	public void dispose() {
		if (menu != null) {
			menu.dispose();
			menu = null;
		}
	}
}
