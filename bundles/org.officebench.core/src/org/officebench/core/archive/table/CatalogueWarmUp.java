package org.officebench.core.archive.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.officebench.core.DocumentSummary;
import org.officebench.core.internal.CompactFormat;
import org.officebench.core.internal.Xmi;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.model.ModelVersion;
import org.officebench.model.OfficeBenchFactory;
import org.officebench.model.RetentionPeriod;
import org.officebench.model.SecurityLevel;
import org.officebench.model.StoredFile;

/**
 * Readies a fresh workbench for the first open of a large catalogue. Measured on a million 件 (README, catalogue
 * benchmark): a cold first open spends about 1.7 s running the compact reader before the JIT has compiled it, and about
 * 1 s on the operating system handing the heap its first pages. The workbench runs this in the background shortly
 * after start, only when the repository holds a catalogue saved in the compact format (10,000 件 or more): a synthetic
 * catalogue of {@value #ITEMS} 件 is written and read back {@value #ROUNDS} times with the table built over it (from its
 * table section, sorted and filtered, and from its items), then the
 * heap the catalogue will fill is touched once. Nothing is written to disk and nothing stays in memory.
 */
public final class CatalogueWarmUp {

	/** The heap touched ahead of a large catalogue's first open: about what a million 件 fill while they load. */
	public static final long HEAP_TOUCH = 1L << 30;

	static final int ITEMS = 30_000;
	static final int ROUNDS = 3;
	private static final int CHUNK = 32 << 20;

	private CatalogueWarmUp() {
	}

	/** A catalogue in the compact format is among the documents: its first open will be long enough to be worth it. */
	public static boolean worthwhile(List<DocumentSummary> documents) {
		return documents.stream().anyMatch(summary -> summary.file().endsWith("." + CompactFormat.EXTENSION)); //$NON-NLS-1$
	}

