package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.testing.StubKnowledge;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real bot, client and state file against a fake Bot API on 127.0.0.1. */
class TelegramBotTest {
    static final long AGENT = 1001;
    static final long LEAD = 1002;
    static final long STRANGER = 5555;
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private BotHarness harness() throws Exception {
        return new BotHarness(data, Map.of(AGENT, Role.AGENT, LEAD, Role.LEAD));
    }

    @Test
    void aPastedBuyerMessageGetsTheBestDraftToCopyThenItsVerdictWithButtons() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "Hi, where is my order? It has been a week.");
                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2,
                        WAIT);
                FakeTelegramServer.Call draft = sent.get(0);
                assertEquals("HTML", draft.params().get("parse_mode"));
                assertTrue(draft.text().startsWith("<pre>") && draft.text().contains("Your order is on its way"),
                        draft.text());
                assertEquals("copy:" + StubKnowledge.FIRST, BotHarness.button(draft, "📋"));
                FakeTelegramServer.Call verdict = sent.get(1);
                assertTrue(verdict.text().contains("✅"), verdict.text());
                assertTrue(verdict.text().contains("[TRACKING NUMBER]"), "fill-in shown: " + verdict.text());
                for (List<String[]> row : BotHarness.keyboard(verdict)) {
                    for (String[] b : row) {
                        assertTrue(b[1].getBytes(StandardCharsets.UTF_8).length <= 64, b[1]);
                    }
                }
                assertEquals(5, BotHarness.keyboard(verdict).stream().mapToInt(List::size).sum());
            }
        });
    }

    @Test
    void oneChatFloodingTheBotDoesNotHoldUpAnotherUsersAnswer() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                TelegramBot bot = h.start();
                for (int i = 0; i < 300; i++) {
                    h.api.pushText(AGENT, "flood " + i);
                }
                h.api.pushText(LEAD, "Hi, where is my order? It has been a week.");
                List<FakeTelegramServer.Call> answer = h.api.awaitCalls("sendMessage", c -> c.chatId() == LEAD, 2,
                        WAIT);
                assertTrue(answer.get(0).text().contains("Your order is on its way"), answer.get(0).text());
                assertTrue(bot.droppedCount() > 0, "the flood beyond the chat's backlog is confirmed unanswered");
                assertTrue(h.api.sentTo(AGENT).size() < 300, "the flooder is not answered message by message");
            }
        });
    }

    @Test
    void theNextDraftButtonShowsTheSecondDraftWithItsBlockingReasons() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "my order has not arrived");
                FakeTelegramServer.Call verdict = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2, WAIT)
                        .get(1);
                // The first draft has a blank: a third message asks for it (issue #16).
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 3, WAIT);
                h.api.pushCallback(AGENT, BotHarness.button(verdict, "➡️"), verdict);
                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 5,
                        WAIT);
                assertTrue(sent.get(3).text().contains("Leave 5 stars"), sent.get(3).text());
                assertTrue(sent.get(4).text().contains("⛔"), sent.get(4).text());
                assertTrue(sent.get(4).text().contains("Rewards tied to ratings"), sent.get(4).text());
                h.api.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT);
            }
        });
    }

    @Test
    void checkMarksTheOffendingPartsAndOffersAFixedVersion() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "/check Thanks! Give us 5 stars & visit www.myshop.example <soon>");
                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2,
                        WAIT);
                String findings = sent.get(0).text();
                assertTrue(findings.contains("<u><b>5 stars</b></u>"), findings);
                assertTrue(findings.contains("<u><b>www.myshop.example</b></u>"), findings);
                assertTrue(findings.contains("&amp;") && findings.contains("&lt;soon&gt;"), "escaped: " + findings);
                String fixed = sent.get(1).text();
                assertTrue(fixed.contains("<pre>") && !fixed.contains("5 stars"), fixed);
            }
        });
    }

    @Test
    void askInBengaliIsAnsweredInBengaliWithTheSource() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "/ask আমি কি ক্রেতার কাছে রিভিউ চাইতে পারি?");
                String answer = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT).get(0).text();
                assertTrue(answer.contains("রিভিউ চাওয়ার নিয়ম"), answer);
                assertTrue(answer.contains("Test policy"), answer);
            }
        });
    }

    @Test
    void anUnknownUserGetsOnePoliteMessageWithTheirIdAndNothingElse() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(STRANGER, "where is my order?");
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT);
                List<FakeTelegramServer.Call> toStranger = h.api.awaitCalls("sendMessage",
                        c -> c.chatId() == STRANGER, 1, WAIT);
                assertEquals(1, toStranger.size());
                assertTrue(toStranger.get(0).text().contains(String.valueOf(STRANGER)), toStranger.get(0).text());
                assertFalse(toStranger.get(0).text().contains("<pre>"));
            }
        });
    }

    @Test
    void aRateLimitedSendWaitsAndIsDeliveredOnce() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.api.failNext("sendMessage", 429, 1, 1);
                h.start();
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2, WAIT);
                Thread.sleep(300);
                List<FakeTelegramServer.Call> attempts = h.api.sentTo(AGENT);
                assertEquals(2, attempts.size(), "one refused attempt, one delivered: " + h.api.summary());
                assertEquals(attempts.get(0).text(), attempts.get(1).text());
            }
        });
    }

    @Test
    void serverErrorsAreRetriedAndThePollingLoopSurvivesThem() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.api.failNext("getUpdates", 502, null, 3);
                h.api.failNext("sendMessage", 500, null, 2);
                h.start();
                h.api.pushText(AGENT, "/start");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT && c.text().contains("ReplyGuard"), 3, WAIT);
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT && c.text().contains("/check"), 1, WAIT);
            }
        });
    }

    @Test
    void aTenThousandCharacterPasteGetsOneShortHelpfulAnswer() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "order ".repeat(1667).substring(0, 10_000));
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT && c.text().contains("/check"), 1, WAIT);
                List<FakeTelegramServer.Call> sent = h.api.sentTo(AGENT);
                assertTrue(sent.get(0).text().contains("10000"), sent.get(0).text());
                assertTrue(sent.get(0).text().length() < 400);
            }
        });
    }

    @Test
    void invalidUpdatesAreConfirmedAndSkippedWithoutStoppingTheBot() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushRaw("{\"message\": {\"message_id\": 1, \"date\": 0}}");
                h.api.pushRaw("{\"edited_message\": {\"message_id\": 2, \"date\": 0, \"text\": \"x\"}}");
                h.api.pushRaw("{\"callback_query\": {\"id\": \"q\", \"from\": {\"id\": 1001, \"is_bot\": false,"
                        + " \"first_name\": \"A\"}, \"chat_instance\": \"c\"}}");
                h.api.pushGroupText(AGENT, -100, "order status please");
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT);
                long deadline = System.nanoTime() + WAIT.toNanos();
                while (h.api.unconfirmed() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertEquals(0, h.api.unconfirmed(), "every update confirmed");
                assertTrue(h.api.calls("sendMessage").stream().noneMatch(c -> c.chatId() == -100),
                        "group chats are ignored unless enabled");
            }
        });
    }

    @Test
    void photosAndStickersGetAShortHelpfulAnswer() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushPhoto(AGENT);
                h.api.pushSticker(AGENT);
                List<FakeTelegramServer.Call> sent = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2,
                        WAIT);
                assertTrue(sent.get(0).text().contains("photo"), sent.get(0).text());
                assertTrue(sent.get(1).text().contains("sticker"), sent.get(1).text());
            }
        });
    }

    @Test
    void theCommandMenuIsPublishedInThreeLanguagesAtStartUp() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                List<FakeTelegramServer.Call> menus = h.api.awaitCalls("setMyCommands", c -> true, 3, WAIT);
                Map<Object, String> byLang = new HashMap<>();
                for (FakeTelegramServer.Call c : menus) {
                    byLang.put(c.params().getOrDefault("language_code", "default"), c.params().get("commands")
                            .toString());
                }
                assertTrue(byLang.get("default").contains("\"check\""), byLang.toString());
                assertTrue(byLang.get("bn").contains("যাচাই"), byLang.toString());
                assertTrue(byLang.get("ms").contains("Semak"), byLang.toString());
            }
        });
    }
}
