package com.replyguard.app.soak;

import com.replyguard.bot.soak.Faults;
import com.replyguard.bot.soak.FaultyBotApi;
import com.replyguard.bot.telegram.FakeTelegramServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.app.backup.DataFiles;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's token is a password: it must not appear in anything the bot prints, even when the Bot API fails in every
 * way, refuses the token, or cannot be reached (HTTP clients like to put the request URL, which holds the token, into
 * their exceptions). Runs the real bot in a child JVM and reads everything it wrote.
 */
class TelegramTokenSecrecyTest {
    private static final String SECRET = "SECRETtokenPart-0123456789abcdefXYZ";
    private static final String TOKEN = "5000000007:" + SECRET;

    @TempDir
    Path tmp;

    @Test
    void aTokenEchoedUrlEncodedInAnErrorIsMaskedInTheLog() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            Path data = DataFiles.createDataDir(tmp.resolve("data"));
            TextAnalysis analysis = new TextAnalysis();
            KnowledgeBase.open(data, analysis, RulePacks.load(analysis, List.of()), KnowledgeBase.Options.empty()).close();
            Path log = tmp.resolve("bot.log");
            String encodedPath = "/bot" + TOKEN.replace(":", "%3A") + "/getUpdates";
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                // A proxy in front of the Bot API that echoes the request path, URL-encoded, in its error.
                api.failNextWith("getUpdates", 502, "Bad Gateway: upstream refused GET " + encodedPath, 3);
                Map<String, String> env = Map.of("TELEGRAM_API_URL", api.baseUrl().toString(), "TELEGRAM_BOT_TOKEN",
                        TOKEN, "REPLYGUARD_DATA", data.toString(), "REPLYGUARD_USERS", "4242:admin");
                try (BotProcess bot = BotProcess.start(env, log, "512m", "bot")) {
                    long until = System.currentTimeMillis() + 60_000;
                    while (bot.alive() && !Files.readString(log).contains("upstream refused")
                            && System.currentTimeMillis() < until) {
                        Thread.sleep(100);
                    }
                }
            }
            String output = Files.readString(log);
            assertTrue(output.contains("upstream refused"), "the error was logged:\n" + output);
            assertFalse(output.contains(SECRET), "the URL-encoded token leaked into the log:\n" + output);
        });
    }

    @Test
    void theTokenNeverAppearsInTheBotsOutput() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            Path data = DataFiles.createDataDir(tmp.resolve("data"));
            // An existing, empty knowledge base: the bot starts in seconds instead of loading the built-in knowledge.
            TextAnalysis analysis = new TextAnalysis();
            KnowledgeBase.open(data, analysis, RulePacks.load(analysis, List.of()), KnowledgeBase.Options.empty()).close();
            Path log = tmp.resolve("bot.log");
            // 1. A failing API: 5xx, 429, dropped connections and malformed answers, while a user talks to the bot.
            try (FaultyBotApi api = new FaultyBotApi(TOKEN, new Faults(0.2, 0.05, 0.05, 0, 0.05, 0, 1), 11);
                    BotProcess bot = BotProcess.start(BotProcess.botEnv(api, TOKEN, data, "4242:admin"), log, "512m", "bot")) {
                long deadline = System.currentTimeMillis() + 120_000;
                while (api.firstPollNanos() == 0 && bot.alive() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(api.firstPollNanos() > 0, "the bot polled the fake API; log:\n" + Files.readString(log));
                api.sendText(4242, "/help");
                api.sendText(4242, "Where is my parcel? Order 112-4456789-2234567");
                api.sendText(4242, "/check Email me at seller@example.com for a refund");
                while (api.sentCount(4242) < 3 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
                assertTrue(api.sentCount(4242) >= 1, "the bot answered despite the faults");
            }
            // 2. The API refuses the token (401 on every call).
            try (FaultyBotApi other = new FaultyBotApi("5000000007:another-token", Faults.none(), 1);
                    BotProcess bot = BotProcess.start(BotProcess.botEnv(other, TOKEN, data, "4242:admin"), log, "512m", "bot")) {
                long until = System.currentTimeMillis() + 90_000;
                while (bot.alive() && other.requests() < 3 && System.currentTimeMillis() < until) {
                    Thread.sleep(50);
                }
                Thread.sleep(1_000);
                assertTrue(other.requests() > 0, "the bot tried the refusing API");
            }
            // 3. Nothing listens at the API address.
            Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:9", "TELEGRAM_BOT_TOKEN",
                    TOKEN, "REPLYGUARD_DATA", data.toString(), "REPLYGUARD_USERS", "4242:admin"));
            long logged = Files.size(log);
            try (BotProcess bot = BotProcess.start(env, log, "512m", "bot")) {
                long until = System.currentTimeMillis() + 90_000;
                while (bot.alive() && !Files.readString(log).substring((int) logged).contains("failed")
                        && System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                }
                assertTrue(Files.readString(log).substring((int) logged).contains("failed") || !bot.alive(),
                        "the bot reported the unreachable API");
            }
            String output = Files.readString(log);
            assertFalse(output.isBlank(), "the bot wrote something to check");
            assertFalse(output.contains(SECRET), "the token leaked into the bot's output:\n" + output);
        });
    }
}
