package com.replyguard.bot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.core.ChatState;
import com.replyguard.knowledge.gaps.GapCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chat memory in bot-state.db: durable for its lifetime, bound to its chat and messages, ids never repeated. */
class SqliteChatMemoryTest {
    static final long CHAT = 42;
    static final Duration LIFETIME = Duration.ofMinutes(120);

    @TempDir
    Path dir;

    /** A package-private record, as the features' own values are. */
    record Shown(String buyer, int index, byte[] file) {
    }

    /** A clock the test moves forward. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void valuesButtonsAndAwaitedTextSurviveARestartForTheirLifetime() {
        Hands clock = new Hands();
        GapCluster gap = new GapCluster("where is my parcel", 3, List.of("parcel?"), Map.of("ORDER_STATUS", 3),
                Map.of("amazon", 3), 0.2, Instant.parse("2026-11-30T08:00:00Z"));
        String shownId;
        String gapId;
        try (BotStateDb db = BotStateDb.open(dir)) {
            SqliteChatMemory m = new SqliteChatMemory(db, LIFETIME, clock);
            shownId = m.remember(CHAT, new Shown("Sarah", 1, new byte[] {1, 2, 3}));
            gapId = m.remember(CHAT, gap);
            m.attach(CHAT, shownId, 501);
            m.put(CHAT, "curation.done." + gapId, Boolean.TRUE);
            m.awaitText(CHAT, 7, new ChatState.Awaited("curation.edit", gapId));
        }
        clock.now = clock.now.plus(Duration.ofMinutes(119));
        try (BotStateDb db = BotStateDb.open(dir)) {
            SqliteChatMemory m = new SqliteChatMemory(db, LIFETIME, clock);
            Shown shown = (Shown) m.recall(CHAT, shownId, 501).orElseThrow();
            assertEquals("Sarah", shown.buyer());
            assertEquals(3, shown.file().length);
            assertEquals(gap, m.recall(CHAT, gapId, 0).orElseThrow());
            assertEquals(Optional.of(Boolean.TRUE), m.get(CHAT, "curation.done." + gapId));
            assertEquals(Optional.empty(), m.takeAwaited(CHAT, 8), "another user of the chat is not awaited");
            assertEquals(Optional.of(new ChatState.Awaited("curation.edit", gapId)), m.takeAwaited(CHAT, 7));
            assertEquals(Optional.empty(), m.takeAwaited(CHAT, 7), "taken once");

            assertEquals(Optional.empty(), m.recall(CHAT, shownId, 502), "another message of the chat");
            assertEquals(Optional.empty(), m.recall(CHAT + 1, shownId, 501), "another chat");
            clock.now = clock.now.plus(Duration.ofMinutes(2));
            assertEquals(Optional.empty(), m.recall(CHAT, shownId, 501), "past chat_memory_minutes");
        }
    }

    @Test
    void idsNeverRepeatEvenAfterTheStateFileIsPutBackToAnOlderCopy() throws Exception {
        Hands clock = new Hands();
        Path older = dir.resolve("older.db");
        String before;
        try (BotStateDb db = BotStateDb.open(dir)) {
            before = new SqliteChatMemory(db, LIFETIME, clock).remember(CHAT, "before the backup");
        }
        Files.copy(dir.resolve(BotStateDb.FILE_NAME), older);
        String sent;
        try (BotStateDb db = BotStateDb.open(dir)) {
            SqliteChatMemory m = new SqliteChatMemory(db, LIFETIME, clock);
            for (int i = 0; i < 50; i++) {
                m.remember(CHAT, "after the backup " + i);
            }
            sent = m.remember(CHAT, "last before the restore");
        }
        Files.copy(older, dir.resolve(BotStateDb.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        clock.now = clock.now.plusSeconds(1);
        try (BotStateDb db = BotStateDb.open(dir)) {
            String next = new SqliteChatMemory(db, LIFETIME, clock).remember(CHAT, "after the restore");
            assertTrue(Long.parseLong(next) > Long.parseLong(sent), next + " must be above " + sent);
            assertTrue(Long.parseLong(before) < Long.parseLong(sent));
        }
    }
}
