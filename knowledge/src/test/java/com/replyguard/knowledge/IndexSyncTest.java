package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.index.KnowledgeIndex;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.knowledge.store.Change;
import com.replyguard.knowledge.store.KnowledgeStore;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived: start-up repairs it whatever happened to it while ReplyGuard was not running. */
class IndexSyncTest {
    @TempDir
    Path tmp;
    final TextAnalysis analysis = new TextAnalysis();

    KnowledgeBase open() {
        return KnowledgeBase.open(tmp, analysis, TestEntries.starsChecker(), KnowledgeBase.Options.empty());
    }

    void seed(int n) {
        try (KnowledgeBase kb = open()) {
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                entries.add(TestEntries.reply("e" + i, Intent.ORDER_STATUS, "Parcel note number w" + i + "."));
            }
            kb.importEntries(entries, false, "test");
        }
    }

    void assertAgrees(KnowledgeBase kb, int n) {
        var st = kb.status();
        assertEquals(n, st.entries());
        assertEquals(n, st.indexedDocs());
        assertEquals(st.changeSeq(), st.indexSeq());
        assertEquals("e" + (n - 1), kb.search(SearchQuery.of("w" + (n - 1))).getFirst().entry().id());
    }

    @Test
    void aDeletedIndexIsRebuilt() throws IOException {
        seed(30);
        deleteTree(tmp.resolve("index"));
        try (KnowledgeBase kb = open()) {
            assertAgrees(kb, 30);
        }
    }

    @Test
    void aCorruptIndexIsRebuilt() throws IOException {
        seed(30);
        try (Stream<Path> files = Files.list(tmp.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] b = Files.readAllBytes(f);
                for (int i = 0; i < b.length; i += 7) {
                    b[i] ^= 0x5a;
                }
                Files.write(f, b);
            }
        }
        try (KnowledgeBase kb = open()) {
            assertAgrees(kb, 30);
        }
    }

    @Test
    void anIndexFromAnOlderVersionWithoutTheSortOrderIsRebuilt() throws IOException {
        seed(30);
        long seq;
        try (KnowledgeBase kb = open()) {
            seq = kb.status().changeSeq();
        }
        // What a version before the index sort left: sound segments, a current sequence number, documents in
        // insertion order. Lucene refuses to open it with the sort; start-up must rebuild it, not fail.
        deleteTree(tmp.resolve("index"));
        try (var dir = org.apache.lucene.store.FSDirectory.open(tmp.resolve("index"));
             var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            var d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField("id", "stale", org.apache.lucene.document.Field.Store.NO));
            w.addDocument(d);
            w.setLiveCommitData(java.util.Map.of("store_seq", Long.toString(seq)).entrySet());
            w.commit();
        }
        try (KnowledgeBase kb = open()) {
            assertAgrees(kb, 30);
        }
    }

    @Test
    void anIndexBehindTheStoreCatchesUp() {
        seed(10);
        EntryCodec codec = new EntryCodec();
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("knowledge.db"), codec)) {
            Entry changed = TestEntries.reply("e3", Intent.ORDER_STATUS, "Rewritten behind the index's back zebra.");
            changed = changed.toBuilder().author("x").version(2).build();
            store.write(List.of(new Change(changed, "test", "edit", null),
                    new Change(TestEntries.reply("e10", Intent.PRAISE, "Parcel note number w10."), "test", "add",
                            null)));
        }
        try (KnowledgeBase kb = open()) {
            assertAgrees(kb, 11);
            assertEquals("e3", kb.search(SearchQuery.of("zebra")).getFirst().entry().id());
            assertEquals(2, kb.search(SearchQuery.of("zebra")).getFirst().entry().version());
        }
    }

    @Test
    void reindexOnDemandReproducesTheSameResults() {
        seed(20);
        try (KnowledgeBase kb = open()) {
            var before = kb.search(SearchQuery.of("parcel w7")).stream().map(h -> h.entry().id()).toList();
            assertEquals(20, kb.reindex());
            assertEquals(before, kb.search(SearchQuery.of("parcel w7")).stream().map(h -> h.entry().id()).toList());
            assertTrue(kb.status().indexBytes() > 0);
        }
    }

    @Test
    void aLargeWriteIsShownOnlyOnceTheStoreHoldsIt() throws IOException {
        EntryCodec codec = new EntryCodec();
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("knowledge.db"), codec);
             KnowledgeIndex index = KnowledgeIndex.open(tmp.resolve("index"), analysis, codec)) {
            IndexSync sync = new IndexSync(store, index);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < 1_500; i++) {
                entries.add(TestEntries.reply("e" + i, Intent.ORDER_STATUS, "Parcel note number w" + i + "."));
            }
            int[] seenWhileSaving = new int[2];
            long seq = sync.writtenAlongside(entries, () -> {
                // numDocs counts staged documents: wait until all are staged; searches must still not see them.
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (index.numDocs() < 1_500 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                seenWhileSaving[0] = index.numDocs();
                seenWhileSaving[1] = index.search(SearchQuery.of("w7")).size();
                return store.write(entries.stream().map(e -> new Change(e, "test", "import", null)).toList());
            });
            assertEquals(1_500, seenWhileSaving[0]);
            assertEquals(0, seenWhileSaving[1]);
            assertEquals(seq, index.committedSeq());
            assertEquals("e7", index.search(SearchQuery.of("w7")).getFirst().entry().id());
        }
    }

    @Test
    void aLargeWriteTheStoreRefusesLeavesTheIndexAsTheStoreIs() throws IOException {
        seed(10);
        EntryCodec codec = new EntryCodec();
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("knowledge.db"), codec);
             KnowledgeIndex index = KnowledgeIndex.open(tmp.resolve("index"), analysis, codec)) {
            IndexSync sync = new IndexSync(store, index);
            long before = index.committedSeq();
            List<Entry> entries = new ArrayList<>();
            entries.add(TestEntries.reply("e3", Intent.ORDER_STATUS, "Rewritten but never saved zebra."));
            for (int i = 10; i < 1_500; i++) {
                entries.add(TestEntries.reply("e" + i, Intent.ORDER_STATUS, "Never saved quagga q" + i + "."));
            }
            var refused = assertThrows(KnowledgeException.class, () -> sync.writtenAlongside(entries, () -> {
                throw new KnowledgeException("The disk is full.");
            }));
            assertEquals("The disk is full.", refused.getMessage());
            assertEquals(before, index.committedSeq());
            // A later small write commits whatever the writer holds: still only what the store has.
            Entry added = TestEntries.reply("e10", Intent.PRAISE, "Saved for real w10.");
            long seq = store.write(List.of(new Change(added, "test", "add", null)));
            sync.written(List.of(added), seq);
            assertEquals(11, index.numDocs());
            assertTrue(index.search(SearchQuery.of("quagga")).isEmpty());
            assertTrue(index.search(SearchQuery.of("zebra")).isEmpty());
            assertEquals("e3", index.search(SearchQuery.of("w3")).getFirst().entry().id());
        }
        try (KnowledgeBase kb = open()) {
            assertAgrees(kb, 11);
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(f);
            }
        }
    }
}
