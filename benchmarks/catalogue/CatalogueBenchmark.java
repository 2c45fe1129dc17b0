import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.ArchivalCodeTemplate;
import org.officebench.core.archive.ArchiveClass;
import org.officebench.core.internal.FileRepository;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.NumberCounter;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.Organization;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;
import org.officebench.model.StoredFile;

/**
 * The 归档文件目录 at scale: generates a catalogue of N 件 from the seed texts, then, in a fresh JVM with the
 * workbench's heap, opens it the way the workbench does and times sort and filter. Run by run.sh.
 *   generate REPO N SEEDS   |   measure REPO [warm]
 */
public class CatalogueBenchmark {

	public static void main(String[] args) throws Exception {
		if (args[0].equals("generate")) {
			generate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
		} else {
			measure(Path.of(args[1]), args.length > 2 && args[2].equals("warm"));
		}
	}

	/** Titles, 责任者 and 文号 come from the seed documents' lines, so the text looks like a real office's. */
	static void generate(Path folder, int count, Path seeds) throws Exception {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path seed : files.sorted().toList()) {
				for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
					String text = line.strip().replaceAll("[\\s　]+", "");
					if (text.length() >= 6) {
						lines.add(text.length() > 36 ? text.substring(0, 36) : text);
					}
				}
			}
		}
		String[][] orgs = { { "BGS", "办公室" }, { "YYB", "营运部" }, { "ZHB", "综合管理部" }, { "CWB", "财务部" } };
		OfficeBenchFactory f = OfficeBenchFactory.eINSTANCE;
		long t0 = System.nanoTime();
		try (Repository repository = FileRepository.open(folder, "benchmark", List::of)) {
			OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "营运部文书档案（" + count + " 件）");
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			catalogue.setFondsCode("Z109");
			catalogue.setFondsName("营运部");
			for (String[] o : orgs) {
				Organization org = f.createOrganization();
				org.setCode(o[0]);
				org.setName(o[1]);
				catalogue.getOrganizations().add(org);
			}
			ArchivalCodeTemplate template = ArchivalCodeTemplate.of(catalogue);
			Random random = new Random(20261123);
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			HexFormat hex = HexFormat.of();
			RetentionPeriod[] retentions = RetentionPeriod.VALUES.toArray(RetentionPeriod[]::new);
			int years = 25;
			int classes = years * retentions.length * orgs.length;
			int perClass = (count + classes - 1) / classes;
			int made = 0;
			for (int y = 0; y < years && made < count; y++) {
				for (RetentionPeriod retention : retentions) {
					for (String[] o : orgs) {
						ArchiveClass archiveClass = new ArchiveClass("Z109", 2001 + y, retention, o[0]);
						int n = Math.min(perClass, count - made);
						long start = java.time.LocalDate.of(2001 + y, 1, 1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli();
						for (int i = 1; i <= n; i++) {
							String line = lines.get(random.nextInt(lines.size()));
							// Mostly distinct, as a real office's titles are: the seed line, and most with an issue number.
							String title = o[1] + "关于" + line + (i % 4 == 0 ? "" : "（" + (2001 + y) + "年第" + i + "期）");
							byte[] content = (title + "\n" + lines.get(random.nextInt(lines.size())) + i).getBytes(StandardCharsets.UTF_8);
							ArchiveItem item = f.createArchiveItem();
							item.setId(UUID.randomUUID().toString());
							item.setItemNumber(i);
							item.setYear(2001 + y);
							item.setRetention(retention);
							item.setOrganizationCode(o[0]);
							item.setArchivalCode(template.format(archiveClass, i));
							item.setTitle(title);
							item.setResponsible(o[1]);
							item.setDate(new Date(start + (long) i * (365L * 86_400_000L / (n + 1))));
							item.setDocumentNumber(o[1].substring(0, 2) + "〔" + (2001 + y) + "〕" + i + "号");
							item.setSecurityLevel(i % 50 == 0 ? SecurityLevel.INTERNAL : SecurityLevel.PUBLIC);
							item.setPages(1 + random.nextInt(40));
							if (i % 20 == 0) {
								item.setRemarks("附件" + (1 + random.nextInt(3)) + "份");
							}
							StoredFile file = f.createStoredFile();
							file.setFileName(title.length() > 20 ? title.substring(0, 20) + ".pdf" : title + ".pdf");
							file.setSha256(hex.formatHex(sha.digest(content)));
							file.setSm3(hex.formatHex(sha.digest(hex.formatHex(content).getBytes(StandardCharsets.US_ASCII))));
							file.setSize(content.length * 40L);
							file.setMediaType("application/pdf");
							file.setAdded(item.getDate());
							item.getFiles().add(file);
							catalogue.getItems().add(item);
						}
						NumberCounter counter = f.createNumberCounter();
						counter.setClassKey(archiveClass.key());
						counter.setHighest(n);
						catalogue.getNumberCounters().add(counter);
						made += n;
					}
				}
			}
			long built = System.nanoTime();
			document.save();
			long saved = System.nanoTime();
			Path file = folder.resolve(document.file());
			System.out.printf("generated:           %,d 件 in %,d classes from %,d seed lines (%.1f s), saved in %.1f s: %s, %,d MB%n",
					made, catalogue.getNumberCounters().size(), lines.size(), (built - t0) / 1e9, (saved - built) / 1e9,
					file.getFileName(), Files.size(file) >> 20);
		}
	}

	static void measure(Path folder, boolean warmedUp) throws Exception {
		if (warmedUp) {
			// What the workbench does in the background after start when the repository holds a compact catalogue.
			long w0 = System.nanoTime();
			org.officebench.core.archive.table.CatalogueWarmUp.run(() -> false, org.officebench.core.archive.table.CatalogueWarmUp.HEAP_TOUCH);
			System.out.printf("start-up warm-up:    %,d ms in the background (CatalogueWarmUp, as the workbench runs it 2.5 s after start), then 2 s idle%n",
					(System.nanoTime() - w0) / 1_000_000);
			Thread.sleep(2000);
		}
		long t0 = System.nanoTime();
		try (Repository repository = FileRepository.openForReading(folder, "benchmark", List::of)) {
			String id = repository.documents().stream().filter(s -> s.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow().id();
			// What the workbench does on a double-click: the table from the file's columns first, the document behind it.
			org.officebench.core.archive.table.CatalogueSnapshot snapshot = repository.catalogueSnapshot(id).orElseThrow();
			org.officebench.core.archive.table.CatalogueRows preview = new org.officebench.core.archive.table.CatalogueRows(snapshot);
			preview.size();
			long shown = System.nanoTime();
			System.out.printf("open: table shown:   %,d ms for %,d 件 (target ≤ 3,000 ms), first open in this JVM%s: browse, sort, filter%n",
					(shown - t0) / 1_000_000, snapshot.size(), warmedUp ? ", after the warm-up" : ", no warm-up");
			java.util.concurrent.CompletableFuture<OfficeDocument> reading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				try {
					return repository.open(id);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			// A user sorting and filtering at once, while the document is read on the other threads.
			Preview.measure(preview);
			OfficeDocument document = reading.join();
			ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
			long opened = System.nanoTime();
			List<ArchiveItem> items = catalogue.getItems();
			System.out.printf("document read:       %,d ms after the double-click (in the background; editing from then on)%n", (opened - t0) / 1_000_000);
			long a0 = System.nanoTime();
			boolean matched = preview.attach(items);
			System.out.printf("rows take the items: %,d ms (each 件 checked against the table: %s)%n", (System.nanoTime() - a0) / 1_000_000,
					matched ? "all match" : "MISMATCH, rebuilt");
			System.out.println("--- the row engine over the items, as without a table section:");
			long build = Rows.measure(items);
			System.out.printf("load + build:        %,d ms, reading the whole document before showing the table (the way before the table section)%n",
					(opened - t0) / 1_000_000 + build);
			System.out.printf("heap used:           %,d MB after open, sort and filter, catalogue still open (target ≤ 1,024 MB)%n", liveHeapMb());
			// Baseline in the same run: the plain way, one Comparator over the EMF objects.
			List<ArchiveItem> copy = new ArrayList<>(items);
			long s0 = System.nanoTime();
			copy.sort(Comparator.comparing(ArchiveItem::getTitle, Comparator.nullsFirst(Comparator.naturalOrder())));
			System.out.printf("baseline sort:       %,d ms by 题名 with List.sort(Comparator) over the same 件%n", (System.nanoTime() - s0) / 1_000_000);
			long f0 = System.nanoTime();
			long hits = items.stream().filter(i -> i.getTitle() != null && i.getTitle().contains("安全")).count();
			System.out.printf("baseline filter:     %,d ms, 题名 contains 安全 with a stream over the same 件 (%,d rows)%n", (System.nanoTime() - f0) / 1_000_000, hits);
		}
		liveHeapMb();
		// Closing and opening again, as a user does later in the same session: the code is compiled, the heap grown.
		long r0 = System.nanoTime();
		try (Repository repository = FileRepository.openForReading(folder, "benchmark", List::of)) {
			String id = repository.documents().stream().filter(s -> s.kind() == DocumentKind.ARCHIVE).findFirst().orElseThrow().id();
			List<ArchiveItem> items = ((ArchiveCatalogue) repository.open(id).root()).getItems();
			long loaded = System.nanoTime();
			new org.officebench.core.archive.table.CatalogueRows(items).size();
			long built = System.nanoTime();
			System.out.printf("open again:          %,d ms (load %,d + build %,d), the same catalogue later in the session%n",
					(built - r0) / 1_000_000, (loaded - r0) / 1_000_000, (built - loaded) / 1_000_000);
		}
	}

	static long liveHeapMb() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
	}
}

