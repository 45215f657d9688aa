package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
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
    void anIndexBehindTheStoreCatchesUp() {
        seed(10);
        EntryCodec codec = new EntryCodec();
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("knowledge.db"), codec)) {
            Entry changed = TestEntries.reply("e3", Intent.ORDER_STATUS, "Rewritten behind the index's back zebra.");
            changed = new Entry(changed.id(), changed.kind(), changed.marketplaces(), changed.language(),
                    changed.intent(), null, changed.title(), changed.questions(), changed.body(), changed.tags(),
                    null, changed.status(), changed.group(), "x", null, 2, changed.created(), changed.updated());
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

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(f);
            }
        }
    }
}
