package com.replyguard.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security behaviour across the data directory: text that looks like SQL is stored and read back verbatim by the real
 * services and survives a backup and restore, nothing is dropped or deleted by it; data directories are owner-only.
 */
class SqlParameterisationTest {
    private static final String HOSTILE = "x'); DROP TABLE entries; DELETE FROM audit; -- \" OR 1=1; /* */";

    @TempDir
    Path tmp;

    @Test
    void sqlLookingTextIsStoredVerbatimAndSurvivesBackupAndRestore() throws Exception {
        Path data = tmp.resolve("data");
        int before;
        try (KnowledgeBase kb = open(data)) {
            before = kb.size();
            Instant now = Instant.parse("2026-11-22T12:00:00Z");
            Entry hostile = Entry.reply("hostile-1", Intent.ORDER_STATUS).marketplaces(Marketplace.AMAZON)
                    .language(Language.EN).title(HOSTILE).questions(List.of(HOSTILE, "where is my order"))
                    .body("Hi, " + HOSTILE).tags(List.of(HOSTILE)).group("g-" + HOSTILE).author("cli:" + HOSTILE)
                    .at(now).build();
            kb.add(hostile, "cli:" + HOSTILE);
            kb.search(SearchQuery.of(HOSTILE));
            kb.record(new Gap(HOSTILE, HOSTILE, Marketplace.AMAZON, "en", 0.0, now));
            assertEquals(HOSTILE, kb.since(now.minusSeconds(1)).getLast().maskedText());
            assertEquals(before + 1, kb.size(), "the text added an entry and removed nothing");
            assertEquals(HOSTILE, kb.get("hostile-1").orElseThrow().title());
        }
        new Backups(data).backup(tmp.resolve("b.zip"), false);
        Path restored = tmp.resolve("restored");
        new Backups(restored).restore(tmp.resolve("b.zip"), false);
        try (KnowledgeBase kb = open(restored)) {
            Entry back = kb.get("hostile-1").orElseThrow();
            assertEquals(HOSTILE, back.title());
            assertEquals(List.of(HOSTILE, "where is my order"), back.questions());
            assertEquals("Hi, " + HOSTILE, back.body());
            assertEquals(before + 1, kb.size());
        }
    }

    /** The real store and index with the real checker; an empty store keeps the test fast (no built-in knowledge). */
    private static KnowledgeBase open(Path dir) {
        TextAnalysis analysis = new TextAnalysis();
        return KnowledgeBase.open(dir, analysis, RulePacks.load(analysis, List.of()), KnowledgeBase.Options.empty());
    }

    @Test
    void aNewDataDirectoryIsOwnerOnly() throws Exception {
        Path data = tmp.resolve("fresh/replyguard");
        try (KnowledgeBase kb = open(data)) {
            kb.size();
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertTrue(Files.exists(data.resolve("knowledge.db")));
    }
}
