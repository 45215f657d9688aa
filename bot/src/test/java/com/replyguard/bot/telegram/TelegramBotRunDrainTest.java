package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TelegramBot#run()} returns only when the answers under way are finished, even when the thread it runs on
 * is interrupted while it drains: stop() interrupts that thread to end the loop, and an interrupt arriving after the
 * loop ended once cut the drain short, so the caller closed bot-state.db under a reply still on its way and the
 * update stayed in the inbox (BotShutdownTest failed so, once, in a full run). The interrupts are forced here.
 */
class TelegramBotRunDrainTest {
    static final long AGENT = 1001;

    @TempDir
    Path data;

    @Test
    void runWaitsForTheReplyInFlightThoughItsThreadIsInterruptedWhileDraining() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean first = new AtomicBoolean(true);
            try (BotHarness h = new BotHarness(data, Map.of(AGENT, Role.AGENT))) {
                h.api.addListener(call -> {
                    if (call.is("sendMessage") && call.chatId() == AGENT && first.compareAndSet(true, false)) {
                        held.countDown();
                        try {
                            release.await(1, TimeUnit.MINUTES); // "Telegram" is slow with the first part
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
                TelegramBot bot = h.build();
                AtomicBoolean busyAtReturn = new AtomicBoolean(true);
                AtomicLong handledAtReturn = new AtomicLong(-1);
                Thread runner = new Thread(() -> {
                    bot.run();
                    busyAtReturn.set(bot.busy());
                    handledAtReturn.set(bot.handledCount());
                }, "test-run");
                runner.start();
                h.api.pushText(AGENT, "Hi, where is my order?");
                assertTrue(held.await(60, TimeUnit.SECONDS), h.api.summary());
                Thread stopper = new Thread(bot::stop, "test-stop");
                stopper.start();
                // Interrupts reach the thread in run() while the loop ends and while it drains.
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
                while (System.nanoTime() < until && runner.isAlive()) {
                    runner.interrupt();
                    Thread.sleep(5);
                }
                assertTrue(runner.isAlive(), "run() returned while a reply was still on its way");
                release.countDown();
                runner.join();
                stopper.join();
                assertFalse(busyAtReturn.get(), "nothing under way when run() returned");
                assertEquals(1, handledAtReturn.get(), "the update was finished before run() returned");
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("bot-state.db"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM inbox")) {
                assertEquals(0, rs.getInt(1), "nothing left in the inbox");
            }
        });
    }
}
