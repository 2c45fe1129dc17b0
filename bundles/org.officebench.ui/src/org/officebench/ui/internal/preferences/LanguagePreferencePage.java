package org.officebench.ui.internal.preferences;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.officebench.ui.Dialogs;
import org.officebench.ui.internal.Messages;

/** 语言 / Language: which language the workbench starts in next time. */
public class LanguagePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final String[] LANGUAGES = { LanguageSettings.SIMPLIFIED, LanguageSettings.TRADITIONAL,
			LanguageSettings.ENGLISH };
	/** Each language named in itself, so that anyone can find their own. */
	private static final String[] NAMES = { "\u7b80\u4f53\u4e2d\u6587", "\u7e41\u9ad4\u4e2d\u6587", "English" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final LanguageSettings settings;
	private Button[] buttons;
	private String initial;

	public LanguagePreferencePage() {
		this(LanguageSettings.ofUser());
	}

	LanguagePreferencePage(LanguageSettings settings) {
		this.settings = settings;
		noDefaultAndApplyButton();
		setDescription(Messages.Language_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to prepare
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		Group group = new Group(composite, SWT.NONE);
		group.setText(Messages.Language_group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		try {
			initial = settings.language(Platform.getNL());
		} catch (IOException e) {
			initial = LanguageSettings.normalize(Platform.getNL());
			setErrorMessage(NLS.bind(Messages.Language_cannotRead, settings.file(), e.getMessage()));
		}
		buttons = new Button[LANGUAGES.length];
		for (int i = 0; i < LANGUAGES.length; i++) {
			buttons[i] = new Button(group, SWT.RADIO);
			buttons[i].setText(NAMES[i]);
			buttons[i].setData(LANGUAGES[i]);
			buttons[i].setSelection(LANGUAGES[i].equals(initial));
		}
		Label note = new Label(composite, SWT.WRAP);
		note.setText(Messages.Language_note);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(note);
		return composite;
	}

	/** The language chosen on the page. */
	String selectedLanguage() {
		for (Button button : buttons) {
			if (button.getSelection()) {
				return (String) button.getData();
			}
		}
		return initial;
	}

	@Override
	public boolean performOk() {
		if (buttons == null) {
			return true;
		}
		String language = selectedLanguage();
		if (language.equals(initial)) {
			return true;
		}
		try {
			settings.setLanguage(language);
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Language_cannotWrite, settings.file(), e.getMessage()));
			return false;
		}
		initial = language;
		Dialogs.info(getShell(), Messages.Language_savedTitle, Messages.Language_saved);
		return true;
	}
}
