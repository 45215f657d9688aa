package com.replyguard.bot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentJournalTest {
    @TempDir
    Path dir;

    @Test
    void readingKeepsTheHighestCountPerUpdateAndSkipsALineCutShortOrDamaged() throws Exception {
        Path file = dir.resolve("j");
        try (SentJournal j = SentJournal.openEmpty(file)) {
            j.append(5, 1);
            j.append(6, 1);
            j.append(5, 2);
            j.append(5, 1); // a late, lower report changes nothing
        }
        Files.writeString(file, "x7 1\n8 one\n9 3", StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        assertEquals(Map.of(5L, 2, 6L, 1), SentJournal.read(file), "9 3 has no newline: the kill cut it short");
        assertEquals(Map.of(), SentJournal.read(dir.resolve("missing")));
    }

    @Test
    void aLongRunCompactsTheFileToTheUnfinishedUpdates() throws Exception {
        Path file = dir.resolve("j");
        try (SentJournal j = SentJournal.openEmpty(file)) {
            j.append(1, 1); // never finished
            for (long id = 2; id < 40_000; id++) {
                j.append(id, 1);
                j.append(id, 2);
                j.forget(id);
            }
            j.append(40_000, 3);
            assertTrue(Files.size(file) < SentJournal.COMPACT_AT + 64, "compacted: " + Files.size(file));
            Map<Long, Integer> read = SentJournal.read(file);
            assertEquals(1, read.get(1L), "an unfinished update survives every compaction");
            assertEquals(3, read.get(40_000L));
            assertTrue(read.size() < 30_000, "finished updates were dropped: " + read.size() + " left");
        }
    }

    @Test
    void repliesRecordedOnlyInTheJournalAreFoldedIntoTheStateOnTheNextStart() throws Exception {
        try (BotStateDb db = BotStateDb.open(dir)) {
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            h.accept(Map.of(30L, "{\"update_id\":30}", 31L, "{\"update_id\":31}"));
            h.markSent(30, 1);
            h.markSent(30, 2);
            h.markDone(31, 1);
        }
        Path journal = dir.resolve(BotStateDb.SENT_JOURNAL);
        // A stale line for a finished update (a kill between the database write and the journal's) changes nothing.
        Files.writeString(journal, "31 5\n", StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);
        try (BotStateDb db = BotStateDb.open(dir)) {
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            assertEquals(List.of(new HandledUpdates.Pending(30, "{\"update_id\":30}", 2)), h.inbox());
            assertEquals(new HandledUpdates.Progress(1, true), h.progress(31));
            assertEquals(0, Files.size(journal), "folded into bot-state.db and emptied");
        }
        try (BotStateDb db = BotStateDb.open(dir)) {
            HandledUpdates h = new HandledUpdates(db, Clock.systemUTC());
            assertEquals(List.of(new HandledUpdates.Pending(30, "{\"update_id\":30}", 2)), h.inbox(),
                    "kept in the database once the journal is empty");
        }
    }
}
