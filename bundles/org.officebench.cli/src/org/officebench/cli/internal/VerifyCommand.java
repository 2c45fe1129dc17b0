package org.officebench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.officebench.archive.verify.CatalogueVerifier;
import org.officebench.archive.verify.Check;
import org.officebench.archive.print.CjkFontException;
import org.officebench.archive.verify.Finding;
import org.officebench.archive.verify.ReportExport;
import org.officebench.archive.verify.VerificationReport;
import org.officebench.core.DocumentLoadException;
import org.officebench.core.Repository;
import org.officebench.core.RepositoryException;
import org.officebench.core.RepositoryService;
import org.officebench.core.util.Text;

/**
 * {@code verify [--json] [--fonds F] [--out FILE.pdf|FILE.xlsx]}: the 四性检测 (DA/T 70-2018) of every archive
 * catalogue, or of those of one 全宗, optionally also written as a report file. Exit 0 when all four checks pass
 * (warnings allowed), 1 when any fails or the report cannot be written, 2 for a report file of another kind.
 */
final class VerifyCommand {

	private final PrintStream out;
	private final PrintStream err;
	private final RepositoryService service;

	VerifyCommand(PrintStream out, PrintStream err, RepositoryService service) {
		this.out = out;
		this.err = err;
		this.service = service;
	}

	int run(Path repo, Arguments a) throws Cli.UsageException, RepositoryException, DocumentLoadException {
		boolean json = a.flag("--json"); //$NON-NLS-1$
		String fonds = a.option("--fonds"); //$NON-NLS-1$
		String outText = a.option("--out"); //$NON-NLS-1$
		boolean clean = a.flag("--clean-orphans"); //$NON-NLS-1$
		a.noMore(0);
		Path outFile = outText == null ? null : Path.of(outText.strip());
		if (outFile != null && ReportExport.Format.of(outFile).isEmpty()) {
			throw new Cli.UsageException(NLS.bind(Messages.Error_verifyOut, outText));
		}
		if (!service.isRepository(repo)) {
			throw new RepositoryException(NLS.bind(Messages.Error_noRepository, repo.toAbsolutePath()));
		}
		if (outFile != null && !ExportCommand.isWritableTarget(outFile)) {
			err.println(Text.oneLine(NLS.bind(Messages.Error_exportNotRegular, outFile.toAbsolutePath())));
			return Cli.FAILURE;
		}
		// Removing needs the repository's lock; checking alone reads beside a running workbench.
		try (Repository repository = clean ? service.open(repo, Cli.user(), false) : service.openForReading(repo, Cli.user())) {
			if (clean) {
				try {
					CatalogueVerifier.Cleaned cleaned = new CatalogueVerifier().cleanOrphans(repository);
					(json ? err : out).println(NLS.bind(Messages.Verify_cleaned, Integer.toString(cleaned.files()), Long.toString(cleaned.bytes())));
				} catch (IOException e) {
					err.println(Text.oneLine(NLS.bind(Messages.Error_io, e.getMessage())));
					return Cli.FAILURE;
				}
			}
			VerificationReport report = new CatalogueVerifier().verifyAll(repository, fonds, new NullProgressMonitor());
			if (fonds != null && report.catalogues().isEmpty()) {
				err.println(NLS.bind(Messages.Verify_noFonds, fonds));
				return Cli.FAILURE;
			}
			if (json) {
				report.jsonLines().forEach(out::println);
			} else {
				print(report);
			}
			if (outFile != null && !write(report, repository.user(), outFile, json)) {
				return Cli.FAILURE;
			}
			return report.isPassed() ? Cli.OK : Cli.FAILURE;
		}
	}

	/** Writes the report file; says where (on stderr with --json, so that stdout stays JSON lines) or why not. */
	private boolean write(VerificationReport report, String checker, Path file, boolean json) {
		try {
			ExportCommand.writeAtomically(file, temp -> ReportExport.write(report, checker, temp));
		} catch (CjkFontException e) {
			err.println(e.getMessage());
			return false;
		} catch (IOException | RuntimeException e) {
			// RuntimeException too: PDFBox and POI report some write failures unchecked
			err.println(NLS.bind(Messages.Error_exportWrite, file.toAbsolutePath(), ExportCommand.reason(e)));
			return false;
		}
		(json ? err : out).println(NLS.bind(Messages.Verify_written, file.toAbsolutePath()));
		return true;
	}

	private void print(VerificationReport report) {
		out.println(Messages.Verify_header);
		if (report.catalogues().isEmpty()) {
			out.println(Messages.Verify_noCatalogues);
		}
		for (VerificationReport.CatalogueRef catalogue : report.catalogues()) {
			out.println(NLS.bind(Messages.Verify_catalogue, new Object[] { nz(catalogue.title()), nz(catalogue.fondsCode()),
					Integer.toString(catalogue.items()) }));
		}
		for (Check check : Check.values()) {
			out.println(report.summaryLine(check));
		}
		for (Finding finding : report.findings()) {
			out.println();
			out.println(NLS.bind(Messages.Verify_finding, new Object[] { finding.severity().label(), finding.check().label(),
					finding.archivalCode() == null ? Messages.Verify_noCode : finding.archivalCode(), finding.found() }));
			out.println(NLS.bind(Messages.Verify_action, finding.action()));
		}
		out.println();
		out.println(report.resultLine());
	}

	private static String nz(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
