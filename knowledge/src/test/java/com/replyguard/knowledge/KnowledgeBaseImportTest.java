package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseImportTest {
    @TempDir
    Path tmp;
    final TextAnalysis analysis = new TextAnalysis();

    KnowledgeBase open(String name) {
        return KnowledgeBase.open(tmp.resolve(name), analysis, TestEntries.starsChecker(), KnowledgeBase.Options.empty());
    }

    static String line(String id, String body) {
        return "{\"id\":\"" + id + "\",\"kind\":\"reply\",\"marketplaces\":[\"amazon\"],\"language\":\"en\","
                + "\"intent\":\"ORDER_STATUS\",\"questions\":[\"where is my order\"],\"body\":\"" + body + "\"}\n";
    }

    static ImportSummary importText(KnowledgeBase kb, String text, Format f, boolean dryRun) {
        return kb.importData(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), f, dryRun, "cli:t",
                Progress.NONE);
    }

    @Test
    void oneBadLineMeansNothingIsApplied() {
        try (KnowledgeBase kb = open("d")) {
            ImportSummary s = importText(kb, line("a", "A.") + line("b", "B.") + "{\"id\": 3}\n", Format.JSONL, false);
            assertFalse(s.applied());
            assertEquals(2, s.added().size(), "the summary still says what would have happened");
            assertTrue(s.rejected().stream().allMatch(p -> p.line() == 3));
            assertEquals(0, kb.size());
            assertTrue(kb.search(SearchQuery.of("order")).isEmpty());
        }
    }

    @Test
    void aDryRunReportsNewChangedAndUnchangedWithoutSaving() {
        try (KnowledgeBase kb = open("d")) {
            importText(kb, line("a", "A.") + line("b", "B."), Format.JSONL, false);
            ImportSummary s = importText(kb, line("a", "A.") + line("b", "B changed.") + line("c", "C."),
                    Format.JSONL, true);
            assertEquals(List.of("c"), s.added());
            assertEquals(List.of("b"), s.changed());
            assertEquals(List.of("a"), s.unchanged());
            assertFalse(s.applied());
            assertEquals("B.", kb.get("b").orElseThrow().body());
            ImportSummary real = importText(kb, line("a", "A.") + line("b", "B changed.") + line("c", "C."),
                    Format.JSONL, false);
            assertTrue(real.applied());
            assertEquals(2, kb.get("b").orElseThrow().version());
            assertEquals(3, kb.search(SearchQuery.of("where is my order")).size());
        }
    }

    @Test
    void blockedRepliesAreImportedAsPendingWithTheReason() {
        try (KnowledgeBase kb = open("d")) {
            ImportSummary s = importText(kb, line("a", "Rate us 5 stars please."), Format.JSONL, false);
            assertTrue(s.heldBack().get("a").contains("REVIEW_INCENTIVE"));
            assertEquals(Status.PENDING, kb.get("a").orElseThrow().status());
        }
    }

    @Test
    void exportThenImportIntoAnEmptyDirectoryReproducesEveryField() {
        for (Format f : Format.values()) {
            String from = "from-" + f;
            String to = "to-" + f;
            try (KnowledgeBase a = open(from)) {
                a.add(TestEntries.reply("x", com.replyguard.knowledge.entry.Intent.PRAISE, "Thank you!", "great"),
                        "lead:1");
                a.edit("x", com.replyguard.knowledge.curation.EntryChanges.none().body("Thanks a lot!"), "lead:2", 1);
                a.propose(TestEntries.policy("p", com.replyguard.knowledge.entry.Topic.MARKETING, "No ads."), "ag:3");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertEquals(2, a.export(f, out, EntryFilter.all()));
                try (KnowledgeBase b = open(to)) {
                    ImportSummary s = b.importData(new ByteArrayInputStream(out.toByteArray()), f, false, "cli:t",
                            Progress.NONE);
                    assertTrue(s.applied(), s.rejected().toString());
                    assertEquals(a.entries(EntryFilter.all()), b.entries(EntryFilter.all()));
                }
            }
        }
    }
}
