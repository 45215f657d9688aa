package com.replyguard.app.soak;

import com.replyguard.bot.telegram.FakeTelegramServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long the real bot (a child JVM against {@link FakeTelegramServer}) takes to exit after SIGTERM, while it
 * waits in a long poll: from {@code Process.destroy()} to the process's end. Run by {@code scripts/bench-sigterm}.
 *
 * <p>Usage: {@code SigtermBench [runs]} (default 5); prints each run and the median.
 */
public final class SigtermBench {
    private static final String TOKEN = "123456:TEST-token_abc";
    private static final long AGENT = 1001;

    private SigtermBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path tmp = Files.createTempDirectory("replyguard-sigterm");
        List<Long> millis = new ArrayList<>();
        try (FakeTelegramServer api = FakeTelegramServer.start(TOKEN)) {
            Map<String, String> env = Map.of("TELEGRAM_API_URL", api.baseUrl().toString(), "TELEGRAM_BOT_TOKEN",
                    TOKEN, "REPLYGUARD_DATA", tmp.resolve("data").toString(), "REPLYGUARD_USERS", AGENT + ":agent");
            for (int i = 0; i < runs; i++) {
                try (BotProcess bot = BotProcess.start(env, tmp.resolve("bot.log"), "512m", "bot")) {
                    int before = api.sentTo(AGENT).size();
                    api.pushText(AGENT, "Where is my parcel? Order 112-4456789-2234567.");
                    api.awaitCalls("sendMessage", c -> c.chatId() == AGENT, before + 2, Duration.ofMinutes(3));
                    Thread.sleep(1_000); // the answer is sent and the bot waits in its next long poll
                    long t = System.nanoTime();
                    bot.process().destroy();
                    if (Boolean.getBoolean("sigterm.dump")) {
                        Thread.sleep(3_000);
                        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                                Long.toString(bot.pid()), "Thread.print").inheritIO().start().waitFor();
                    }
                    if (!bot.process().waitFor(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the bot did not exit within 60 s of SIGTERM");
                    }
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    millis.add(ms);
                    System.out.printf("run %d: exited %d ms after SIGTERM (status %d)%n", i + 1, ms,
                            bot.process().exitValue());
                }
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("median %d ms, max %d ms over %d runs%n", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
