package com.replyguard.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.telegram.FakeTelegramServer;
import java.nio.file.Files;
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
 * SIGTERM (systemd's stop, {@code Process.destroy()}) of the real bot in a child JVM while a reply is on its way to
 * Telegram: the process exits by itself, the reply in flight and the rest of that answer are delivered, and the
 * update is finished in bot-state.db (nothing left in the inbox for a restart to send again). The time it takes is
 * measured by scripts/bench-sigterm, not here.
 */
class BotShutdownTest {
    static final String TOKEN = "123456:TEST-token_abc";
    static final long AGENT = 1001;

    @TempDir
    Path tmp;

    @Test
    void sigtermDrainsTheReplyInFlightAndExits() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            Path data = tmp.resolve("data");
            CountDownLatch firstSendArrived = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean held = new AtomicBoolean();
            int parts;
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                // The first answer to the agent is held at "Telegram" until the bot has been told to stop.
                api.addListener(call -> {
                    if (call.is("sendMessage") && call.chatId() == AGENT && held.compareAndSet(false, true)) {
                        firstSendArrived.countDown();
                        try {
                            release.await(2, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
                Map<String, String> env = Map.of("TELEGRAM_API_URL", api.baseUrl().toString(), "TELEGRAM_BOT_TOKEN",
                        TOKEN, "REPLYGUARD_DATA", data.toString(), "REPLYGUARD_USERS", AGENT + ":agent");
                try (BotProcess bot = BotProcess.start(env, tmp.resolve("bot.log"), "512m", "bot")) {
                    api.pushText(AGENT, "Hi, my order 112-4456789-2234567 still hasn't arrived. Where is it?");
                    assertTrue(firstSendArrived.await(3, TimeUnit.MINUTES), Files.readString(tmp.resolve("bot.log")));
                    bot.process().destroy(); // SIGTERM
                    Thread.sleep(200); // let the shutdown begin while the reply is still held
                    release.countDown();
                    assertTrue(bot.process().waitFor(60, TimeUnit.SECONDS), "the bot exits after SIGTERM");
                }
                List<FakeTelegramServer.Call> sent = api.sentTo(AGENT).stream().filter(c -> c.is("sendMessage"))
                        .toList();
                // The draft, its verdict and, when the draft has blanks, the one message asking for them: every part
                // once, none lost and none repeated.
                parts = sent.size();
                assertTrue(parts == 2 || parts == 3, "the draft, its verdict (and its blanks): " + api.summary());
                assertEquals(parts, sent.stream().map(FakeTelegramServer.Call::text).distinct().count(),
                        "no part is sent twice: " + api.summary());
                assertTrue(sent.get(0).text().startsWith("<pre>"), sent.get(0).text());
            }
            String log = Files.readString(tmp.resolve("bot.log"));
            assertFalse(log.contains("Exception"), log);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("bot-state.db"));
                 ResultSet inbox = c.createStatement().executeQuery("SELECT count(*) FROM inbox");
                 ResultSet done = c.createStatement().executeQuery(
                         "SELECT count(*) FROM handled_updates WHERE done = 1 AND sent = " + parts)) {
                assertEquals(0, inbox.getInt(1), "nothing left unfinished in the inbox; the bot's log:\n" + log);
                assertEquals(1, done.getInt(1), "the update is recorded as answered with all its parts");
            }
        });
    }
}
