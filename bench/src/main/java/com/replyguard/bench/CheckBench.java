package com.replyguard.bench;

import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A quick sanity benchmark of the compliance checker (not a JUnit test): rule loading time, then single-thread
 * checks per second and p50/p99 latency for realistic 300- and 3000-character drafts with all rule packs.
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.replyguard.bench.CheckBench}
 * or call {@link #run(int)} from another tool (scripts/bench).
 */
public final class CheckBench {
    private static final String[] SENTENCES = {
        "Hi Sarah, thanks for your message about order 114-3941689-8772232.",
        "Sorry the lamp arrived with a cracked shade; a replacement is on its way through Amazon.",
        "You can follow the parcel in Your Orders, tracking 1Z999AA10123456784.",
        "If you prefer a refund, please start a return from Your Orders and Amazon will email the label.",
        "The bulb takes E27 fittings up to 60 W and the shade is 30 cm wide.",
        "Give us five stars and we will send you a free extra bulb.",
        "Visit brightlamps dot com slash support for videos.",
        "Maaf atas kesulitan, bungkusan anda akan sampai dalam 2-3 hari.",
        "অসুবিধার জন্য দুঃখিত, আমাজনের মাধ্যমে রিটার্ন করুন।",
        "Message us on WhatsApp +60 12-345 6789 for faster help.",
    };

    private CheckBench() {
    }

    /** The measured figures; times in milliseconds (load) and microseconds (latency). */
    public record Figures(double loadMillis, int rules, double checksPerSecond300, double p50Micros300,
                          double p99Micros300, double cpuChecksPerSecond300, double checksPerSecond3000,
                          double p50Micros3000, double p99Micros3000, double cpuChecksPerSecond3000) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rules=%d load=%.0fms | 300 chars: %.0f checks/s (%.0f per CPU-second)"
                    + " p50=%.0fus p99=%.0fus | 3000 chars: %.0f checks/s (%.0f per CPU-second) p50=%.0fus p99=%.0fus",
                    rules, loadMillis, checksPerSecond300, cpuChecksPerSecond300, p50Micros300, p99Micros300,
                    checksPerSecond3000, cpuChecksPerSecond3000, p50Micros3000, p99Micros3000);
        }
    }

    /** Loads the rules, warms up, then times {@code iterations} checks of each size. */
    public static Figures run(int iterations) {
        long t0 = System.nanoTime();
        ComplianceChecker checker = RulePacks.load(new TextAnalysis(), List.of());
        double load = (System.nanoTime() - t0) / 1e6;
        int rules = RulePacks.loadChecker(new TextAnalysis(), List.of()).rules().size();
        String[] short300 = drafts(300, 32);
        String[] long3000 = drafts(3000, 8);
        Marketplace[] sites = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
        for (int i = 0; i < Math.max(2000, iterations); i++) {
            checker.check(short300[i % short300.length], sites[i % 3]);
            checker.check(long3000[i % long3000.length], sites[i % 3]);
        }
        double[] a = time(checker, short300, sites, iterations);
        double[] b = time(checker, long3000, sites, Math.max(100, iterations / 5));
        return new Figures(load, rules, a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]);
    }

    private static double[] time(ComplianceChecker checker, String[] drafts, Marketplace[] sites, int n) {
        long[] nanos = new long[n];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = mx.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            checker.check(drafts[i % drafts.length], sites[i % sites.length]);
            nanos[i] = System.nanoTime() - s;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Arrays.sort(nanos);
        return new double[] {n / seconds, nanos[n / 2] / 1e3, nanos[(int) (n * 0.99)] / 1e3, n / cpuSeconds};
    }

    /** Drafts of about {@code length} characters built from a rotating mix of clean and offending sentences. */
    static String[] drafts(int length, int count) {
        String[] out = new String[count];
        for (int d = 0; d < count; d++) {
            StringBuilder sb = new StringBuilder();
            for (int k = d; sb.length() < length; k++) {
                sb.append(SENTENCES[k % SENTENCES.length]).append(' ');
            }
            out[d] = sb.substring(0, length);
        }
        return out;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        System.out.println(run(n));
    }
}
