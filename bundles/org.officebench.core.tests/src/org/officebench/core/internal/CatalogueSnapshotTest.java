package org.officebench.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officebench.core.DocumentKind;
import org.officebench.core.OfficeDocument;
import org.officebench.core.Repository;
import org.officebench.core.archive.table.CatalogueColumn;
import org.officebench.core.archive.table.CatalogueRows;
import org.officebench.tests.support.CatalogueRowsTiming;
import org.officebench.core.archive.table.CatalogueSnapshot;
import org.officebench.model.ArchiveCatalogue;
import org.officebench.model.ArchiveItem;
import org.officebench.tests.support.TestRepositories;

/** A big catalogue's table shown from the columns its compact file carries, before its items are read. */
class CatalogueSnapshotTest {

	private static final int ITEMS = org.officebench.core.archive.CatalogueParticipant.COMPACT_FROM_ITEMS + 5;

	@TempDir
	Path temp;

	@Test
	void theTableFromTheFileShowsWhatTheItemsSayInEveryArrangementAndTakesTheItemsWhenRead() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			String id = bigCatalogue(repository);
			CatalogueSnapshot snapshot = CatalogueSnapshot.read(repository, id).orElseThrow();
			assertEquals(ITEMS, snapshot.size());
			List<ArchiveItem> items = ((ArchiveCatalogue) repository.open(id).root()).getItems();

