package com.replyguard.knowledge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.TestEntries;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultKnowledgeTest {
    @TempDir
    Path tmp;

    @Test
    void listedFilesLoadAndMissingOnesAreSkipped() {
        var entries = new DefaultKnowledge("testdefaults", new EntryCodec()).load("system:defaults");
        assertEquals(List.of("d-1", "d-2"), entries.stream().map(e -> e.id()).toList());
        assertEquals("system:defaults", entries.getFirst().author());
    }

    @Test
    void aNewDataDirectoryGetsThemOnceAndOnlyOnce() {
        TextAnalysis a = new TextAnalysis();
        var options = new KnowledgeBase.Options(true, "testdefaults/");
        try (KnowledgeBase kb = KnowledgeBase.open(tmp, a, TestEntries.starsChecker(), options)) {
            assertEquals(2, kb.size());
            assertEquals("d-1", kb.search(SearchQuery.of("great")).getFirst().entry().id());
            kb.retire("d-1", "lead:1");
        }
        try (KnowledgeBase kb = KnowledgeBase.open(tmp, a, TestEntries.starsChecker(), options)) {
            assertEquals(1, kb.entries(EntryFilter.approved()).size(), "a reopened directory is not re-seeded");
        }
    }

    @Test
    void theShippedIndexNamesOnlyLoadableFiles() {
        new DefaultKnowledge(DefaultKnowledge.DEFAULT_FOLDER, new EntryCodec()).load("system:defaults");
    }
}
