package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.state.BotStateDb;
import com.replyguard.bot.state.SqliteFeedbackSink;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Telegram UX of issue #14 end to end: the real bot against the fake Bot API on 127.0.0.1. */
class TelegramUxTest {
    static final long AGENT = 1001;
    static final long LEAD = 1002;
    static final long ADMIN = 1003;
    static final long STRANGER = 5555;
    static final long GROUP = -100777;
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path data;

    private BotHarness harness() throws Exception {
        return new BotHarness(data, Map.of(AGENT, Role.AGENT, LEAD, Role.LEAD, ADMIN, Role.ADMIN));
    }

    /** Waits until the bot has finished {@code n} updates. */
    private static void awaitHandled(TelegramBot bot, long n) throws InterruptedException {
        while (bot.handledCount() < n) {
            Thread.sleep(20);
        }
    }

    @Test
    void anUnknownUserIsToldOnceADayEvenAcrossARestartAndNeverInAGroup() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness().config(c -> c.with(b -> b.allowGroups(true)))) {
                TelegramBot first = h.start();
                for (int i = 0; i < 6; i++) {
                    h.api.pushText(STRANGER, "hello " + i);
                }
                h.api.pushGroupText(STRANGER, GROUP, "anyone there?");
                awaitHandled(first, 7);
                first.stop();
                TelegramBot second = h.start(); // a restart must not reset the daily notice
                h.api.pushText(STRANGER, "hello again");
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT);
                awaitHandled(second, 2);
                List<FakeTelegramServer.Call> toStranger = h.api.sentTo(STRANGER);
                assertEquals(1, toStranger.size(), h.api.summary());
                assertTrue(toStranger.get(0).text().contains(String.valueOf(STRANGER)));
                assertTrue(h.api.sentTo(GROUP).isEmpty(), "nothing said to strangers in public: " + h.api.summary());
            }
        });
    }

    @Test
    void anUnknownUserIsToldInTheLanguageOfTheirApp() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(STRANGER, "হ্যালো", "bn");
                String told = h.api.awaitCalls("sendMessage", c -> c.chatId() == STRANGER, 1, WAIT).get(0).text();
                assertEquals(MESSAGES.get(Language.BN, "access.denied", STRANGER), told);
            }
        });
    }

    @Test
    void thumbsUpAndDownAreOneChoicePerAgentAndDraftThatCanBeChanged() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "Hi, where is my order? It has been a week.");
                FakeTelegramServer.Call verdict = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2, WAIT)
                        .get(1);
                String up = BotHarness.button(verdict, "👍");
                String down = BotHarness.button(verdict, "👎");
                h.api.pushCallback(AGENT, up, verdict);
                h.api.awaitCalls("answerCallbackQuery", c -> true, 1, WAIT);
                h.api.pushCallback(AGENT, up, verdict);
                h.api.awaitCalls("answerCallbackQuery", c -> true, 2, WAIT);
                h.api.pushCallback(AGENT, down, verdict);
                List<FakeTelegramServer.Call> toasts = h.api.awaitCalls("answerCallbackQuery", c -> true, 3, WAIT);
                assertEquals(MESSAGES.get(Language.EN, "feedback.thanks_used"), toasts.get(0).params().get("text"));
                assertEquals(MESSAGES.get(Language.EN, "feedback.already"), toasts.get(1).params().get("text"));
                assertEquals(MESSAGES.get(Language.EN, "feedback.changed_not"), toasts.get(2).params().get("text"));
            }
            try (BotStateDb db = BotStateDb.open(data)) {
                List<Feedback> stored = new SqliteFeedbackSink(db).all();
                assertEquals(1, stored.size(), stored.toString());
                assertFalse(stored.get(0).helpful());
            }
        });
    }

    @Test
    void aWebhookLeftOnTheTokenIsDeletedAtStartSoUpdatesArrive() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.api.setWebhook("https://old-deployment.example/hook");
                h.start();
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT);
                assertEquals(1, h.api.calls("getWebhookInfo").size());
                assertEquals(1, h.api.calls("deleteWebhook").size());
                assertEquals("false", String.valueOf(h.api.calls("deleteWebhook").get(0).params()
                        .getOrDefault("drop_pending_updates", "false")), "pending updates are kept");
            }
        });
    }

    @Test
    void noWebhookMeansNoDeleteWebhookCall() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "/help");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT);
                assertEquals(1, h.api.calls("getWebhookInfo").size());
                assertTrue(h.api.calls("deleteWebhook").isEmpty());
            }
        });
    }

    @Test
    void leadsAndAdminsGetTheirOwnCommandMenuInEachLanguageAndAgentsTheDefaultOne() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness().feature((registry, parts, config) -> registry.command("leadonly",
                    Role.LEAD, "cmd.review", true, (ctx, args) -> List.of(Reply.text("lead")))))
            {
                h.start();
                List<FakeTelegramServer.Call> menus = h.api.awaitCalls("setMyCommands", c -> true, 9, WAIT);
                List<FakeTelegramServer.Call> everyone = menus.stream().filter(c -> c.params().get("scope") == null)
                        .toList();
                assertEquals(3, everyone.size(), h.api.summary());
                for (FakeTelegramServer.Call c : everyone) {
                    assertFalse(String.valueOf(c.params().get("commands")).contains("leadonly"));
                }
                assertEquals(List.of("null", "bn", "ms"), everyone.stream()
                        .map(c -> String.valueOf(c.params().get("language_code"))).toList());
                for (long user : List.of(LEAD, ADMIN)) {
                    List<FakeTelegramServer.Call> own = menus.stream().filter(c -> c.params().get("scope") != null
                            && c.params().get("scope").toString().contains("\"chat\"")
                            && c.params().get("scope").toString().contains(String.valueOf(user))).toList();
                    assertEquals(3, own.size(), "menus of " + user + ": " + menus);
                    assertTrue(String.valueOf(own.get(0).params().get("commands")).contains("leadonly"));
                    String bn = String.valueOf(own.get(1).params().get("commands"));
                    assertEquals("bn", own.get(1).params().get("language_code"));
                    assertTrue(bn.contains(MESSAGES.get(Language.BN, "cmd.review")), bn);
                }
                assertFalse(menus.stream().anyMatch(c -> String.valueOf(c.params().get("scope"))
                        .contains(String.valueOf(AGENT))), "agents use the default menu");
            }
        });
    }

    @Test
    void theFirstLanguageIsTheOneTheAppIsSetToUntilTheUserChooses() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "/lang", "ms-MY");
                String first = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 1, WAIT).get(0).text();
                assertTrue(first.contains(MESSAGES.get(Language.MS, "lang.current",
                        MESSAGES.get(Language.MS, "lang.name"))), first);
                h.api.pushText(AGENT, "/lang en", "ms-MY");
                h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 2, WAIT);
                h.api.pushText(AGENT, "/lang", "ms-MY");
                String chosen = h.api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, 3, WAIT).get(2).text();
                assertTrue(chosen.contains(MESSAGES.get(Language.EN, "lang.current", "English")), chosen);
            }
        });
    }

    @Test
    void anAdminAddsChangesAndRemovesUsersFromThePhoneAuditedAndKeptAcrossARestart() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            long newcomer = 2001;
            try (BotHarness h = harness()) {
                TelegramBot first = h.start();
                h.api.pushText(LEAD, "/users");
                assertTrue(h.api.awaitCalls("sendMessage", c -> c.chatId() == LEAD, 1, WAIT).get(0).text()
                        .contains("/users"), "leads are refused");
                h.api.pushText(ADMIN, "/users add " + newcomer + " agent");
                assertEquals(MESSAGES.get(Language.EN, "admin.users.added", newcomer, "agent"),
                        h.api.awaitCalls("sendMessage", c -> c.chatId() == ADMIN, 1, WAIT).get(0).text());
                h.api.pushText(newcomer, "/help");
                String help = h.api.awaitCalls("sendMessage", c -> c.chatId() == newcomer, 1, WAIT).get(0).text();
                assertFalse(help.contains(String.valueOf(newcomer)), "the newcomer is let in: " + help);
                h.api.pushText(ADMIN, "/users role " + newcomer + " lead");
                assertEquals(MESSAGES.get(Language.EN, "admin.users.changed", newcomer, "lead", "agent"),
                        h.api.awaitCalls("sendMessage", c -> c.chatId() == ADMIN, 2, WAIT).get(1).text());
                h.api.pushText(ADMIN, "/users remove " + AGENT);
                assertEquals(MESSAGES.get(Language.EN, "admin.users.in_config", AGENT, "agent"),
                        h.api.awaitCalls("sendMessage", c -> c.chatId() == ADMIN, 3, WAIT).get(2).text());
                h.api.pushText(ADMIN, "/users add 12ab agent");
                assertTrue(h.api.awaitCalls("sendMessage", c -> c.chatId() == ADMIN, 4, WAIT).get(3).text()
                        .contains("is not a Telegram user id"));
                awaitHandled(first, 6);
                first.stop();

                h.start(); // kept in the data directory
                h.api.pushText(ADMIN, "/users");
                String list = h.api.awaitCalls("sendMessage", c -> c.chatId() == ADMIN, 5, WAIT).get(4).text();
                assertTrue(list.contains(newcomer + " is lead (added in the chat)"), list);
                assertTrue(list.contains(AGENT + " is agent (config file)"), list);
                assertTrue(list.contains("user " + newcomer + " agent → lead, by admin:" + ADMIN), list);
                assertTrue(list.contains("user " + newcomer + " - → agent, by admin:" + ADMIN), list);
                h.api.pushText(ADMIN, "/users remove " + newcomer);
                assertEquals(MESSAGES.get(Language.EN, "admin.users.removed", newcomer, "lead"),
                        h.api.awaitCalls("sendMessage", c -> c.chatId() == ADMIN, 6, WAIT).get(5).text());
                h.api.pushText(newcomer, "/help");
                String denied = h.api.awaitCalls("sendMessage", c -> c.chatId() == newcomer, 2, WAIT).get(1).text();
                assertEquals(MESSAGES.get(Language.EN, "access.denied", newcomer), denied);
            }
        });
    }
}
