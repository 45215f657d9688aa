package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.StateFaults;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's state file stops taking writes (as on a full disk) right after the first part of an answer went out:
 * the answer waits, and when writes work again the rest of it is sent without a restart, nothing is sent twice, and
 * the update is finished.
 */
class TelegramBotStorageFaultTest {
    static final long AGENT = 1001;

    @TempDir
    Path data;

    @Test
    void anAnswerCutOffByAFullStateFileGoesOnWhenWritesWorkAgainWithoutRepeats() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.AGENT))) {
                h.start();
                BotStateDb db = h.stateDb();
                CountDownLatch firstSent = new CountDownLatch(1);
                AtomicBoolean armed = new AtomicBoolean(true);
                h.api.addListener(call -> {
                    if (call.is("sendMessage") && call.chatId() == AGENT && armed.compareAndSet(true, false)) {
                        StateFaults.refuseWrites(db, true); // before "Telegram" answers the first part
                        firstSent.countDown();
                    }
                });
                h.api.pushText(AGENT, "Hi, where is my order? It has been a week.");
                assertTrue(firstSent.await(30, TimeUnit.SECONDS));
                Thread.sleep(500); // the bot meets the refused writes (the sent journal, a plain file, still works)
                assertTrue(inboxRows() > 0, "not finished while its state cannot be written");
                StateFaults.refuseWrites(db, false);

                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2,
                        Duration.ofSeconds(60));
                assertTrue(sent.get(1).text().contains("✅") || sent.get(1).text().contains("⚠️"), sent.get(1).text());
                while (inboxRows() > 0) {
                    Thread.sleep(20); // finished without a restart (the test's time limit is the hang guard)
                }
                // The draft, its verdict and the one message asking for the draft's blanks: each sent once.
                List<String> texts = h.api.sentTo(AGENT).stream().filter(c -> c.is("sendMessage"))
                        .map(FakeTelegramServer.Call::text).toList();
                assertEquals(3, sends(h), "the draft, its verdict and its blanks: " + h.api.summary());
                assertEquals(texts.size(), texts.stream().distinct().count(), "no part sent twice: " + h.api.summary());
                // The verdict's buttons were tied to their message once writes worked again: 👍 is taken.
                h.api.pushCallback(AGENT, BotHarness.button(sent.get(1), "👍"), sent.get(1));
                String toast = (String) h.api.awaitCalls("answerCallbackQuery", c -> c.params().get("text") != null,
                        1, Duration.ofSeconds(30)).get(0).params().get("text");
                assertEquals("Thanks! Noted that you used it.", toast);
            }
        });
    }

    private static long sends(BotHarness h) {
        return h.api.sentTo(AGENT).stream().filter(c -> c.is("sendMessage")).count();
    }

    private long inboxRows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("bot-state.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM inbox")) {
            return rs.getLong(1);
        }
    }
}
