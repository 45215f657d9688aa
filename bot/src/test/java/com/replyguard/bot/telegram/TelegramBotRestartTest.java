package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.SqliteFeedbackSink;
import com.replyguard.bot.testing.StubChecker;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.Drafter;
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
            return new DraftResult(marketplace, Language.EN, Intent.ORDER_STATUS, 1, com.replyguard.drafting.extract.FoundEntities.NONE,
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

    /** Two drafts for every buyer message, each naming the buyer and coming from that buyer's own entries. */
    static final class BuyerDrafter implements Drafter {
        private final StubChecker checker = new StubChecker();

        @Override
        public DraftResult draft(String message, Marketplace marketplace) {
            String buyer = message.contains("Sarah") ? "Sarah" : "Priya";
            String order = buyer.equals("Sarah") ? "111-1111111-1111111" : "222-2222222-2222222";
            List<Draft> drafts = new java.util.ArrayList<>();
            for (String which : List.of("first", "second")) {
                String text = "Hi " + buyer + ", " + which + " reply about order " + order + ".";
                drafts.add(new Draft(text, buyer.toLowerCase() + "-" + which, Intent.ORDER_STATUS, 1,
                        checker.check(text, marketplace), List.of(), false));
            }
            return new DraftResult(marketplace, Language.EN, Intent.ORDER_STATUS, 1,
                    com.replyguard.drafting.extract.FoundEntities.of(Map.of("buyer_name", buyer)),
                    drafts, List.of(), List.of());
        }
    }

    @Test
    void buttonsUnderADraftSentBeforeARestartActOnThatDraftAfterIt() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            long agent = 7;
            try (BotHarness h = new BotHarness(data, Map.of(agent, Role.AGENT))) {
                h.drafter(new BuyerDrafter());
                TelegramBot first = h.start();
                h.api.pushText(agent, "Where is my order? Thanks, Sarah");
                FakeTelegramServer.Call sarah = awaitVerdict(h, agent, 1);
                first.stop(); // a deploy: the process ends and a new one starts on the same data directory

                h.start();
                h.api.pushText(agent, "Where is my order? Thanks, Priya");
                awaitVerdict(h, agent, 2);

                h.api.pushCallback(agent, BotHarness.button(sarah, "➡️"), sarah);
                FakeTelegramServer.Call next = h.api.awaitCalls("sendMessage", c -> c.text() != null
                        && c.text().contains("second reply"), 1, Duration.ofSeconds(20)).get(0);
                assertTrue(next.text().contains("Sarah") && next.text().contains("111-1111111-1111111"),
                        "Next under Sarah's draft gives Sarah's next draft: " + next.text());

                h.api.pushCallback(agent, BotHarness.button(sarah, "👎"), sarah);
                h.api.awaitCalls("answerCallbackQuery", c -> true, 2, Duration.ofSeconds(20));
                try (BotStateDb db = BotStateDb.open(data)) {
                    List<Feedback> feedback = new SqliteFeedbackSink(db).all();
                    assertEquals(1, feedback.size());
                    assertEquals("sarah-first", feedback.get(0).entryId(), "👎 is recorded against Sarah's draft");
                }
            }
        });
    }

    @Test
    void aButtonPressedUnderAnotherMessageThanItWasSentWithIsRefused() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            long agent = 8;
            try (BotHarness h = new BotHarness(data, Map.of(agent, Role.AGENT))) {
                h.drafter(new BuyerDrafter());
                h.start();
                h.api.pushText(agent, "Where is my order? Thanks, Sarah");
                FakeTelegramServer.Call sarah = awaitVerdict(h, agent, 1);
                h.api.pushText(agent, "Where is my order? Thanks, Priya");
                FakeTelegramServer.Call priya = awaitVerdict(h, agent, 2);

                h.api.pushCallback(agent, BotHarness.button(sarah, "➡️"), priya); // Sarah's data, Priya's message
                FakeTelegramServer.Call answer = h.api.awaitCalls("answerCallbackQuery", c -> true, 1,
                        Duration.ofSeconds(20)).get(0);
                assertEquals("This button has expired.", answer.params().get("text"));
                assertTrue(h.api.calls("sendMessage").stream().noneMatch(c -> c.text() != null
                        && c.text().contains("second reply")), "no draft was shown for it");
            }
        });
    }

    private static FakeTelegramServer.Call awaitVerdict(BotHarness h, long chat, int count)
            throws InterruptedException {
        List<FakeTelegramServer.Call> found = h.api.awaitCalls("sendMessage", c -> c.chatId() == chat
                && c.text() != null && c.text().contains("Draft 1 of 2"), count, Duration.ofSeconds(20));
        return found.get(count - 1);
    }

    private static void awaitDraft(BotHarness h, int i) throws InterruptedException {
        h.api.awaitCalls("sendMessage", c -> c.text() != null && c.text().contains("reply to msg-" + i + "<"), 1,
                Duration.ofSeconds(20));
    }
}
