package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Reply;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's state file stops taking writes (as on a full disk) while a handler runs, before anything was sent: the
 * user is not told of an internal error and the message is not lost; when writes work again the same input is
 * handled again and answered once, without a restart.
 */
class TelegramBotStorageFaultBeforeSendTest {
    static final long AGENT = 1001;

    @TempDir
    Path data;

    @Test
    void aHandlerStoppedByAFullStateFileBeforeItsFirstSendIsHandledAgainWhenWritesWork() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            AtomicBoolean armed = new AtomicBoolean(true);
            CountDownLatch refused = new CountDownLatch(1);
            AtomicInteger runs = new AtomicInteger();
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.AGENT))) {
                h.feature((registry, parts, config) -> registry.command("remember", Role.AGENT, "cmd.help", false,
                        (ctx, args) -> {
                            runs.incrementAndGet();
                            if (armed.compareAndSet(true, false)) {
                                StateFaults.refuseWrites(h.stateDb(), true); // the disk fills up right now
                                refused.countDown();
                            }
                            String id = ctx.chat().remember("kept: " + args); // a write to bot-state.db
                            return List.of(Reply.text("remembered " + ctx.chat().recall(id, String.class)
                                    .orElseThrow()));
                        }));
                h.start();
                h.api.pushText(AGENT, "/remember the lamp");
                assertTrue(refused.await(30, TimeUnit.SECONDS));
                Thread.sleep(500); // the bot meets the refused write (and tries again meanwhile)
                assertEquals(0, sends(h), "nothing is said while the state cannot be written: " + h.api.summary());
                assertTrue(inboxRows() > 0, "the update is kept until it is answered");
                StateFaults.refuseWrites(h.stateDb(), false);

                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1,
                        Duration.ofSeconds(60));
                assertEquals("remembered kept: the lamp", sent.get(0).text());
                while (inboxRows() > 0) {
                    Thread.sleep(20); // finished without a restart (the test's time limit is the hang guard)
                }
                assertEquals(1, sends(h), "answered once, no internal error: " + h.api.summary());
                assertTrue(runs.get() >= 2, "handled again after the fault: " + runs.get());
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
