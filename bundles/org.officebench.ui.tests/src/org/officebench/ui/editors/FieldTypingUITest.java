package org.officebench.ui.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.DocumentKind;
import org.officebench.ui.DocumentEditors;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;

/**
 * Typing in a form field is one command when the edit is committed (Enter, the focus leaving, a pause), never an undo
 * and a re-execute per keystroke: the keys are typed for real, through the window system.
 */
@ExtendWith(RunningWorkbench.class)
class FieldTypingUITest {

	private static final String TYPED = "abcdefghijklmnopqrst"; // 20 characters

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	private static void undo() {
		UI.run(() -> {
			try {
				PlatformUI.getWorkbench().getWorkbenchWindows()[0].getService(IHandlerService.class)
						.executeCommand("org.eclipse.ui.edit.undo", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static DocumentFormEditor open(String title) {
		return UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(),
				OfficeBenchUI.repository().create(DocumentKind.POLICY, title)));
	}

	@Test
	void twentyKeysThenEnterAreOneCommandAndOneUndoRestoresTheTitle() {
		String title = "键入测试 " + System.nanoTime();
		DocumentFormEditor editor = open(title);
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		AtomicInteger events = new AtomicInteger();
		CommandStackListener counter = event -> events.incrementAndGet();
		UI.run(() -> editor.document().commandStack().addCommandStackListener(counter));
		try {
			UI.focus(field);
			UI.run(() -> field.setSelection(field.getText().length()));
			UI.type(TYPED);
			UI.waitFor("the typed keys in the 标题 field", () -> field.getText().equals(title + TYPED));
			assertTrue(UI.sync(editor::isDirty), "the editor is dirty as soon as the text differs");
			UI.type("\r");
			UI.waitFor("Enter to commit the title", () -> (title + TYPED).equals(editor.document().root().getTitle()));
			assertTrue(events.get() >= 1 && events.get() <= 2,
					"one command for the whole typing, not one per key: the stack changed " + events.get() + " times");
			assertTrue(UI.sync(editor::isDirty));

			undo(); // what Ctrl+Z runs
			assertEquals(title, UI.sync(() -> editor.document().root().getTitle()), "one Undo restores the old title");
			assertEquals(title, UI.sync(field::getText), "and the field shows it");
			assertFalse(UI.sync(editor::isDirty), "back at the saved state");
			assertFalse(UI.sync(() -> editor.document().commandStack().canUndo()), "nothing else was on the stack");
		} finally {
			UI.run(() -> {
				editor.document().commandStack().removeCommandStackListener(counter);
				page().closeEditor(editor, false);
			});
		}
	}

	@Test
	void undoRightAfterTypingRestoresTheTitleWithoutWaitingForThePause() {
		String title = "撤销键入测试 " + System.nanoTime();
		DocumentFormEditor editor = open(title);
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		AtomicInteger events = new AtomicInteger();
		CommandStackListener counter = event -> events.incrementAndGet();
		UI.run(() -> editor.document().commandStack().addCommandStackListener(counter));
		try {
			UI.focus(field);
			UI.run(() -> field.setSelection(field.getText().length()));
			UI.type(TYPED);
			UI.waitFor("the typed keys in the 标题 field", () -> field.getText().equals(title + TYPED));
			undo(); // at once, within the pause: the pending text is committed and undone
			assertEquals(title, UI.sync(field::getText), "Undo after typing restores the old title");
			assertEquals(title, UI.sync(() -> editor.document().root().getTitle()));
			assertFalse(UI.sync(editor::isDirty));
			assertTrue(events.get() <= 2, "the typing was one command: the stack changed " + events.get() + " times");
			// Nothing is committed later by a pause that was still pending.
			UI.sleepFor(ModelFields.COMMIT_DELAY_MS * 2L);
			assertEquals(title, UI.sync(() -> editor.document().root().getTitle()));
			assertFalse(UI.sync(editor::isDirty));
		} finally {
			UI.run(() -> {
				editor.document().commandStack().removeCommandStackListener(counter);
				page().closeEditor(editor, false);
			});
		}
	}

	@Test
	void aPauseCommitsTheTypingAsOneCommand() {
		String title = "停顿测试 " + System.nanoTime();
		DocumentFormEditor editor = open(title);
		Text field = UI.sync(() -> editor.overviewPage().titleField());
		AtomicInteger events = new AtomicInteger();
		CommandStackListener counter = event -> events.incrementAndGet();
		UI.run(() -> editor.document().commandStack().addCommandStackListener(counter));
		try {
			UI.focus(field);
			UI.run(() -> field.setSelection(field.getText().length()));
			UI.type(TYPED);
			UI.waitFor("the pause to commit the title", () -> (title + TYPED).equals(editor.document().root().getTitle()));
			assertTrue(events.get() <= 2, "the stack changed " + events.get() + " times");
			assertTrue(UI.sync(() -> field.isFocusControl()), "the field keeps the focus");
			undo();
			assertEquals(title, UI.sync(() -> editor.document().root().getTitle()));
			assertEquals(title, UI.sync(field::getText));
		} finally {
			UI.run(() -> {
				editor.document().commandStack().removeCommandStackListener(counter);
				page().closeEditor(editor, false);
			});
		}
	}
}
