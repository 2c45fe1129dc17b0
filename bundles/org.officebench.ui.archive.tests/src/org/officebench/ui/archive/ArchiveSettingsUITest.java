package org.officebench.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.OfficeBenchPackage;
import org.officebench.model.Organization;
import org.officebench.ui.archive.settings.ArchiveSettingsPage;
import org.officebench.ui.editors.DocumentFormEditor;
import org.officebench.ui.editors.ModelFields;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.DocumentEditors;

/** 全宗设置: the 档号 template is checked as it is typed, only a usable one becomes an (undoable) edit. */
@ExtendWith(RunningWorkbench.class)
class ArchiveSettingsUITest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	@Test
	void aBrokenPatternIsShownWithItsProblemAndNeverReachesTheModel() throws IOException {
		OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.ARCHIVE, "全宗设置测试 " + System.nanoTime());
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		catalogue.setFondsCode("Z109");
		Organization org = OfficeBenchFactory.eINSTANCE.createOrganization();
		org.setCode("YYB");
		org.setName("营运部");
		catalogue.getOrganizations().add(org);
		document.save();
		DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(), document));
		Composite pageControl = UI.sync(() -> {
			editor.setActivePage(ArchiveSettingsPage.ID);
			IFormPage settings = editor.findPage(ArchiveSettingsPage.ID);
			return (Composite) settings.getPartControl();
		});
		Text pattern = UI.sync(() -> UI.findOne(pageControl, Text.class, t -> ArchiveSettingsPage.PATTERN_KEY.equals(t.getData(ModelFields.FEATURE_KEY))));
		Label problems = UI.sync(() -> UI.findOne(pageControl, Label.class, l -> ArchiveSettingsPage.PROBLEMS_KEY.equals(l.getData(ModelFields.FEATURE_KEY))));
		assertEquals(ArchivalCodeTemplate.DA_T_22_2015, UI.sync(pattern::getText));

		// Without {item} two 件 of a class would share a 档号.
		UI.run(() -> {
			pattern.setFocus();
			pattern.setText("{fonds}-{category}·{year}-{retention}-{org}");
		});
		String shown = UI.sync(problems::getText);
		assertFalse(shown.isBlank(), "the problem is shown as the pattern is typed");
		assertEquals(ArchivalCodeTemplate.DA_T_22_2015, UI.sync(catalogue::getArchivalCodePattern), "the model keeps the usable pattern");
		assertFalse(UI.sync(editor::isDirty), "nothing changed yet: " + shown);

		UI.run(() -> pattern.setText(ArchivalCodeTemplate.DA_T_13_2022));
		assertEquals("", UI.sync(problems::getText));
		assertTrue(UI.sync(editor::isDirty), "dirty as soon as a usable pattern is typed");
		UI.run(() -> pattern.notifyListeners(SWT.DefaultSelection, new Event())); // Enter commits it
		assertEquals(ArchivalCodeTemplate.DA_T_13_2022, UI.sync(catalogue::getArchivalCodePattern));
		assertTrue(UI.sync(editor::isDirty));
		UI.screenshot("archive-settings");

		UI.run(() -> editor.getEditingDomain().getCommandStack().undo());
		UI.waitFor("the field to follow the undo", () -> ArchivalCodeTemplate.DA_T_22_2015.equals(pattern.getText()) ? true : null);
		assertFalse(UI.sync(editor::isDirty));

		Table organizations = UI.sync(() -> UI.findOne(pageControl, Table.class, t -> ArchiveSettingsPage.ORGANIZATIONS_KEY.equals(t.getData(ModelFields.FEATURE_KEY))));
		assertEquals("YYB", UI.sync(() -> organizations.getItem(0).getText(0)));
		assertEquals("营运部", UI.sync(() -> organizations.getItem(0).getText(1)));
		UI.run(() -> page().closeEditor(editor, false));
	}

	@Test
	void afterRevertTheSettingsPageEditsTheCatalogueReadAgain() throws IOException {
		OfficeDocument document = OfficeBenchUI.repository().create(DocumentKind.ARCHIVE, "还原测试 " + System.nanoTime());
		((ArchiveCatalogue) document.root()).setFondsName("营运部");
		document.save();
		DocumentFormEditor editor = UI.sync(() -> (DocumentFormEditor) DocumentEditors.show(page(), document));
		UI.run(() -> editor.setActivePage(ArchiveSettingsPage.ID));
		ArchiveCatalogue before = (ArchiveCatalogue) document.root();
		UI.run(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), before,
				OfficeBenchPackage.Literals.ARCHIVE_CATALOGUE__FONDS_NAME, "改过的名称")));
		assertTrue(UI.sync(editor::isDirty));

		UI.async(editor::doRevert);
		Shell confirm = UI.waitFor("the revert question", () -> UI.shell(org.officebench.ui.internal.Messages.Revert_title));
		UI.run(() -> UI.findOne(confirm, Button.class, b -> org.officebench.ui.internal.Messages.Button_revert.equals(b.getText()))
				.notifyListeners(SWT.Selection, new Event()));
		UI.waitFor("the editor to be clean", () -> editor.isDirty() ? null : true);
		ArchiveCatalogue after = (ArchiveCatalogue) document.root();
		assertNotSame(before, after, "revert reads the file into new objects");
		assertEquals("营运部", after.getFondsName());

		// The page shown now is bound to the catalogue read again: typing there changes it, and only it.
		Composite pageControl = UI.sync(() -> (Composite) editor.findPage(ArchiveSettingsPage.ID).getPartControl());
		Text pattern = UI.sync(() -> UI.findOne(pageControl, Text.class, t -> ArchiveSettingsPage.PATTERN_KEY.equals(t.getData(ModelFields.FEATURE_KEY))));
		UI.run(() -> {
			pattern.setFocus();
			pattern.setText(ArchivalCodeTemplate.DA_T_13_2022);
		});
		UI.waitFor("the pause to commit the pattern", () -> ArchivalCodeTemplate.DA_T_13_2022.equals(after.getArchivalCodePattern()));
		assertTrue(UI.sync(editor::isDirty));
		UI.run(() -> page().closeEditor(editor, false));
	}
}
