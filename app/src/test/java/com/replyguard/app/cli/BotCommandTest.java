package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.bot.telegram.FakeTelegramServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replyguard bot} in a child JVM, configured only through the environment, against the fake Bot API. */
class BotCommandTest {
    static final String TOKEN = "777:child-token";

    @TempDir
    Path data;

    private Process start(FakeTelegramServer api, boolean withToken) throws IOException {
        return start(api, withToken ? TOKEN : null, java.util.Map.of());
    }

    private Process start(FakeTelegramServer api, String token, java.util.Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "com.replyguard.app.Main", "bot",
                "--data", data.toString()).redirectErrorStream(true)
                .redirectOutput(data.resolve("child.log").toFile());
        for (String name : List.of("TELEGRAM_BOT_TOKEN", "REPLYGUARD_LANG", "LANG", "LC_ALL", "LC_MESSAGES")) {
            pb.environment().remove(name);
        }
        if (token != null) {
            pb.environment().put("TELEGRAM_BOT_TOKEN", token);
        }
        pb.environment().put("TELEGRAM_API_URL", api.baseUrl().toString());
        pb.environment().put("REPLYGUARD_USERS", "1001:agent");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Waits until the child's output holds {@code wanted}; returns the output. */
    private String awaitLog(String wanted, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        String log = "";
        while (System.nanoTime() < until) {
            Path file = data.resolve("child.log");
            log = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file, StandardCharsets.UTF_8) : "";
            if (log.contains(wanted)) {
                return log;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + wanted + "' in the output:\n" + log);
    }

    /** What a test does with a child bot and its fake Bot API. */
    @FunctionalInterface
    interface WithBot {
        void run(FakeTelegramServer api, Process bot) throws Exception;
    }

    /** Starts a child bot with {@code token} and {@code env} against a fresh fake Bot API, runs {@code then}, kills it. */
    private void withBot(String token, java.util.Map<String, String> env, WithBot then) {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                Process p = start(api, token, env);
                try {
                    then.run(api, p);
                } finally {
                    p.destroyForcibly().waitFor();
                }
            }
        });
    }

    @Test
    void aTokenTelegramRefusesFromTheStartIsToldToAMalayOperatorAndTheBotKeepsAsking() throws Exception {
        java.nio.file.Files.writeString(data.resolve("config.yaml"), "language: ms\n");
        withBot("777:revoked-token", java.util.Map.of(), (api, p) -> {
            String log = awaitLog("replyguard bot: Telegram menolak token bot (401 Unauthorized)",
                    Duration.ofSeconds(150));
            assertTrue(log.contains("@BotFather") && log.contains(data.resolve("config.yaml").toString()), log);
            assertTrue(p.isAlive(), "the bot keeps asking: " + log);
            assertTrue(!log.contains("revoked-token"), "the token never appears in the output: " + log);
        });
    }

    @Test
    void aTokenRevokedWhileTheBotRunsIsToldToABengaliOperatorThenItsReturn() throws Exception {
        // Short long polls: the refusals queued below reach the bot at its next getUpdates, and its return is
        // only seen when a getUpdates call answers; with the default 30 s each of the two waited out a whole poll.
        java.nio.file.Files.writeString(data.resolve("config.yaml"), "telegram:\n  poll_timeout_seconds: 1\n");
        // a Bengali operator's terminal speaks UTF-8 (in the POSIX locale Java would print '?' for Bengali)
        withBot(TOKEN, java.util.Map.of("REPLYGUARD_LANG", "bn", "LC_ALL", "C.UTF-8"), (api, p) -> {
            api.pushText(1001, "/help");
            api.awaitCalls("sendMessage", c -> c.chatId() == 1001, 1, Duration.ofSeconds(150));
            api.failNextWith("getUpdates", 401, "Unauthorized", 2);
            awaitLog("replyguard bot: টেলিগ্রাম বটের টোকেনটি আর মানছে না (401 Unauthorized)", Duration.ofSeconds(60));
            String log = awaitLog("replyguard bot: টেলিগ্রাম আবার বটের টোকেনটি মানছে।", Duration.ofSeconds(60));
            assertEquals(1, log.split("আর মানছে না", -1).length - 1, "told once: " + log);
            api.pushText(1001, "/market ebay");
            api.awaitCalls("sendMessage", c -> c.chatId() == 1001 && c.text().contains("ebay"), 1,
                    Duration.ofSeconds(60));
        });
    }

    @Test
    void withoutATokenItSaysWhatToDoAndFails() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                Process p = start(api, false);
                assertTrue(p.waitFor(90, TimeUnit.SECONDS));
                assertEquals(1, p.exitValue());
                String log = java.nio.file.Files.readString(data.resolve("child.log"), StandardCharsets.UTF_8);
                assertTrue(log.contains("TELEGRAM_BOT_TOKEN") && log.contains("BotFather"), log);
            }
        });
    }

    @Test
    void aKilledBotRestartedOnTheSameDataAnswersWhatCameInMeanwhileOnce() throws Exception {
        assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
                Process first = start(api, true);
                try {
                    api.pushText(1001, "/help");
                    api.awaitCalls("sendMessage", c -> c.chatId() == 1001, 1, Duration.ofSeconds(150));
                    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (!anyUpdateDone() && System.nanoTime() < until) {
                        // Updates are confirmed to Telegram as soon as they are stored; a kill before /help is
                        // recorded as done would repeat its reply (at-least-once), which is not this test's point.
                        Thread.sleep(50);
                    }
                } finally {
                    first.destroyForcibly().waitFor();
                }
                api.pushText(1001, "/market ebay");
                Process second = start(api, true);
                try {
                    api.awaitCalls("sendMessage", c -> c.chatId() == 1001 && c.text().contains("ebay"), 1,
                            Duration.ofSeconds(150));
                    Thread.sleep(500);
                } finally {
                    second.destroyForcibly().waitFor();
                }
                List<FakeTelegramServer.Call> sent = api.sentTo(1001);
                assertEquals(2, sent.size(), api.summary());
                String log = java.nio.file.Files.readString(data.resolve("child.log"), StandardCharsets.UTF_8);
                assertTrue(!log.contains("child-token"), "the token never appears in the output");
            }
        });
    }

    /** Whether the bot's state file records a finished update (read-only, beside the running bot). */
    private boolean anyUpdateDone() {
        Path file = data.resolve("bot-state.db");
        if (!java.nio.file.Files.exists(file)) {
            return false;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM handled_updates WHERE done = 1")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (java.sql.SQLException e) {
            return false; // not created yet, or busy: ask again
        }
    }
}
