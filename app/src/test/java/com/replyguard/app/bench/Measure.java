package com.replyguard.app.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs an operation with a warm-up first and times each call; the operation receives the call's index. */
public final class Measure {
    private Measure() {
    }

    /** Warms up for {@code warmupMillis} (at least 50 calls), then times {@code samples} calls on this thread. */
    public static Latencies single(long warmupMillis, int samples, IntConsumer op) {
        warmUp(warmupMillis, op);
        long[] t = new long[samples];
        long start = System.nanoTime();
        for (int i = 0; i < samples; i++) {
            long s = System.nanoTime();
            op.accept(i);
            t[i] = System.nanoTime() - s;
        }
        return Latencies.of(t, samples, System.nanoTime() - start);
    }

    /** Like {@link #single} but with {@code threads} threads, each doing {@code samplesPerThread} calls. */
    public static Latencies concurrent(long warmupMillis, int threads, int samplesPerThread, IntConsumer op)
            throws InterruptedException {
        warmUp(warmupMillis, op);
        long[] t = new long[threads * samplesPerThread];
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        for (int k = 0; k < threads; k++) {
            int base = k * samplesPerThread;
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    go.await();
                    for (int i = 0; i < samplesPerThread; i++) {
                        long s = System.nanoTime();
                        op.accept(base + i);
                        t[base + i] = System.nanoTime() - s;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        long start = System.nanoTime();
        go.countDown();
        if (!done.await(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("concurrent measurement did not finish in 30 minutes");
        }
        return Latencies.of(t, t.length, System.nanoTime() - start);
    }

    private static void warmUp(long warmupMillis, IntConsumer op) {
        long until = System.nanoTime() + warmupMillis * 1_000_000;
        for (int i = 0; i < 50 || System.nanoTime() < until; i++) {
            op.accept(i);
        }
    }
}
