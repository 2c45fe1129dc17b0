package org.officebench.ui.editors;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.officebench.ui.internal.Messages;

/**
 * Shared by the document editors: binds the workbench's Undo, Redo and Revert to the active editor's command
 * stack. The Undo and Redo labels say what they would undo or redo.
 */
public class DocumentActionBarContributor extends EditorActionBarContributor {

	private final class StackAction extends Action {
		private final boolean undo;

		StackAction(boolean undo) {
			this.undo = undo;
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			setImageDescriptor(images.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
			setDisabledImageDescriptor(images.getImageDescriptor(
					undo ? ISharedImages.IMG_TOOL_UNDO_DISABLED : ISharedImages.IMG_TOOL_REDO_DISABLED));
			setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo"); //$NON-NLS-1$ //$NON-NLS-2$
			update();
		}

		@Override
		public void run() {
			if (stack == null) {
				return;
			}
			if (editor instanceof DocumentFormEditor documentEditor) {
				// Typed text not yet committed is one command first: typing then Undo restores the text from before.
				documentEditor.commitPendingEdits();
			}
			if (undo ? stack.canUndo() : stack.canRedo()) {
				if (undo) {
					stack.undo();
				} else {
					stack.redo();
				}
			}
		}

		void update() {
			boolean pending = editor instanceof DocumentFormEditor documentEditor && documentEditor.hasPendingEdits();
			Command command = stack == null || pending ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
			// With typed text not yet committed, Undo undoes that typing and there is nothing to redo.
			setEnabled(stack != null && (undo ? pending || stack.canUndo() : !pending && stack.canRedo()));
			String label = command == null ? null : command.getLabel();
			if (label == null || label.isBlank()) {
				setText(undo ? Messages.Action_undo : Messages.Action_redo);
			} else {
				setText(NLS.bind(undo ? Messages.Action_undoCommand : Messages.Action_redoCommand, label));
			}
			setToolTipText(getText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private final StackAction undoAction = new StackAction(true);
	private final StackAction redoAction = new StackAction(false);
	private final Action revertAction = new Action(Messages.Action_revert) {
		@Override
		public void run() {
			if (editor instanceof DocumentFormEditor documentEditor) {
				documentEditor.doRevert();
			}
		}
	};
	private final CommandStackListener listener = this::stackChanged;
	private IEditorPart editor;
	private CommandStack stack;

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		shareGlobalActions(bars);
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revertAction);
	}

	/** Puts this contributor's Undo and Redo into other action bars (the Properties view's, for example). */
	public void shareGlobalActions(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		bars.updateActionBars();
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (stack != null) {
			stack.removeCommandStackListener(listener);
		}
		editor = part;
		stack = part instanceof IEditingDomainProvider provider && provider.getEditingDomain() != null
				? provider.getEditingDomain().getCommandStack()
				: null;
		if (stack != null) {
			stack.addCommandStackListener(listener);
		}
		updateActions();
	}

	private void stackChanged(EventObject event) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (Display.getCurrent() != display) {
			display.asyncExec(this::updateActions);
		} else {
			updateActions();
		}
	}

	/** Brings enablement and labels up to date with the command stack. */
	public void updateActions() {
		undoAction.update();
		redoAction.update();
		revertAction.setEnabled(editor != null && editor.isDirty());
	}

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(listener);
			stack = null;
		}
		editor = null;
		super.dispose();
	}
}
