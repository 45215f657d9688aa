package com.replyguard.app.bench;

import java.util.Arrays;

/**
 * Summary of a set of measured durations (nanoseconds): percentiles and the rate they imply.
 *
 * @param count how many were measured
 * @param p50Nanos median
 * @param p99Nanos 99th percentile (nearest-rank)
 * @param maxNanos the slowest
 * @param wallNanos wall-clock time of the whole measured run, for throughput
 */
public record Latencies(int count, long p50Nanos, long p99Nanos, long maxNanos, long wallNanos) {
    public Latencies {
        if (count < 0 || p50Nanos < 0 || p99Nanos < p50Nanos || maxNanos < p99Nanos || wallNanos < 0) {
            throw new IllegalArgumentException("inconsistent latencies: count=" + count + " p50=" + p50Nanos
                    + " p99=" + p99Nanos + " max=" + maxNanos + " wall=" + wallNanos);
        }
    }

    /** Summarises {@code samples[0..count)} (sorted in place) measured over {@code wallNanos}. */
    public static Latencies of(long[] samples, int count, long wallNanos) {
        if (count == 0) {
            return new Latencies(0, 0, 0, 0, wallNanos);
        }
        Arrays.sort(samples, 0, count);
        return new Latencies(count, rank(samples, count, 0.50), rank(samples, count, 0.99), samples[count - 1], wallNanos);
    }

    private static long rank(long[] sorted, int count, double q) {
        int i = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, i))];
    }

    /** Operations per second over the wall-clock time. */
    public double perSecond() {
        return wallNanos == 0 ? 0 : count * 1e9 / wallNanos;
    }

    public double p50Millis() {
        return p50Nanos / 1e6;
    }

    public double p99Millis() {
        return p99Nanos / 1e6;
    }
}