	/**
	 * Runs the warm-up; returns early once {@code canceled} says so.
	 *
	 * @param touchBytes how much of the heap to touch
	 */
	public static void run(BooleanSupplier canceled, long touchBytes) {
		if (canceled.getAsBoolean()) {
			return;
		}
		ArchiveCatalogue catalogue = synthetic();
		byte[] file;
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(ITEMS * 400);
			CompactFormat.write(catalogue, ModelVersion.CURRENT, "2026-01-01T00:00:00Z", out); //$NON-NLS-1$
			file = out.toByteArray();
			// The table shown before the document is read: from a read-only direct buffer, as from the file's mapping.
			byte[] section = CatalogueSnapshot.encode(catalogue.getItems());
			for (int round = 0; round < ROUNDS && !canceled.getAsBoolean(); round++) {
				java.nio.ByteBuffer mapped = java.nio.ByteBuffer.allocateDirect(section.length).put(section).flip().asReadOnlyBuffer();
				CatalogueRows shown = new CatalogueRows(CatalogueSnapshot.decode(mapped));
				shown.sort(CatalogueColumn.TITLE, false);
				shown.filter(CatalogueColumn.TITLE, "通知"); //$NON-NLS-1$
				shown.size();
				ArchiveCatalogue read = (ArchiveCatalogue) CompactFormat.read(new ByteArrayInputStream(file), ModelVersion.CURRENT);
				Xmi.attach(Xmi.newResource(Xmi.newResourceSet(), Path.of("warm-up.obin")), read); //$NON-NLS-1$
				CatalogueRows rows = new CatalogueRows(read.getItems());
				if (round == ROUNDS - 1) {
					rows.textIndexing().run(canceled); // what the catalogue page starts once the table shows
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory: cannot happen
		}
		touch(canceled, touchBytes);
	}

	/**
	 * Zeroed arrays held all at once, so that each takes heap the JVM has not used yet; garbage on return. It stops
	 * while the heap is still less than 60 % used, so that a document opened meanwhile never runs short.
	 */
	private static void touch(BooleanSupplier canceled, long touchBytes) {
		Runtime runtime = Runtime.getRuntime();
		List<long[]> held = new ArrayList<>();
		for (long done = 0; done + CHUNK <= touchBytes && !canceled.getAsBoolean(); done += CHUNK) {
			long used = runtime.totalMemory() - runtime.freeMemory();
			if (used + CHUNK > runtime.maxMemory() * 6 / 10) {
				break;
			}
			held.add(new long[CHUNK / Long.BYTES]);
		}
	}

	private static ArchiveCatalogue synthetic() {
		OfficeBenchFactory f = OfficeBenchFactory.eINSTANCE;
		ArchiveCatalogue catalogue = f.createArchiveCatalogue();
		catalogue.setFondsCode("Z000"); //$NON-NLS-1$
		catalogue.setFondsName("预热"); //$NON-NLS-1$
		List<ArchiveItem> items = generate(ITEMS, 2500);
		for (ArchiveItem item : items) {
			item.setId("warm-" + item.getItemNumber()); //$NON-NLS-1$
			StoredFile stored = f.createStoredFile();
			stored.setFileName(item.getTitle() + ".pdf"); //$NON-NLS-1$
			stored.setSha256(Integer.toHexString(item.getItemNumber()).repeat(8));
			stored.setSize(1000L + item.getItemNumber());
			stored.setMediaType("application/pdf"); //$NON-NLS-1$
			stored.setAdded(item.getDate());
			item.getFiles().add(stored);
		}
		catalogue.getItems().addAll(items);
		return catalogue;
	}

	/**
	 * Items like an office's (titles from a few hundred phrases and a serial, 10 years, 3 organisations), for the
	 * warm-up to work on; the catalogue benchmarks and tests use the same ones (CatalogueRowsTiming).
	 */
	public static List<ArchiveItem> generate(int count, long seed) {
		String[] subjects = { "关于", "转发", "印发", "请示", "批复", "通知", "会议纪要", "工作总结", "年度计划", "报告" };
		String[] topics = { "门店巡检", "营运管理", "安全生产", "人员招聘", "费用报销", "合同审批", "设备采购", "节假日值班",
				"消防检查", "绩效考核", "培训计划", "库存盘点", "食品安全", "客户投诉", "档案管理" };
		String[] responsible = { "营运部", "综合管理部", "财务部", "人力资源部", "运营管理部", "总经理办公室" };
		String[] orgs = { "BGS", "YYB", "CWB" };
		Random random = new Random(seed);
		ZoneId zone = ZoneId.systemDefault();
		OfficeBenchFactory factory = OfficeBenchFactory.eINSTANCE;
		List<ArchiveItem> items = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ArchiveItem item = factory.createArchiveItem();
			int year = 2015 + random.nextInt(10);
			RetentionPeriod retention = RetentionPeriod.get(random.nextInt(3));
			String org = orgs[random.nextInt(orgs.length)];
			item.setYear(year);
			item.setRetention(retention);
			item.setOrganizationCode(org);
			item.setItemNumber(i + 1);
			item.setArchivalCode("Z109-WS·" + year + "-" + retention.getLiteral() + "-" + org + "-" + String.format("%06d", i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			item.setTitle(subjects[random.nextInt(subjects.length)] + topics[random.nextInt(topics.length)]
					+ "的" + subjects[random.nextInt(subjects.length)] + "（第" + random.nextInt(100_000) + "号）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			item.setResponsible(responsible[random.nextInt(responsible.length)]);
			item.setDocumentNumber("营运〔" + year + "〕" + (1 + random.nextInt(300)) + "号"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
			item.setDate(Date.from(day.atStartOfDay(zone).toInstant()));
			item.setSecurityLevel(SecurityLevel.get(random.nextInt(3)));
			item.setPages(1 + random.nextInt(40));
			if (random.nextInt(10) == 0) {
				item.setRemarks("复印件"); //$NON-NLS-1$
			}
			items.add(item);
		}
		return items;
	}
}
