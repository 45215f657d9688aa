package com.replyguard.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.knowledge.curation.ConflictException;
import com.replyguard.knowledge.curation.EntryChanges;
import com.replyguard.knowledge.curation.WriteResult;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.knowledge.store.AuditRecord;
import com.replyguard.policy.analysis.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
    @TempDir
    Path tmp;
    KnowledgeBase kb;

    @BeforeEach
    void open() {
        kb = KnowledgeBase.open(tmp.resolve("data"), new TextAnalysis(), TestEntries.starsChecker(),
                KnowledgeBase.Options.empty());
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @Test
    void createsTheDataDirectoryForItsOwnerOnly() throws Exception {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("data"))));
        assertTrue(Files.exists(tmp.resolve("data/knowledge.db")));
        assertTrue(Files.isDirectory(tmp.resolve("data/index")));
    }

    @Test
    void anAddedEntryIsStoredVersionedAuditedAndSearchable() {
        WriteResult r = kb.add(TestEntries.reply("late-1", Intent.ORDER_STATUS, "Your parcel is on its way.",
                "where is my parcel"), "lead:1");
        assertTrue(r.written());
        assertEquals(1, r.entry().version());
        assertEquals("lead:1", r.entry().approver());
        assertEquals(r.entry(), kb.get("late-1").orElseThrow());
        assertEquals("late-1", kb.search(SearchQuery.of("parcel")).getFirst().entry().id());
        List<AuditRecord> audit = kb.auditLog("late-1", 10);
        assertEquals(1, audit.size());
        assertEquals("add", audit.getFirst().action());
        assertEquals("lead:1", audit.getFirst().actor());
    }

    @Test
    void addingAnExistingIdIsRefused() {
        kb.add(TestEntries.reply("a", Intent.PRAISE, "Thanks!"), "lead:1");
        KnowledgeException ex = assertThrows(KnowledgeException.class,
                () -> kb.add(TestEntries.reply("a", Intent.PRAISE, "Other"), "lead:1"));
        assertTrue(ex.getMessage().contains("already exists"), ex.getMessage());
    }

    @Test
    void anEditAtTheExpectedVersionMakesANewVersionAndKeepsTheOldOne() {
        kb.add(TestEntries.reply("a", Intent.ORDER_STATUS, "Old text about the walnut tray."), "lead:1");
        WriteResult r = kb.edit("a", EntryChanges.none().body("New text about the kettle voltage."), "lead:2", 1);
        assertEquals(2, r.entry().version());
        assertEquals("lead:2", r.entry().author());
        List<Entry> history = kb.history("a");
        assertEquals(List.of(1, 2), history.stream().map(Entry::version).toList());
        assertEquals("Old text about the walnut tray.", history.getFirst().body());
        assertTrue(kb.search(SearchQuery.of("walnut")).isEmpty(), "the index forgets the old text");
        assertEquals(1, kb.search(SearchQuery.of("voltage")).size());
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndOverwritesNothing() {
        kb.add(TestEntries.reply("a", Intent.ORDER_STATUS, "First."), "lead:1");
        kb.edit("a", EntryChanges.none().body("Second, by lead 2."), "lead:2", 1);
        ConflictException ex = assertThrows(ConflictException.class,
                () -> kb.edit("a", EntryChanges.none().body("Third, by lead 3 from a stale screen."), "lead:3", 1));
        assertEquals(2, ex.currentVersion());
        assertTrue(ex.getMessage().contains("version 2"), ex.getMessage());
        assertEquals("Second, by lead 2.", kb.get("a").orElseThrow().body());
        assertEquals(2, kb.history("a").size());
    }

    @Test
    void ofConcurrentEditsOfTheSameVersionExactlyOneWins() throws Exception {
        kb.add(TestEntries.reply("a", Intent.ORDER_STATUS, "Start."), "lead:1");
        int editors = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String body = "Edit by lead " + i + ".";
            results.add(pool.submit(() -> {
                start.await();
                try {
                    kb.edit("a", EntryChanges.none().body(body), "lead:x", 1);
                    return body;
                } catch (ConflictException ex) {
                    return null;
                }
            }));
        }
        start.countDown();
        List<String> winners = new java.util.ArrayList<>();
        for (var f : results) {
            String w = f.get(1, java.util.concurrent.TimeUnit.MINUTES);
            if (w != null) {
                winners.add(w);
            }
        }
        pool.shutdown();
        assertEquals(1, winners.size(), winners.toString());
        assertEquals(winners.getFirst(), kb.get("a").orElseThrow().body());
        assertEquals(2, kb.history("a").size());
        assertEquals(1, kb.search(SearchQuery.of("Edit by lead")).size());
    }

    @Test
    void aBlockedReplyIsKeptPendingAndTheResultSaysWhy() {
        WriteResult r = kb.add(TestEntries.reply("bad", Intent.PRAISE, "Thanks! Leave 5 stars and get a gift."),
                "lead:1");
        assertTrue(r.heldBack());
        assertEquals(Status.PENDING, r.entry().status());
        assertTrue(r.message().contains("kept pending"), r.message());
        assertTrue(r.blocking().stream().anyMatch(f -> f.category() == com.replyguard.policy.Category.REVIEW_INCENTIVE),
                () -> r.blocking().toString());
        assertTrue(kb.search(SearchQuery.of("gift")).isEmpty(), "not served to agents");
        WriteResult approve = kb.approve("bad", "lead:2");
        assertFalse(approve.written());
        assertEquals(Status.PENDING, kb.get("bad").orElseThrow().status());
        kb.edit("bad", EntryChanges.none().body("Thanks for your kind words!"), "lead:2", 1);
        assertEquals(Status.APPROVED, kb.approve("bad", "lead:2").entry().status());
    }

    @Test
    void proposeApproveAndRejectFollowTheReviewFlow() {
        WriteResult p = kb.propose(TestEntries.reply("p", Intent.REFUND_STATUS, "Your refund is on its way."),
                "agent:7");
        assertEquals(Status.PENDING, p.entry().status());
        assertEquals(1, kb.entries(EntryFilter.all().withStatus(Status.PENDING)).size());
        WriteResult rejected = kb.reject("p", "lead:1", "too vague");
        assertEquals(Status.DRAFT, rejected.entry().status());
        assertEquals("agent:7", rejected.entry().author(), "the proposer can be told why");
        assertEquals("lead:1", kb.auditLog("p", 10).getLast().actor());
        assertEquals("too vague", kb.auditLog("p", 10).getLast().detail());
        assertThrows(KnowledgeException.class, () -> kb.reject("p", "lead:1", " "));
        WriteResult approved = kb.approve("p", "lead:1");
        assertEquals(Status.APPROVED, approved.entry().status());
        assertEquals("lead:1", approved.entry().approver());
        assertEquals("agent:7", approved.entry().author());
        assertEquals(1, kb.search(SearchQuery.of("refund")).size());
    }

    @Test
    void retireHidesAnEntryAndRevertBringsAnOldVersionBack() {
        kb.add(TestEntries.reply("a", Intent.ORDER_STATUS, "Original wording about tracking."), "lead:1");
        kb.edit("a", EntryChanges.none().body("Broken wording."), "lead:1", 1);
        kb.retire("a", "lead:1");
        assertTrue(kb.search(SearchQuery.of("wording")).isEmpty());
        assertEquals(1, kb.search(SearchQuery.of("wording").withStatus(Status.RETIRED)).size());
        WriteResult r = kb.revert("a", 1, "lead:2");
        assertEquals(4, r.entry().version());
        assertEquals("Original wording about tracking.", r.entry().body());
        assertEquals(Status.APPROVED, r.entry().status());
        assertEquals("a", kb.search(SearchQuery.of("tracking")).getFirst().entry().id());
        assertThrows(KnowledgeException.class, () -> kb.revert("a", 9, "lead:2"));
    }

    @Test
    void unknownIdsGiveAClearError() {
        KnowledgeException ex = assertThrows(KnowledgeException.class, () -> kb.retire("nope", "lead:1"));
        assertEquals("There is no entry with id 'nope'.", ex.getMessage());
    }

    @Test
    void usageAndFeedbackFeedTheStatistics() {
        kb.add(TestEntries.reply("a", Intent.ORDER_STATUS, "A."), "lead:1");
        kb.add(TestEntries.reply("b", Intent.PRAISE, "B."), "lead:1");
        kb.recordServed("a", Intent.ORDER_STATUS, com.replyguard.policy.Marketplace.AMAZON, "agent:1");
        kb.recordServed("a", Intent.ORDER_STATUS, com.replyguard.policy.Marketplace.AMAZON, "agent:2");
        kb.recordFeedback("a", true, "agent:1");
        kb.recordFeedback("a", false, "agent:2");
        kb.recordFeedback("a", false, "agent:2");
        var stats = kb.stats(null);
        var a = stats.perEntry().get("a");
        assertEquals(2, a.served());
        assertEquals(1, a.helpful());
        assertEquals(2, a.notHelpful());
        assertEquals(2, stats.perIntent().get("ORDER_STATUS").served());
        assertEquals(List.of("b"), stats.neverUsed());
        assertEquals(1, stats.perAgent().get("agent:2").served());
        assertEquals(2, stats.perAgent().get("agent:2").feedback());
        assertEquals(2, stats.perAgent().get("lead:1").writes());
        assertTrue(kb.feedbackByEntry().get("a").feedbackScore() < 0);
    }
}
