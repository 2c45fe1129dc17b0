package org.officebench.ui.internal.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.internal.Messages;
import org.officebench.ui.internal.wizards.NewDocumentAction;
import org.officebench.ui.internal.wizards.NewDocumentDropDownAction;
import org.officebench.ui.kinds.DocumentKinds;

/**
 * Menus 文件 / 编辑 / 视图 / 窗口 / 帮助, the tool bar (新建, 保存, 撤销, 重做) and the status line. Kinds add their own items
 * through {@code org.eclipse.ui.menus} ({@code menu:view?after=kinds}, a tool bar of their own in the main one).
 */
public class ApplicationActionBarAdvisor extends ActionBarAdvisor {

	/** The group of the 视图 menu where kinds add their views: {@code menu:view?after=kinds}. */
	public static final String VIEW_KINDS = "kinds"; //$NON-NLS-1$

	private IAction newDropDown;
	private IAction[] newDocument;
	private IAction save;
	private IAction saveAll;
	private IAction revert;
	private IAction close;
	private IAction closeAll;
	private IAction quit;
	private IAction undo;
	private IAction redo;
	private IAction delete;
	private IAction refresh;
	private IAction showNavigator;
	private IAction showProperties;
	private IAction showStart;
	private IAction preferences;
	private IAction about;

	public ApplicationActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		newDropDown = new NewDocumentDropDownAction(window);
		newDocument = DocumentKinds.all().stream().filter(kind -> kind.newWizardId() != null)
				.map(kind -> new NewDocumentAction(window, kind)).toArray(IAction[]::new);
		save = standard(ActionFactory.SAVE, window, Messages.Action_save);
		saveAll = standard(ActionFactory.SAVE_ALL, window, Messages.Action_saveAll);
		revert = standard(ActionFactory.REVERT, window, Messages.Action_revert);
		close = standard(ActionFactory.CLOSE, window, Messages.Action_close);
		closeAll = standard(ActionFactory.CLOSE_ALL, window, Messages.Action_closeAll);
		quit = standard(ActionFactory.QUIT, window, Messages.Action_exit);
		undo = standard(ActionFactory.UNDO, window, Messages.Action_undo);
		redo = standard(ActionFactory.REDO, window, Messages.Action_redo);
		delete = standard(ActionFactory.DELETE, window, Messages.Action_delete);
		refresh = standard(ActionFactory.REFRESH, window, Messages.Action_refresh);
		showNavigator = new ShowViewAction(window, OfficeBenchUI.NAVIGATOR_VIEW_ID, Messages.Action_showNavigator,
				OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_REPOSITORY));
		showProperties = new ShowViewAction(window, OfficeBenchUI.PROPERTIES_VIEW_ID, Messages.Action_showProperties,
				OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_PROPERTIES));
		showStart = new org.eclipse.jface.action.Action(Messages.Action_showStart,
				OfficeBenchUI.imageDescriptor(OfficeBenchUI.IMAGE_APP)) {
			@Override
			public void run() {
				if (window.getActivePage() != null) {
					StartPage.open(window.getActivePage());
					window.getActivePage().activate(window.getActivePage().findEditor(StartPage.INPUT));
				}
			}
		};
		showStart.setId("org.officebench.ui.show.start"); //$NON-NLS-1$
		preferences = new PreferencesAction(window);
		about = new AboutAction(window);
		register(showNavigator);
		register(showProperties);
		register(preferences);
		register(about);
	}

	/** A workbench action with our label (the workbench's own labels are English without a language pack). */
	private IAction standard(ActionFactory factory, IWorkbenchWindow window, String text) {
		IAction action = factory.create(window);
		action.setText(text);
		action.setToolTipText(text.replaceAll("\\(&.\\)|&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.Menu_new, "new"); //$NON-NLS-1$
		for (IAction action : newDocument) {
			newMenu.add(action);
		}
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(revert);
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager view = new MenuManager(Messages.Menu_view, "view"); //$NON-NLS-1$
		view.add(showNavigator);
		view.add(showProperties);
		view.add(new Separator(VIEW_KINDS)); // the kinds' views (四性检测, 检索, …) come through org.eclipse.ui.menus
		view.add(new Separator());
		view.add(showStart);
		view.add(new Separator());
		view.add(refresh);
		view.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(preferences);

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(view);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	@Override
	protected void fillCoolBar(ICoolBarManager coolBar) {
		IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolBar.add(newDropDown);
		toolBar.add(save);
		toolBar.add(new Separator());
		toolBar.add(undo);
		toolBar.add(redo);
		coolBar.add(new ToolBarContributionItem(toolBar, "org.officebench.ui.toolbar.main")); //$NON-NLS-1$
	}

	@Override
	protected void fillStatusLine(IStatusLineManager statusLine) {
		RepositoryStatus.addTo(statusLine);
	}
}
