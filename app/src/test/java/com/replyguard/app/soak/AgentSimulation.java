package com.replyguard.app.soak;

import com.replyguard.app.bench.Latencies;
import com.replyguard.bot.soak.FaultyBotApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * Support agents talking to the bot through the fake Bot API. Each agent works like a person: sends a message, waits
 * for the bot's whole answer (as many messages as {@link #calibrate} measured for that text), then sends the next. A
 * message not fully answered within the timeout counts as lost. Latency is from the moment getUpdates hands the update
 * to the bot until the first message of its answer. After
 * the run, each chat's delivered messages are compared with what the texts should produce (measured by
 * {@link #calibrate}) to count duplicates.
 *
 * <p>Thread safety: one run at a time per instance; agents run on virtual threads.
 */
final class AgentSimulation {
    /** Figures of one run. */
    record Result(int updates, int answered, int lost, int duplicated, int missingMessages, Latencies latency) {
    }

    private final FaultyBotApi api;
    private final Map<String, Integer> expectedMessages = new ConcurrentHashMap<>();

    AgentSimulation(FaultyBotApi api) {
        this.api = api;
    }

    /**
     * Sends each distinct text once from {@code userId} on a well-behaved server and records how many messages the bot
     * sends back for it (waiting {@code quietMillis} of silence after the first reply).
     */
    void calibrate(long userId, List<String> texts, long timeoutMillis, long quietMillis) throws InterruptedException {
        for (String text : texts) {
            int before = api.sentCount(userId);
            api.sendText(userId, text);
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (api.sentCount(userId) == before && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            int seen = api.sentCount(userId);
            long quietUntil = System.currentTimeMillis() + quietMillis;
            while (System.currentTimeMillis() < quietUntil) {
                Thread.sleep(20);
                if (api.sentCount(userId) != seen) {
                    seen = api.sentCount(userId);
                    quietUntil = System.currentTimeMillis() + quietMillis;
                }
            }
            expectedMessages.put(text, seen - before);
        }
    }

    int expected(String text) {
        Integer k = expectedMessages.get(text);
        if (k == null) {
            throw new IllegalStateException("text was not calibrated: " + text);
        }
        return k;
    }

    /**
     * Runs {@code perUser} messages for each user (texts from {@code textFor(i)}), all users in parallel, then waits
     * for {@code quietMillis} of silence and counts lost and duplicated answers.
     */
    Result run(List<Long> users, int perUser, LongFunction<String> textFor, long replyTimeoutMillis, long quietMillis)
            throws InterruptedException {
        return run(users, perUser, textFor, replyTimeoutMillis, quietMillis, () -> false);
    }

    /** Like {@link #run(List, int, LongFunction, long, long)}, but agents stop starting new messages once asked to. */
    Result run(List<Long> users, int perUser, LongFunction<String> textFor, long replyTimeoutMillis, long quietMillis,
            BooleanSupplier stop) throws InterruptedException {
        return run(users, perUser, textFor, replyTimeoutMillis, quietMillis, stop, 0);
    }

    /**
     * Like {@link #run(List, int, LongFunction, long, long, BooleanSupplier)}, with agents that read each answer
     * for a while before the next message: a random pause of 0.5 to 1.5 times {@code thinkMillis} (and as much
     * before the first, so they do not all start at once). The offered load is then about
     * {@code users / thinkMillis} messages a second, whatever the bot's speed: an open workload, unlike the
     * back-to-back agents with {@code thinkMillis} 0.
     */
    Result run(List<Long> users, int perUser, LongFunction<String> textFor, long replyTimeoutMillis, long quietMillis,
            BooleanSupplier stop, long thinkMillis) throws InterruptedException {
        int capacity = users.size() * perUser;
        AtomicInteger sentUpdates = new AtomicInteger();
        long[] latencies = new long[capacity];
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger slot = new AtomicInteger();
        Map<Long, Integer> expectedPerChat = new ConcurrentHashMap<>();
        Map<Long, Integer> startCount = new HashMap<>();
        users.forEach(u -> startCount.put(u, api.sentCount(u)));
        CountDownLatch done = new CountDownLatch(users.size());
        long start = System.nanoTime();
        for (long user : users) {
            Thread.ofVirtual().start(() -> {
                try {
                    int expected = 0;
                    java.util.SplittableRandom pauses = new java.util.SplittableRandom(user);
                    if (thinkMillis > 0) {
                        Thread.sleep(pauses.nextLong(thinkMillis));
                    }
                    for (int i = 0; i < perUser && !stop.getAsBoolean(); i++) {
                        if (thinkMillis > 0 && i > 0) {
                            Thread.sleep(thinkMillis / 2 + pauses.nextLong(thinkMillis));
                        }
                        String text = textFor.apply(user * 1_000_003L + i);
                        int want = expected(text);
                        expected += want;
                        int before = api.sentCount(user);
                        long id = api.sendText(user, text);
                        sentUpdates.incrementAndGet();
                        // Wait for the whole answer (all its messages), as a person reads it before the next paste;
                        // moving on at the first message would count the rest of this answer as the next one's.
                        if (!api.awaitSent(user, before + want, replyTimeoutMillis)) {
                            lost.incrementAndGet();
                            continue;
                        }
                        answered.incrementAndGet();
                        Long out = api.handedOutAt(id);
                        long replied = api.sentTo(user).get(before).atNanos();
                        if (out != null && replied >= out) {
                            latencies[slot.getAndIncrement()] = replied - out;
                        }
                    }
                    expectedPerChat.put(user, expected);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        if (!done.await(2, TimeUnit.HOURS)) {
            throw new IllegalStateException("agents did not finish in 2 hours");
        }
        long wall = System.nanoTime() - start;
        waitForQuiet(users, quietMillis);
        int duplicated = 0;
        int missing = 0;
        for (long user : users) {
            int got = api.sentCount(user) - startCount.get(user);
            int want = expectedPerChat.getOrDefault(user, 0);
            duplicated += Math.max(0, got - want);
            missing += Math.max(0, want - got);
        }
        return new Result(sentUpdates.get(), answered.get(), lost.get(), duplicated, missing,
                Latencies.of(latencies, slot.get(), wall));
    }

    void waitForQuiet(List<Long> users, long quietMillis) throws InterruptedException {
        long quietUntil = System.currentTimeMillis() + quietMillis;
        long last = totalSent(users);
        while (System.currentTimeMillis() < quietUntil) {
            Thread.sleep(50);
            long now = totalSent(users);
            if (now != last) {
                last = now;
                quietUntil = System.currentTimeMillis() + quietMillis;
            }
        }
    }

    private long totalSent(List<Long> users) {
        long n = 0;
        for (long u : users) {
            n += api.sentCount(u);
        }
        return n;
    }

    static List<Long> userIds(long first, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(first + i);
        }
        return ids;
    }

    static String usersSetting(List<Long> agents, long admin) {
        StringBuilder sb = new StringBuilder(admin + ":admin");
        agents.forEach(a -> sb.append(',').append(a).append(":agent"));
        return sb.toString();
    }
}
