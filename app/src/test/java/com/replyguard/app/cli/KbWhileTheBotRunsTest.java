package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.telegram.BotHarness;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.search.SearchQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md promises that {@code kb} works while the bot runs: the real Telegram bot (against the fake Bot
 * API) holds the data directory's knowledge base open, and the command line reads it and writes to it at the same
 * time; a write reaches the running bot's search index, and the one command that needs the index to itself says so.
 */
class KbWhileTheBotRunsTest {
    static final long AGENT = 1001;

    @TempDir
    Path tmp;

    @Test
    void readsWorkWritesReachTheRunningBotAndReindexIsRefusedClearly() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            Path data = tmp.resolve("data");
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.LEAD)).realServices()) {
                h.start();
                KnowledgeBase running = h.services().knowledge(); // the bot's own, holding the index
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, Duration.ofSeconds(30));
                int entries = running.size();
                assertTrue(entries > 0, "the built-in knowledge is loaded");

                CliRun stats = CliRun.of("kb", "stats", "--data", data.toString());
                assertEquals(0, stats.status(), stats.err());
                assertTrue(stats.out().startsWith("entries: " + entries + " "), stats.out());
                CliRun list = CliRun.of("kb", "list", "--data", data.toString());
                assertEquals(0, list.status(), list.err());
                String someId = running.entries(com.replyguard.knowledge.search.EntryFilter.approved()).get(0).id();
                assertTrue(list.out().contains(someId), list.out());
                Path export = tmp.resolve("all.jsonl");
                CliRun exp = CliRun.of("kb", "export", export.toString(), "--data", data.toString());
                assertEquals(0, exp.status(), exp.err());
                assertEquals(entries, Files.readAllLines(export).stream().filter(l -> !l.isBlank()).count());
                CliRun search = CliRun.of("kb", "search", "parcel", "--data", data.toString());
                assertEquals(0, search.status(), search.err());
                assertFalse(search.out().isBlank(), "the command line searches the bot's index: " + search.err());

                CliRun add = CliRun.of("kb", "add", "--data", data.toString(), "--id", "t-quokka", "--kind", "reply",
                        "-m", "amazon", "--language", "en", "--intent", "PRAISE", "-q", "Do you sell quokka lamps?",
                        "--body", "Thank you, our quokka lamps are back in stock.");
                assertEquals(0, add.status(), add.err());
                assertTrue(add.out().contains("'t-quokka' saved as version 1"), add.out());
                // The running bot's index follows the store (within a second: it looks at most once a second).
                boolean seen = false;
                while (!seen) {
                    seen = running.search(SearchQuery.of("quokka lamps")).stream()
                            .anyMatch(hit -> hit.entry().id().equals("t-quokka"));
                    Thread.sleep(50);
                }
                assertEquals(entries + 1, running.size());

                CliRun reindex = CliRun.of("kb", "reindex", "--data", data.toString());
                assertEquals(1, reindex.status(), reindex.out());
                assertTrue(reindex.err().contains("in use by a running ReplyGuard"), reindex.err());
                assertFalse(reindex.err().contains("at com."), "no stack trace: " + reindex.err());

                // The bot's index came through untouched: after the bot stops it opens without a rebuild.
            }
            CliRun after = CliRun.of("kb", "search", "quokka", "--data", data.toString());
            assertEquals(0, after.status(), after.err());
            assertTrue(after.out().contains("t-quokka"), after.out());
        });
    }
}
