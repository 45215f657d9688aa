package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.replyguard.bot.access.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message passes through bot-state.db (the inbox holds its JSON until its answer is out) and must not stay on
 * disk once handled: neither the database file nor its write-ahead log keeps the text's bytes. (A pasted buyer
 * message that gets a draft is kept on purpose, for the draft's buttons, for chat_memory_minutes; a question to
 * /ask is kept by nothing but the inbox.)
 */
class HandledTextErasureTest {
    static final long AGENT = 1001;

    @TempDir
    Path data;

    @Test
    void aHandledBuyerMessageLeavesNoTraceInTheStateFileOrItsLog() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            String buyer = "/ask the buyer Zubaida Quillfeather at 17 Marigold Crescent wants a refund, may I?";
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.AGENT))) {
                h.start();
                h.api.pushText(AGENT, buyer);
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, Duration.ofSeconds(30));
                h.api.pushText(AGENT, "/help"); // handled after the first one: its update is done by then
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT && c.text().contains("/"), 1,
                        Duration.ofSeconds(30));
                byte[] needle = "Zubaida Quillfeather".getBytes(StandardCharsets.UTF_8);
                boolean found = true;
                while (found) { // the second update's end is written just after its answer
                    found = contains(data.resolve("bot-state.db"), needle)
                            || contains(data.resolve("bot-state.db-wal"), needle);
                    Thread.sleep(20);
                }
                // and while the bot is still running, nothing brings it back
                assertFalse(contains(data.resolve("bot-state.db"), needle));
                assertFalse(contains(data.resolve("bot-state.db-wal"), needle));
            }
            assertFalse(contains(data.resolve("bot-state.db"), "Zubaida".getBytes(StandardCharsets.UTF_8)));
        });
    }

    private static boolean contains(Path file, byte[] needle) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
                .contains(new String(needle, StandardCharsets.ISO_8859_1));
    }
}
