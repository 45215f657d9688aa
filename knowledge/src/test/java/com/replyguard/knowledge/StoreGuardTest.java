package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A knowledge base is never silently replaced by the defaults, and damage is found before anything is written. */
class StoreGuardTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    @TempDir
    Path tmp;

    private KnowledgeBase open(Path dir) {
        return KnowledgeBase.open(dir, ANALYSIS, TestEntries.starsChecker());
    }

    private int seeded(Path dir) {
        try (KnowledgeBase kb = open(dir)) {
            return kb.entries(EntryFilter.all()).size();
        }
    }

    @Test
    void aFreshDirectoryIsSeededWithTheDefaults() {
        assertTrue(seeded(tmp.resolve("fresh")) > 100);
        assertTrue(Files.exists(tmp.resolve("fresh").resolve(StoreGuard.MARKER)));
    }

    @Test
    void aStoreTruncatedToZeroBytesStopsStartUpInsteadOfBecomingTheDefaults() throws IOException {
        Path dir = tmp.resolve("truncated");
        seeded(dir);
        Files.write(dir.resolve("knowledge.db"), new byte[0]);
        Files.deleteIfExists(dir.resolve("knowledge.db-wal"));
        Files.deleteIfExists(dir.resolve("knowledge.db-shm"));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> open(dir));
        assertTrue(e.getMessage().contains("empty") && e.getMessage().contains("replyguard restore"), e.getMessage());
        assertEquals(0, Files.size(dir.resolve("knowledge.db")), "nothing may be written over it");
    }

    @Test
    void aMissingStoreWhereTheIndexSaysOneExistedStopsStartUp() throws IOException {
        Path dir = tmp.resolve("missing");
        seeded(dir);
        Files.delete(dir.resolve(StoreGuard.MARKER)); // the index alone is enough evidence
        Files.delete(dir.resolve("knowledge.db"));
        Files.deleteIfExists(dir.resolve("knowledge.db-wal"));
        Files.deleteIfExists(dir.resolve("knowledge.db-shm"));
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> open(dir));
        assertTrue(e.getMessage().contains("missing") && e.getMessage().contains("search index"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("knowledge.db")));
    }

    @Test
    void damageInsideTheFileIsFoundAtStart() throws IOException {
        Path dir = tmp.resolve("damaged");
        seeded(dir);
        Path db = dir.resolve("knowledge.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long size = f.length();
            assertTrue(size > 16 * 4096, "the seeded store should span many pages: " + size);
            byte[] junk = new byte[3 * 4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.seek((size / 2) / 4096 * 4096);
            f.write(junk);
        }
        KnowledgeException e = assertThrows(KnowledgeException.class, () -> open(dir));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
