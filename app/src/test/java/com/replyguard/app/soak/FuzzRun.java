package com.replyguard.app.soak;

import com.replyguard.app.Composition;
import com.replyguard.app.bench.Latencies;
import com.replyguard.app.bench.SampleTexts;
import com.replyguard.policy.Marketplace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hostile inputs through check, draft and ask of the real services: nothing may throw. Each input goes through all
 * three; the slowest call per input is kept for the p99.
 */
final class FuzzRun {
    /** Figures of one fuzz run; {@code firstFailures} holds up to five failures with the input that caused them. */
    record Result(int inputs, int crashes, Latencies latency, List<String> firstFailures) {
    }

    private FuzzRun() {
    }

    static Result run(Composition services, int inputs, int threads, long seed) throws InterruptedException {
        var checker = services.checker();
        var drafting = services.drafting();
        Marketplace[] markets = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS, Marketplace.ALL};
        long[] slowest = new long[inputs];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger crashes = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (int i; (i = next.getAndIncrement()) < inputs; ) {
                        Random r = new Random(seed + i);
                        String text = SampleTexts.fuzz(r);
                        Marketplace m = markets[r.nextInt(markets.length)];
                        long worst = 0;
                        for (int op = 0; op < 3; op++) {
                            long s = System.nanoTime();
                            try {
                                switch (op) {
                                    case 0 -> checker.check(text, m);
                                    case 1 -> drafting.draft(text, m);
                                    default -> drafting.ask(text, m);
                                }
                            } catch (RuntimeException | StackOverflowError e) {
                                crashes.incrementAndGet();
                                if (failures.size() < 5) {
                                    failures.add(new String[] {"check", "draft", "ask"}[op] + " on input #" + i + " (seed "
                                            + (seed + i) + ", " + text.length() + " chars): " + e);
                                }
                            }
                            worst = Math.max(worst, System.nanoTime() - s);
                        }
                        slowest[i] = worst;
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        if (!done.await(3, TimeUnit.HOURS)) {
            throw new IllegalStateException("fuzzing did not finish in 3 hours");
        }
        return new Result(inputs, crashes.get(), Latencies.of(slowest, inputs, System.nanoTime() - start), List.copyOf(failures));
    }
}
