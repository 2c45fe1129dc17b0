package org.officebench.ui.kinds;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.officebench.ui.ReadOnlyEditorPart;

/** The editor of the test fragment's own document kind (fragment.xml). */
public class TestNoteEditor extends ReadOnlyEditorPart {

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
	}

	@Override
	public void createPartControl(Composite parent) {
		new Label(parent, SWT.NONE).setText("测试便笺");
	}

	@Override
	public void setFocus() {
	}
}
