package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.knowledge.draft.Draft;
import com.replyguard.knowledge.draft.DraftResult;
import com.replyguard.knowledge.draft.Drafter;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot killed mid-stream and restarted on the same data directory loses no update and answers none twice. */
class TelegramBotRestartTest {
    @TempDir
    Path data;

    /** Echoes the buyer message into its one draft; blocks on messages containing "SLOW" while {@code hold} is up. */
    static final class EchoDrafter implements Drafter {
        final CountDownLatch hold = new CountDownLatch(1);
        volatile boolean blocking = true;
        private final StubChecker checker = new StubChecker();

        @Override
        public DraftResult draft(String message, Marketplace marketplace) {
            if (blocking && message.contains("SLOW")) {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted by the crash", e);
                }
            }
            String text = "reply to " + message.substring(message.indexOf("msg-"));
            return new DraftResult(marketplace, Language.EN, Intent.ORDER_STATUS, 1, Map.of(),
                    List.of(new Draft(text, "e1", Intent.ORDER_STATUS, 1, checker.check(text, marketplace),
                            List.of(), false)), List.of(), List.of());
        }
    }

    @Test
    void aCrashMidStreamThenARestartAnswersEveryUpdateExactlyOnce() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Map<Long, Role> users = new HashMap<>();
            for (long u = 1; u <= 8; u++) {
                users.put(u, Role.AGENT);
            }
            EchoDrafter drafter = new EchoDrafter();
            try (BotHarness h = new BotHarness(data, users)) {
                h.drafter(drafter);
                TelegramBot first = h.start();
                for (int i = 1; i <= 5; i++) {
                    h.api.pushText(i, (i == 3 ? "SLOW " : "") + "buyer says msg-" + i);
                }
                for (int i : new int[] {1, 2, 4, 5}) {
                    awaitDraft(h, i);
                }
                // Halt once those four are recorded as done. (A message whose HTTP call is cut by the crash
                // itself may reach Telegram unrecorded and go out again: the one at-least-once window.)
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (first.handledCount() < 4 && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                first.halt(); // msg-3 is still being handled: the crash must not lose it
                for (int i = 6; i <= 8; i++) {
                    h.api.pushText(i, "buyer says msg-" + i);
                }
                drafter.blocking = false;
                drafter.hold.countDown();
                h.start();
                for (int i : new int[] {3, 6, 7, 8}) {
                    awaitDraft(h, i);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (h.api.unconfirmed() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(300); // room for any duplicate to show up
                for (int i = 1; i <= 8; i++) {
                    String marker = "reply to msg-" + i + "<";
                    long drafts = h.api.calls("sendMessage").stream()
                            .filter(c -> c.text() != null && c.text().contains(marker)).count();
                    assertEquals(1, drafts, "msg-" + i + " answered exactly once;" + h.api.summary());
                    long chat = i;
                    long verdicts = h.api.sentTo(chat).stream().filter(c -> c.text().contains("✅")).count();
                    assertEquals(1, verdicts, "msg-" + i + " verdict sent once");
                }
                assertEquals(0, h.api.unconfirmed());
            }
        });
    }

    private static void awaitDraft(BotHarness h, int i) throws InterruptedException {
        h.api.awaitCalls("sendMessage", c -> c.text() != null && c.text().contains("reply to msg-" + i + "<"), 1,
                Duration.ofSeconds(20));
    }
}