			CatalogueRows early = new CatalogueRows(snapshot);
			CatalogueRows fromItems = new CatalogueRows(items);
			assertFalse(early.hasItems());
			assertSameCells(fromItems, early, "as filed");
			// Sorted as a plain comparator sorts the items: empty first, ties in the catalogue's order.
			List<ArchiveItem> byTitle = new ArrayList<>(items);
			byTitle.sort(java.util.Comparator.comparing(ArchiveItem::getTitle, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
			early.sort(CatalogueColumn.TITLE, false);
			assertEquals(byTitle.stream().map(ArchiveItem::getArchivalCode).toList(), column(early, CatalogueColumn.ARCHIVAL_CODE), "by 题名");
			byTitle.sort(java.util.Comparator.comparing(ArchiveItem::getTitle, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
			early.sort(CatalogueColumn.TITLE, true);
			assertEquals(byTitle.stream().map(ArchiveItem::getArchivalCode).toList(), column(early, CatalogueColumn.ARCHIVAL_CODE), "by 题名, descending");
			for (CatalogueColumn column : CatalogueColumn.values()) {
				arrange(early, fromItems, r -> r.sort(column, column.ordinal() % 2 == 1));
				assertSameCells(fromItems, early, "sorted by " + column);
			}
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.RESPONSIBLE, "OPERATIONS dept"));
			assertEquals(ITEMS / 89 + 1, early.size(), "letters ignoring case");
			assertSameCells(fromItems, early, "责任者 filtered");
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.RESPONSIBLE, null));
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.TITLE, "安全"));
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.DATE, "20180101~20201231"));
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.REMARKS, "复印"));
			assertSameCells(fromItems, early, "three filters");
			assertTrue(early.size() > 0 && early.size() < ITEMS, early.size() + " rows");
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.REMARKS, null));
			arrange(early, fromItems, r -> r.filter(CatalogueColumn.SECURITY_LEVEL, "internal"));
			arrange(early, fromItems, r -> r.group(true));
			assertSameCells(fromItems, early, "grouped, filtered by 密级");
			assertEquals(fromItems.groups(), early.groups(), "classes and their counts");
			assertThrows(IllegalStateException.class, () -> early.item(0), "no item to edit before they are read");

			List<String> before = column(early, CatalogueColumn.ARCHIVAL_CODE);
			assertTrue(early.attach(items), "the snapshot matches the items");
			assertTrue(early.hasItems());
			assertEquals(before, column(early, CatalogueColumn.ARCHIVAL_CODE), "rows kept as arranged");
			assertSame(fromItems.item(3), early.item(3));

			// Edits go on as with any rows: a changed 题名 moves the 件 in the sort.
			for (CatalogueColumn column : CatalogueColumn.values()) {
				early.filter(column, null);
			}
			early.group(false);
			early.sort(CatalogueColumn.TITLE, false);
			ArchiveItem item = early.item(early.size() / 2);
			item.setTitle("A 最前面的题名"); // Latin letters sort before Chinese (code point order)
			early.itemChanged(item, CatalogueColumn.TITLE);
			int empty = (int) items.stream().filter(i -> i.getTitle() == null).count();
			assertSame(item, early.item(empty), "first after the 件 without a 题名");
		}
	}

	@Test
	void anItemThatDiffersFromTheSnapshotIsShownAsTheItemSays() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), false)) {
			String id = bigCatalogue(repository);
			CatalogueSnapshot snapshot = CatalogueSnapshot.read(repository, id).orElseThrow();
			List<ArchiveItem> items = ((ArchiveCatalogue) repository.open(id).root()).getItems();
			items.get(7).setTitle("在快照之后改过的题名");
			CatalogueRows rows = new CatalogueRows(snapshot);
			rows.sort(CatalogueColumn.TITLE, true);
			assertFalse(rows.attach(items), "a difference is found");
			assertEquals(CatalogueColumn.TITLE, rows.sortColumn(), "the sort is kept");
			CatalogueRows fromItems = new CatalogueRows(items);
			fromItems.sort(CatalogueColumn.TITLE, true);
			assertSameCells(fromItems, rows, "after a mismatch");
		}
	}

	@Test
	void aDamagedTableSectionIsNotUsedAndTheDocumentStillOpens() throws Exception {
		Path folder = temp.resolve("repo");
		String id;
		String file;
		try (Repository repository = TestRepositories.open(folder, false)) {
			id = bigCatalogue(repository);
			file = repository.open(id).file();
		}
		Path path = folder.resolve(file);
		byte[] whole = Files.readAllBytes(path);
		int sectionStart = indexOf(whole, "OBCOMPACT".length() + 8);
		Random random = new Random(20261124);
		for (int round = 0; round < 60; round++) {
			byte[] data = whole.clone();
			int at = sectionStart + random.nextInt(64 * ITEMS);
			data[at] = (byte) (data[at] ^ (1 + random.nextInt(255)));
			Files.write(path, data);
			try (FileChannel channel = FileChannel.open(path)) {
				IOException e = assertThrows(IOException.class, () -> CompactFormat.readSnapshot(channel), "byte " + at);
				assertFalse(e.getMessage() == null || e.getMessage().isBlank());
			}
		}
		try (Repository repository = TestRepositories.open(folder, false)) {
			assertTrue(CatalogueSnapshot.read(repository, id).isEmpty(), "not used");
			assertEquals(ITEMS, ((ArchiveCatalogue) repository.open(id).root()).getItems().size(), "the objects are read");
		}
	}

	@Test
	void smallCataloguesAndOtherDocumentsCarryNone() throws Exception {
		try (Repository repository = TestRepositories.open(temp.resolve("repo"), true)) {
			repository.documents().forEach(summary -> assertTrue(CatalogueSnapshot.read(repository, summary.id()).isEmpty(), summary.title()));
			assertTrue(CatalogueSnapshot.read(repository, "no-such-document").isEmpty());
		}
		assertThrows(IOException.class, () -> CatalogueSnapshot.decode(ByteBuffer.wrap(new byte[] { 0, 0, 0, 9, 1, 2 })));
	}

	private static String bigCatalogue(Repository repository) throws IOException {
		OfficeDocument document = repository.create(DocumentKind.ARCHIVE, "大档案");
		ArchiveCatalogue catalogue = (ArchiveCatalogue) document.root();
		List<ArchiveItem> items = CatalogueRowsTiming.generate(ITEMS, 11);
		for (int i = 0; i < items.size(); i++) {
			ArchiveItem item = items.get(i);
			item.setId("i" + i);
			if (i % 97 == 0) {
				item.setTitle(null); // empty cells too
				item.setDate(null);
				item.setRetention(null);
			}
			if (i % 89 == 0) {
				item.setResponsible("Operations Dept. (英文)"); // Latin-1 and Chinese in one column
			}
		}
		catalogue.getItems().addAll(items);
		document.save();
		assertTrue(document.file().endsWith(".obin"), document.file());
		return document.id();
	}

	private interface Arrangement {
		void apply(CatalogueRows rows);
	}

	private static void arrange(CatalogueRows a, CatalogueRows b, Arrangement arrangement) {
		arrangement.apply(a);
		arrangement.apply(b);
	}

	private static void assertSameCells(CatalogueRows expected, CatalogueRows actual, String what) {
		assertEquals(expected.size(), actual.size(), what + ": rows");
		assertEquals(expected.totalSize(), actual.totalSize(), what + ": 件");
		for (int row = 0; row < expected.size(); row++) {
			for (CatalogueColumn column : CatalogueColumn.values()) {
				String want = column.text(expected.item(row));
				if (!want.equals(actual.text(row, column))) {
					assertEquals(want, actual.text(row, column), what + ", row " + row + ", " + column);
				}
			}
		}
	}

	private static List<String> column(CatalogueRows rows, CatalogueColumn column) {
		List<String> texts = new ArrayList<>();
		for (int row = 0; row < rows.size(); row++) {
			texts.add(rows.text(row, column));
		}
		return texts;
	}

	/** Where the table section's data starts: after the head's six strings, its length and its checksum. */
	private static int indexOf(byte[] file, int at) {
		ByteBuffer in = ByteBuffer.wrap(file);
		in.position(at);
		for (int i = 0; i < 6; i++) {
			int length = in.getInt();
			if (length > 0) {
				in.position(in.position() + length);
			}
		}
		in.getInt();
		in.getInt();
		return in.position();
	}
}
