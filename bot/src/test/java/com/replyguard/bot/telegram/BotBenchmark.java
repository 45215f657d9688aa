package com.replyguard.bot.telegram;

import com.replyguard.bot.access.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Load benchmark: the real bot (real client, loop, state file and, by default, the real knowledge base) driven
 * through the fake Bot API by simulated agents. Each agent pastes a buyer message, waits for the draft, and
 * pastes the next one. Reports updates handled per second and the time from an update being available to the
 * first reply message arriving (p50, p99).
 *
 * <p>Run: {@code BotBenchmark.run(50, 10, dir, true, false)}, or {@code main} with
 * {@code [agents] [messagesPerAgent] [--stub] [--telegram-limits]}.
 */
public final class BotBenchmark {
    private BotBenchmark() {
    }

    /** The measured figures. */
    public record Result(int agents, int updates, double seconds, double updatesPerSecond, double p50Millis,
                         double p99Millis, double maxMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "agents=%d updates=%d time=%.1fs throughput=%.1f updates/s"
                    + " latency p50=%.0fms p99=%.0fms max=%.0fms", agents, updates, seconds, updatesPerSecond,
                    p50Millis, p99Millis, maxMillis);
        }
    }

    private static final String[] MESSAGES = {
        "Hi, my order 112-4456789-2234567 has not arrived yet. Can you check where it is?",
        "The lamp came with a cracked base. I want a replacement please.",
        "I ordered the blue one but you sent a red one.",
        "Can I still cancel my order? I bought it by mistake.",
        "Please send me an invoice for my company, order 114-2233445-6677889.",
        "When will my refund be processed? I returned the item last week.",
        "আমার অর্ডার এখনও আসেনি, কবে পাব?",
        "Barang saya rosak semasa sampai. Boleh tukar baru?",
        "Does this charger work with 220V outlets?",
        "The tracking says delivered but I never got the parcel.",
    };

    /**
     * Runs {@code agents} agents sending {@code perAgent} messages each. {@code realServices} uses the shipped
     * knowledge base in {@code dataDir}; {@code telegramLimits} keeps the bot's real pacing (about one message a
     * second per chat, 30 a second overall) instead of measuring the bot alone.
     */
    public static Result run(int agents, int perAgent, Path dataDir, boolean realServices, boolean telegramLimits)
            throws Exception {
        Map<Long, Role> users = new HashMap<>();
        for (long a = 0; a <= agents; a++) {
            users.put(10_000 + a, Role.AGENT); // 10000 warms the bot up before timing starts
        }
        try (BotHarness h = new BotHarness(dataDir, users)) {
            h.config(c -> c.with(b -> b.rateLimit(10_000, 10_000)));
            if (realServices) {
                h.realServices();
            }
            if (telegramLimits) {
                h.realPacing();
            }
            Map<Long, Long> pushedAt = new ConcurrentHashMap<>();
            Map<Long, CountDownLatch> answered = new ConcurrentHashMap<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            h.api.addListener(call -> {
                if (!call.is("sendMessage")) {
                    return;
                }
                Long t0 = pushedAt.remove(call.chatId());
                if (t0 != null) {
                    latencies.add(call.atNanos() - t0);
                    CountDownLatch l = answered.get(call.chatId());
                    if (l != null) {
                        l.countDown();
                    }
                }
            });
            h.start();
            if (realServices) {
                h.services().drafting(); // open the knowledge base before timing
                h.services().drafting().draft(MESSAGES[0], com.replyguard.policy.Marketplace.AMAZON);
            }
            for (int i = 0; i < 5; i++) { // first poll, class loading, JIT: not part of the figures
                int before = h.api.sentTo(10_000).size();
                h.api.pushText(10_000, MESSAGES[i]);
                h.api.awaitCalls("sendMessage", c -> c.chatId() == 10_000, before + 1, Duration.ofMinutes(2));
            }
            Thread.sleep(200);
            h.api.keepCalls(false);
            latencies.clear();
            long start = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int a = 1; a <= agents; a++) {
                long user = 10_000 + a;
                int offset = a;
                Thread t = Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < perAgent; i++) {
                        CountDownLatch latch = new CountDownLatch(1);
                        answered.put(user, latch);
                        pushedAt.put(user, System.nanoTime());
                        h.api.pushText(user, MESSAGES[(offset + i) % MESSAGES.length]);
                        try {
                            if (!latch.await(2, TimeUnit.MINUTES)) {
                                throw new IllegalStateException("no answer for agent " + user);
                            }
                            // Let the rest of the answer (verdict, buttons) go out before the next paste.
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join(Duration.ofMinutes(10));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int n = sorted.size();
            return new Result(agents, n, seconds, n / seconds, pct(sorted, 0.50), pct(sorted, 0.99),
                    n == 0 ? 0 : sorted.get(n - 1) / 1e6);
        }
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        List<String> numbers = a.stream().filter(s -> !s.startsWith("--")).toList();
        int agents = numbers.isEmpty() ? 50 : Integer.parseInt(numbers.get(0));
        int perAgent = numbers.size() < 2 ? 10 : Integer.parseInt(numbers.get(1));
        Path dir = Files.createTempDirectory("replyguard-bench");
        Result r = run(agents, perAgent, dir, !a.contains("--stub"), a.contains("--telegram-limits"));
        System.out.println(r);
        System.exit(0);
    }
}
