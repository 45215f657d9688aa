package com.replyguard.knowledge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.policy.Marketplace;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    @TempDir
    Path tmp;
    final EntryCodec codec = new EntryCodec();

    @Test
    void migrationsRunOnceInOrderAndAreRecorded() throws Exception {
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            assertTrue(s.createdNow());
            assertEquals(Migrations.ALL.getLast().version(), s.schemaVersion());
        }
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            assertTrue(!s.createdNow());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("k.db"));
             ResultSet r = c.createStatement().executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
            for (Migrations.Migration m : Migrations.ALL) {
                assertTrue(r.next());
                assertEquals(m.version(), r.getInt(1));
                assertTrue(r.getString(2).startsWith("V" + m.version() + "__"));
            }
            assertTrue(!r.next(), "each migration is recorded once");
            ResultSet j = c.createStatement().executeQuery("PRAGMA journal_mode");
            assertEquals("wal", j.getString(1));
        }
    }

    @Test
    void aWriteKeepsEveryVersionAndMovesTheCurrentPointer() {
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            Entry v1 = TestEntries.reply("a", Intent.ORDER_STATUS, "one");
            Entry v2 = v1.toBuilder().body("two").author("b").version(2).build();
            long s1 = s.write(List.of(new Change(v1, "t", "add", null)));
            long s2 = s.write(List.of(new Change(v2, "t", "edit", null)));
            assertEquals(s1 + 1, s2);
            assertEquals("two", s.current("a").orElseThrow().body());
            assertEquals(List.of("one", "two"), s.versions("a").stream().map(Entry::body).toList());
            assertEquals(List.of(v2), s.changedSince(s1));
            assertEquals(2, s.auditLog("a", 10).size());
        }
    }

    @Test
    void aFailingBatchAppliesNothing() {
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            Entry a = TestEntries.reply("a", Intent.ORDER_STATUS, "one");
            s.write(List.of(new Change(a, "t", "add", null)));
            long before = s.changeSeq();
            Entry b = TestEntries.reply("b", Intent.ORDER_STATUS, "b");
            assertThrows(KnowledgeException.class, () -> s.write(List.of(new Change(b, "t", "add", null),
                    new Change(a, "t", "add", null))));
            assertTrue(s.current("b").isEmpty());
            assertEquals(before, s.changeSeq());
            assertEquals(1, s.count());
        }
    }

    @Test
    void listingFiltersLikeSearchIncludingAllMarketplaces() {
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            s.write(List.of(
                    new Change(TestEntries.reply("amz", Intent.ORDER_STATUS, "x"), "t", "add", null),
                    new Change(TestEntries.withMarketplaces(TestEntries.reply("eb", Intent.PRAISE, "x"),
                            Marketplace.EBAY), "t", "add", null),
                    new Change(TestEntries.policy("pol", Topic.MARKETING, "x"), "t", "add", null)));
            assertEquals(List.of("amz", "pol"), ids(s.list(EntryFilter.approved().withMarketplace(Marketplace.AMAZON))));
            assertEquals(List.of("eb"), ids(s.list(EntryFilter.all().withIntent(Intent.PRAISE))));
            assertEquals(List.of("pol"), ids(s.list(EntryFilter.all().withKind(Kind.POLICY))));
            assertEquals(List.of("amz", "eb", "pol"), ids(s.list(EntryFilter.all())));
        }
    }

    @Test
    void sqlLookingTextIsStoredVerbatim() {
        String evil = "x'); DELETE FROM entries; --";
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            s.write(List.of(new Change(TestEntries.reply("a", Intent.ORDER_STATUS, evil), evil, evil, evil)));
            assertEquals(evil, s.current("a").orElseThrow().body());
            assertEquals(evil, s.auditLog(null, 5).getFirst().actor());
            assertEquals(1, s.count());
        }
    }

    @Test
    void aFullDiskGivesAClearErrorAndAppliesNothing() {
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            s.write(List.of(new Change(TestEntries.reply("a", Intent.ORDER_STATUS, "kept"), "t", "add", null)));
            long seq = s.changeSeq();
            // SQLite's page cap makes the file "full" exactly as a full disk would (SQLITE_FULL).
            s.withConnection(c -> c.createStatement().execute("PRAGMA max_page_count = "
                    + pages(c)), "limit");
            List<Change> big = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                big.add(new Change(TestEntries.reply("b" + i, Intent.ORDER_STATUS, "x".repeat(5_000)), "t", "add",
                        null));
            }
            KnowledgeException ex = assertThrows(KnowledgeException.class, () -> s.write(big));
            assertTrue(ex.getMessage().contains("the disk is full") && ex.getMessage().endsWith("Nothing was changed."),
                    ex.getMessage());
            assertEquals(1, s.count());
            assertEquals(seq, s.changeSeq());
        }
    }

    @Test
    void aReadOnlyStoreGivesAClearErrorAndKeepsItsContent() {
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("k.db"), codec)) {
            s.write(List.of(new Change(TestEntries.reply("a", Intent.ORDER_STATUS, "kept"), "t", "add", null)));
            // Root ignores file permissions, so the test makes the connection itself refuse writes.
            s.withConnection(c -> c.createStatement().execute("PRAGMA query_only = ON"), "limit");
            KnowledgeException ex = assertThrows(KnowledgeException.class, () -> s.write(List.of(
                    new Change(TestEntries.reply("b", Intent.ORDER_STATUS, "new"), "t", "add", null))));
            assertTrue(ex.getMessage().contains("read-only"), ex.getMessage());
            assertEquals(List.of("a"), ids(s.list(EntryFilter.all())));
        }
    }

    private static long pages(java.sql.Connection c) throws java.sql.SQLException {
        try (ResultSet r = c.createStatement().executeQuery("PRAGMA page_count")) {
            return r.getLong(1) + 2;
        }
    }

    static List<String> ids(List<Entry> es) {
        return es.stream().map(Entry::id).toList();
    }
}
