package org.officebench.ui.internal.journal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.officebench.ui.Dialogs;
import org.officebench.ui.internal.Messages;

/**
 * Lists the documents whose unsaved changes an earlier session left: title, kind, when they were journaled, when the
 * file was saved, and, for the selected one, what the changes are. 恢复 and 放弃 act on the selected document;
 * 以后再说 keeps the rest for the next start.
 */
final class RecoveryDialog extends Dialog {

	static final int RECOVER_ID = IDialogConstants.CLIENT_ID + 1;
	static final int DISCARD_ID = IDialogConstants.CLIENT_ID + 2;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$

	private final List<RecoveryOffer.Offer> offers;
	private final Consumer<RecoveryOffer.Offer> recover;
	private final Consumer<RecoveryOffer.Offer> discard;
	private Table table;
	private Text changes;

	RecoveryDialog(Shell parent, List<RecoveryOffer.Offer> offers, Consumer<RecoveryOffer.Offer> recover,
			Consumer<RecoveryOffer.Offer> discard) {
		super(parent);
		this.offers = new ArrayList<>(offers);
		this.recover = recover;
		this.discard = discard;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Recovery_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label message = new Label(area, SWT.WRAP);
		message.setText(Messages.Recovery_message);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(message);

		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { Messages.Recovery_columnDocument, "240" }, //$NON-NLS-1$
				{ Messages.Recovery_columnKind, "80" }, { Messages.Recovery_columnJournaled, "150" }, //$NON-NLS-1$ //$NON-NLS-2$
				{ Messages.Recovery_columnSaved, "150" } }) { //$NON-NLS-1$
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		for (RecoveryOffer.Offer offer : offers) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { title(offer), offer.entry().kind().label(), time(offer.entry().journaled()),
					time(offer.entry().saved()) });
			item.setData(offer);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 120).applyTo(table);
		table.addListener(SWT.Selection, event -> showSelected());

		Label label = new Label(area, SWT.NONE);
		label.setText(Messages.Recovery_changes);
		changes = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 160).applyTo(changes);
		table.setSelection(0);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RECOVER_ID, Messages.Recovery_recover, true);
		createButton(parent, DISCARD_ID, Messages.Recovery_discard, false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Recovery_later, false);
		showSelected();
	}

	private static String title(RecoveryOffer.Offer offer) {
		String title = offer.entry().title();
		return title == null || title.isBlank() ? Messages.Document_untitled : title;
	}

	private static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	private RecoveryOffer.Offer selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : (RecoveryOffer.Offer) table.getItem(index).getData();
	}

	/** What the selected document's journal would change; the buttons follow what can be done with it. */
	private void showSelected() {
		RecoveryOffer.Offer offer = selected();
		StringBuilder text = new StringBuilder();
		if (offer != null) {
			if (offer.problem() != null) {
				text.append(NLS.bind(Messages.Recovery_unreadable, offer.entry().file(), offer.problem()));
			} else {
				if (offer.entry().isOlderThanSaved()) {
					text.append(Messages.Recovery_olderThanSaved).append('\n');
				}
				for (String change : offer.recovery().changes()) {
					text.append("\u00b7 ").append(change).append('\n'); //$NON-NLS-1$
				}
			}
		}
		if (changes != null && !changes.isDisposed()) {
			changes.setText(text.toString().strip());
		}
		Button recoverButton = getButton(RECOVER_ID);
		if (recoverButton != null) {
			recoverButton.setEnabled(offer != null && offer.recovery() != null);
		}
		Button discardButton = getButton(DISCARD_ID);
		if (discardButton != null) {
			discardButton.setEnabled(offer != null);
		}
	}

	/** The text of the changes shown (tests read it). */
	String shownChanges() {
		return changes.getText();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		RecoveryOffer.Offer offer = selected();
		if ((buttonId == RECOVER_ID || buttonId == DISCARD_ID) && offer != null) {
			if (buttonId == DISCARD_ID && !Dialogs.confirm(getShell(), Messages.Recovery_title,
					NLS.bind(Messages.Recovery_discardQuestion, title(offer)), Messages.Recovery_discard)) {
				return;
			}
			int index = table.getSelectionIndex();
			table.remove(index);
			(buttonId == RECOVER_ID ? recover : discard).accept(offer);
			if (table.getItemCount() == 0) {
				setReturnCode(OK);
				close();
				return;
			}
			table.setSelection(Math.min(index, table.getItemCount() - 1));
			showSelected();
			return;
		}
		super.buttonPressed(buttonId);
	}
}
