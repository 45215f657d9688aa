package com.replyguard.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.Messages;
import com.replyguard.bot.core.Reply;
import com.replyguard.policy.analysis.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's command menu follows an admin's /users change and the user's own /lang at once, not at the next start:
 * the calls the real bot makes to the fake Bot API on 127.0.0.1 are recorded.
 */
class TelegramMenuUpdatesTest {
    static final long AGENT = 1001;
    static final long ADMIN = 1003;
    static final long NEWCOMER = 2001;
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Messages MESSAGES = new Messages();

    @TempDir
    Path data;

    private BotHarness harness() throws Exception {
        return new BotHarness(data, Map.of(AGENT, Role.AGENT, ADMIN, Role.ADMIN)).feature((registry, parts, config) ->
                registry.command("leadonly", Role.LEAD, "cmd.review", true, (ctx, args) -> List.of(Reply.text("x"))));
    }

    private static boolean forChat(FakeTelegramServer.Call c, long user) {
        return String.valueOf(c.params().get("scope")).contains(String.valueOf(user));
    }

    @Test
    void aRoleChangedByAnAdminChangesThatUsersMenuAtOnce() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.awaitCalls("setMyCommands", c -> forChat(c, ADMIN), 3, WAIT); // the start-up menus
                h.api.pushText(ADMIN, "/users add " + NEWCOMER + " agent");
                List<FakeTelegramServer.Call> agent = h.api.awaitCalls("setMyCommands", c -> forChat(c, NEWCOMER), 3,
                        WAIT);
                assertFalse(String.valueOf(agent.get(0).params().get("commands")).contains("leadonly"),
                        agent.toString());
                h.api.pushText(ADMIN, "/users role " + NEWCOMER + " lead");
                List<FakeTelegramServer.Call> lead = h.api.awaitCalls("setMyCommands", c -> forChat(c, NEWCOMER), 6,
                        WAIT).subList(3, 6);
                assertEquals(List.of("null", "bn", "ms"), lead.stream()
                        .map(c -> String.valueOf(c.params().get("language_code"))).toList());
                assertTrue(String.valueOf(lead.get(0).params().get("commands")).contains("leadonly"), lead.toString());
                assertTrue(String.valueOf(lead.get(1).params().get("commands"))
                        .contains(MESSAGES.get(Language.BN, "cmd.review")), "each app language in its own");
                h.api.pushText(ADMIN, "/users remove " + NEWCOMER);
                List<FakeTelegramServer.Call> removed = h.api.awaitCalls("deleteMyCommands",
                        c -> forChat(c, NEWCOMER), 3, WAIT);
                assertEquals(3, removed.size(), h.api.summary());
            }
        });
    }

    @Test
    void aLanguageChosenWithLangIsTheMenusLanguageInEveryApp() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (BotHarness h = harness()) {
                h.start();
                h.api.pushText(AGENT, "/lang ms");
                List<FakeTelegramServer.Call> menus = h.api.awaitCalls("setMyCommands", c -> forChat(c, AGENT), 3,
                        WAIT);
                assertEquals(List.of("null", "bn", "ms"), menus.stream()
                        .map(c -> String.valueOf(c.params().get("language_code"))).toList());
                for (FakeTelegramServer.Call c : menus) {
                    String commands = String.valueOf(c.params().get("commands"));
                    assertTrue(commands.contains(MESSAGES.get(Language.MS, "cmd.help")), commands);
                    assertFalse(commands.contains("leadonly"), "an agent's commands only: " + commands);
                }
            }
        });
    }
}
