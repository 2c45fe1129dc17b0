package org.officebench.ui.archive.catalogue;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.officebench.core.Labels;
import org.officebench.core.archive.RetentionSchedule;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;

/** Asks 年度, 保管期限 (with what the retention schedule proposes for these file names) and 机构 for a batch. */
final class FilingDefaultsDialog extends TitleAreaDialog {

	private final ArchiveCatalogue catalogue;
	private final List<Path> files;
	private Combo year;
	private Combo retention;
	private Combo organization;
	private final List<String> orgCodes = new ArrayList<>();
	private FilingDefaults defaults;

	FilingDefaultsDialog(Shell parent, ArchiveCatalogue catalogue, List<Path> files) {
		super(parent);
		this.catalogue = catalogue;
		this.files = files;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Defaults_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Defaults_title);
		setMessage(NLS.bind(Messages.Defaults_message, files.size()));
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText(Messages.Defaults_year);
		year = new Combo(body, SWT.DROP_DOWN);
		year.add(Messages.Defaults_yearFromFile);
		int now = Year.now().getValue();
		for (int y = now; y > now - 10; y--) {
			year.add(Integer.toString(y));
		}
		year.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(year);

		new Label(body, SWT.NONE).setText(Messages.Defaults_retention);
		retention = new Combo(body, SWT.READ_ONLY);
		retention.add(Messages.Defaults_retentionAuto);
		for (RetentionPeriod period : RetentionPeriod.values()) {
			retention.add(Labels.retention(period));
		}
		retention.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(retention);
		new Label(body, SWT.NONE);
		Label proposal = new Label(body, SWT.WRAP);
		proposal.setText(proposal());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(proposal);

		new Label(body, SWT.NONE).setText(Messages.Defaults_organization);
		organization = new Combo(body, SWT.READ_ONLY);
		for (Organization org : catalogue.getOrganizations()) {
			if (org.getCode() != null && !org.getCode().isBlank()) {
				orgCodes.add(org.getCode());
				organization.add(org.getName() == null || org.getName().isBlank() ? org.getCode() : org.getCode() + "  " + org.getName()); //$NON-NLS-1$
			}
		}
		if (!orgCodes.isEmpty()) {
			organization.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(organization);
		return area;
	}

	/** What the 全宗's retention schedule proposes for the batch, counted per period, so the user can take it or not. */
	private String proposal() {
		RetentionSchedule schedule = RetentionSchedule.of(catalogue);
		Map<RetentionPeriod, Integer> counts = new EnumMap<>(RetentionPeriod.class);
		for (Path file : files) {
			String name = String.valueOf(file.getFileName());
			int dot = name.lastIndexOf('.');
			Optional<RetentionSchedule.Proposal> proposal = schedule.propose(dot > 0 ? name.substring(0, dot) : name);
			proposal.ifPresent(p -> counts.merge(p.retention(), 1, Integer::sum));
		}
		if (counts.isEmpty()) {
			return Messages.Defaults_noProposal;
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((period, count) -> parts.add(NLS.bind(Messages.Defaults_proposalPart, Labels.retention(period), count)));
		return NLS.bind(Messages.Defaults_proposal, String.join("，", parts)); //$NON-NLS-1$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Button_file, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Button_cancel, false);
	}

	@Override
	protected void okPressed() {
		Integer chosenYear = null;
		if (year.getSelectionIndex() != 0) {
			String text = year.getText().strip();
			if (!text.matches("\\d{4}")) { //$NON-NLS-1$
				setErrorMessage(Messages.Defaults_badYear);
				return;
			}
			chosenYear = Integer.valueOf(text);
		}
		int r = retention.getSelectionIndex();
		RetentionPeriod chosenRetention = r <= 0 ? null : RetentionPeriod.values()[r - 1];
		int o = organization.getSelectionIndex();
		defaults = new FilingDefaults(chosenYear, chosenRetention, o < 0 || o >= orgCodes.size() ? null : orgCodes.get(o));
		super.okPressed();
	}

	FilingDefaults defaults() {
		return defaults;
	}
}