/** Sort and filter on the table shown from the file's columns, while the document is still being read. */
class Preview {
	static void measure(org.officebench.core.archive.table.CatalogueRows rows) {
		step("sort 题名 ascending", rows, () -> rows.sort(org.officebench.core.archive.table.CatalogueColumn.TITLE, false));
		step("sort 文号 descending", rows, () -> rows.sort(org.officebench.core.archive.table.CatalogueColumn.DOCUMENT_NUMBER, true));
		step("sort 日期 ascending", rows, () -> rows.sort(org.officebench.core.archive.table.CatalogueColumn.DATE, false));
		step("filter 题名 contains 通知", rows, () -> rows.filter(org.officebench.core.archive.table.CatalogueColumn.TITLE, "通知"));
		step("filter 年度 2010", rows, () -> rows.filter(org.officebench.core.archive.table.CatalogueColumn.YEAR, "2010"));
	}

	private static void step(String name, org.officebench.core.archive.table.CatalogueRows rows, Runnable step) {
		long start = System.nanoTime();
		// As the 归档文件目录 does: the rows computed as foreground work, the read behind them paused meanwhile.
		org.officebench.core.util.ForegroundWork.run(() -> {
			step.run();
			return rows.size();
		});
		System.out.printf("  %-34s %,6d ms (target ≤ 300 ms), on the shown table while the document is read%n", name, (System.nanoTime() - start) / 1_000_000);
	}
}

/** Sort and filter through the catalogue table's row engine, the code the 归档文件目录 page runs. */
class Rows {
	static long measure(java.util.List<org.officebench.model.ArchiveItem> items) {
		java.util.Map<String, Long> figures = CatalogueRowsTiming.measure(items);
		long build = figures.remove("build");
		System.out.printf("table build:         %,d ms (column keys of every 件, once per open)%n", build);
		figures.forEach((step, ms) -> {
			String target = step.startsWith("sort") || step.startsWith("filter") ? " (target ≤ 300 ms)" : "";
			if (step.startsWith("rows")) {
				System.out.printf("  %-34s %,9d%n", step, ms);
			} else {
				System.out.printf("  %-34s %,6d ms%s%n", step, ms, target);
			}
		});
		return build;
	}
}
