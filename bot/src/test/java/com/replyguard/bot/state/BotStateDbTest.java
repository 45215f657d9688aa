package com.replyguard.bot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bot writes to bot-state.db is there again after reopening the file. */
class BotStateDbTest {
    @TempDir
    Path dir;

    @Test
    void settingsRolesProgressAndFeedbackSurviveAReopen() {
        try (BotStateDb db = BotStateDb.open(dir)) {
            SqliteSettingsStore s = new SqliteSettingsStore(db);
            s.save(new UserSettings(5, Marketplace.ALIEXPRESS, Language.BN));
            s.grantRole(6, Role.LEAD);
            s.saveSignature(5, "Lina", " ");
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            h.markSent(10, 1);
            h.markDone(11, 2);
            new SqliteFeedbackSink(db).record(new Feedback("agent:5", "e1", true, Marketplace.ALIEXPRESS,
                    Instant.parse("2026-11-22T10:00:00Z")));
        }
        try (BotStateDb db = BotStateDb.open(dir)) {
            SqliteSettingsStore s = new SqliteSettingsStore(db);
            assertEquals(Optional.of(new UserSettings(5, Marketplace.ALIEXPRESS, Language.BN)), s.find(5));
            assertEquals(Optional.of(Role.LEAD), s.grantedRole(6));
            assertEquals(java.util.Map.of("agent_name", "Lina"), s.signature(5), "a blank store name is not kept");
            assertEquals(java.util.Map.of(), s.signature(6));
            s.grantRole(6, null);
            assertEquals(Optional.empty(), s.grantedRole(6));
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            assertEquals(new HandledUpdates.Progress(1, false), h.progress(10));
            assertTrue(h.progress(11).done());
            assertFalse(h.progress(12).done());
            assertEquals(11, h.maxDone());
            h.pruneBelow(12);
            assertFalse(h.progress(11).done());
            assertEquals(1, h.progress(10).sent(), "unfinished updates are never pruned");
            assertEquals("e1", new SqliteFeedbackSink(db).all().get(0).entryId());
        }
    }

    @Test
    void updatesInTheInboxSurviveAReopenUntilDoneWithTheRepliesAlreadySent() {
        try (BotStateDb db = BotStateDb.open(dir)) {
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            h.accept(java.util.Map.of(20L, "{\"update_id\":20}", 21L, "{\"update_id\":21}", 22L, "{\"update_id\":22}"));
            h.accept(java.util.Map.of(21L, "{\"update_id\":21,\"again\":true}")); // a re-offer changes nothing
            h.markSent(21, 1);
            h.markDone(22, 1);
            assertEquals(new HandledUpdates.Progress(1, false), h.progress(21), "this run's progress, from memory");
            assertTrue(h.progress(22).done());
        }
        try (BotStateDb db = BotStateDb.open(dir)) {
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            assertEquals(java.util.List.of(new HandledUpdates.Pending(20, "{\"update_id\":20}", 0),
                    new HandledUpdates.Pending(21, "{\"update_id\":21}", 1)), h.inbox());
            assertTrue(h.progress(22).done(), "an earlier run's progress, from the file");
            h.markDone(20, 0);
            h.markDone(21, 2);
            assertEquals(java.util.List.of(), h.inbox());
            assertFalse(h.progress(23).done(), "a new update is new");
        }
    }
}
