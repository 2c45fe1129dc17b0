package org.officebench.ui.archive.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.archive.verify.ReportExport;
import org.officebench.core.DocumentKind;
import org.officebench.core.DocumentSummary;
import org.officebench.core.Repository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.ui.DocumentEditorInput;
import org.officebench.ui.OfficeBenchUI;
import org.officebench.ui.tests.support.RunningWorkbench;
import org.officebench.ui.tests.support.UI;

/** The 四性检测 view on the sample archive, one of whose stored files was altered outside the program. */
@org.junit.jupiter.api.extension.ExtendWith(RunningWorkbench.class)
class VerifyViewUITest {

	@TempDir
	Path temp;


	private static <T> T waitFor(String what, Callable<T> probe) {
		return UI.waitFor(what, 60_000, probe);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** Clicks a tool item of the view's tool bar, as the mouse would. */
	private static void click(VerifyView view, String actionId, boolean checked) {
		UI.sync(() -> {
			IToolBarManager manager = view.getViewSite().getActionBars().getToolBarManager();
			IContributionItem item = manager.find(actionId);
			assertNotNull(item, actionId);
			ToolItem widget = null;
			if (manager instanceof ToolBarManager toolBar && toolBar.getControl() != null) {
				for (ToolItem candidate : toolBar.getControl().getItems()) {
					if (candidate.getData() == item) {
						widget = candidate;
					}
				}
			}
			if (widget == null) { // a tool bar not rendered yet: what the click would do
				((ActionContributionItem) item).getAction().setChecked(checked);
				((ActionContributionItem) item).getAction().run();
				return null;
			}
			if ((widget.getStyle() & SWT.CHECK) != 0) {
				widget.setSelection(checked);
			}
			Event event = new Event();
			event.widget = widget;
			widget.notifyListeners(SWT.Selection, event);
			return null;
		});
	}

	private static Table table(Control control, String name) {
		return (Table) find(control, name);
	}

	/** The control named {@code name} under a control (UI thread). */
	private static Control find(Control control, String name) {
		if (name.equals(control.getData("name"))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> row(TableItem item, int columns) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			cells.add(item.getText(c));
		}
		return cells;
	}

	@Test
	void theViewRunsTheCheckAndShowsTheAlteredFileWithItsCode() throws Exception {
		Repository repository = OfficeBenchUI.repository();
		// The sample catalogue (other tests may have added empty ones).
		DocumentSummary archive = null;
		ArchiveItem first = null;
		for (DocumentSummary summary : repository.documents()) {
			// Other tests add catalogues of their own (some with 件 that hold no file): take the samples' by its title.
			if (summary.kind() == DocumentKind.ARCHIVE && "营运部文书档案".equals(summary.title())
					&& repository.open(summary.id()).root() instanceof ArchiveCatalogue catalogue && !catalogue.getItems().isEmpty()) {
				archive = summary;
				first = catalogue.getItems().get(0);
			}
		}
		assertNotNull(first, "the sample archive");
		String archiveId = archive.id();
		String code = first.getArchivalCode();
		Path stored = repository.contentStore().locate(first.getFiles().get(0).getSha256()).orElseThrow();
		byte[] original = Files.readAllBytes(stored);
		FileTime modified = Files.getLastModifiedTime(stored);
		assertTrue(stored.toFile().setWritable(true));
		Files.writeString(stored, "（外部程序追加的一行）\n", StandardOpenOption.APPEND);
		try {
			// 视图 › 四性检测, through the menu entry.
			UI.chooseMenu("视图", "四性检测"); // contributed by this bundle's plugin.xml into the shell's 视图 menu
			VerifyView view = waitFor("the view", () -> (VerifyView) page().findView(VerifyView.ID));
			click(view, "org.officebench.ui.verify.all", true);
			assertEquals("检测范围：全部档案", UI.sync(() -> view.scope().describe()));
			click(view, "org.officebench.ui.verify.run", false);
			waitFor("the report", view::report);

			Table summary = UI.sync(() -> table(view.getViewSite().getShell(), "summary"));
			Table findings = UI.sync(() -> table(view.getViewSite().getShell(), "findings"));
			List<List<String>> checks = UI.sync(() -> {
				List<List<String>> rows = new ArrayList<>();
				for (TableItem item : summary.getItems()) {
					rows.add(row(item, summary.getColumnCount()));
				}
				return rows;
			});
			assertEquals(List.of("真实性", "未通过"), checks.get(0).subList(0, 2), checks.toString());
			assertEquals(Integer.parseInt(checks.get(0).get(2)) - 1, Integer.parseInt(checks.get(0).get(3)), "one item failed: " + checks);
			assertEquals(List.of("可用性", "通过"), checks.get(2).subList(0, 2), checks.toString());
			assertEquals(List.of("安全性", "未通过"), checks.get(3).subList(0, 2), checks.toString());
			List<List<String>> rows = UI.sync(() -> {
				List<List<String>> all = new ArrayList<>();
				for (TableItem item : findings.getItems()) {
					all.add(row(item, findings.getColumnCount()));
				}
				return all;
			});
			assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("真实性") && r.get(1).equals("错误") && r.get(2).equals(code)
					&& r.get(3).contains("SHA-256") && r.get(4).startsWith("请从资料库备份中恢复")), rows.toString());
			assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("安全性") && r.get(2).equals(code)), rows.toString());
			// Selecting a finding shows it whole, with what to do.
			String detail = UI.sync(() -> {
				for (int i = 0; i < findings.getItemCount(); i++) {
					if (findings.getItem(i).getText(2).equals(code)) {
						findings.setSelection(i);
						break;
					}
				}
				findings.notifyListeners(SWT.Selection, new Event());
				Text text = (Text) find(view.getViewSite().getShell(), "detail");
				return text.getText();
			});
			assertTrue(detail.contains(code) && detail.contains("处理建议：请从资料库备份中恢复"), detail);
			UI.sync(() -> {
				page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
				return null;
			});
			UI.screenshot("verify-view");
			UI.sync(() -> {
				page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
				return null;
			});

			// Double-click opens the catalogue.
			UI.sync(() -> {
				TableItem item = null;
				for (TableItem candidate : findings.getItems()) {
					if (item == null && candidate.getText(2).equals(code)) {
						item = candidate;
					}
				}
				findings.setSelection(item);
				Event event = new Event();
				event.item = item;
				event.widget = findings;
				findings.notifyListeners(SWT.DefaultSelection, event);
				return null;
			});
			IEditorPart editor = waitFor("the catalogue's editor", () -> {
				IEditorPart active = page().getActiveEditor();
				return active != null && active.getEditorInput() instanceof DocumentEditorInput input && input.id().equals(archiveId)
						? active : null;
			});
			assertNotNull(editor);

			// 导出… writes the XLSX.
			Path xlsx = temp.resolve("四性检测报告.xlsx");
			Job export = UI.sync(() -> view.export(view.report(), xlsx));
			export.join();
			byte[] written = Files.readAllBytes(xlsx);
			assertTrue(written.length > 1000 && written[0] == 'P' && written[1] == 'K', "an XLSX (zip) file");

			// … and a PDF, when the name ends in .pdf (or the PDF filter was chosen for a bare name).
			Path pdf = VerifyView.target(temp.resolve("四性检测报告").toString(), ReportExport.Format.PDF);
			assertEquals(temp.resolve("四性检测报告.pdf"), pdf);
			assertEquals(xlsx, VerifyView.target(xlsx.toString(), ReportExport.Format.PDF), "an extension typed wins");
			Job exportPdf = UI.sync(() -> view.export(view.report(), pdf));
			exportPdf.join();
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				String text = new PDFTextStripper().getText(document);
				assertTrue(text.contains("四性检测报告"), text);
				assertTrue(text.contains(code), "the altered file's 档号 is in the report: " + text);
				assertTrue(text.contains("检测人：" + repository.user()), text);
			}
		} finally {
			Files.write(stored, original);
			Files.setLastModifiedTime(stored, modified);
			stored.toFile().setReadOnly();
		}
	}
}
