package com.replyguard.bench;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.bench.SyntheticEntries;
import com.replyguard.drafting.DraftingService;
import com.replyguard.knowledge.search.EntrySource;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Measures drafting latency (one buyer message in, checked drafts out) with the shipped default knowledge and with
 * synthetic knowledge bases of any size, using the real checker. Entry point for {@code scripts/bench}:
 * {@code java -cp ... com.replyguard.bench.DraftBenchmark [sizes...]} or call the static methods.
 */
public final class DraftBenchmark {
    /** Latency figures in microseconds, with the size measured and the time the classifier index took to build. */
    public record Figures(String label, int entries, int drafts, long p50Micros, long p99Micros, long maxMicros,
                          long cpuP50Micros, long cpuP99Micros, long indexBuildMillis) {
        @Override
        public String toString() {
            return String.format("%-10s entries=%-7d drafts=%-5d wall p50=%.2fms p99=%.2fms max=%.2fms"
                            + " | cpu p50=%.2fms p99=%.2fms | index build=%dms", label, entries, drafts,
                    p50Micros / 1000.0, p99Micros / 1000.0, maxMicros / 1000.0, cpuP50Micros / 1000.0,
                    cpuP99Micros / 1000.0, indexBuildMillis);
        }
    }

    /** Realistic buyer messages in the three languages, typed fresh here so no test set is involved. */
    static final List<String> MESSAGES = List.of(
            "Hi, where is my order 112-4456789-2234567? It should have come on Monday.\nThanks, Sarah",
            "Tracking says delivered but nothing is at my door.", "The jug arrived cracked, can I get a new one?",
            "You sent a blue one, I ordered red.", "The screws are missing from the box.",
            "I want to send this back, it is too small.", "Still no refund after two weeks?",
            "Please cancel my order, I bought it twice.", "Can I change my delivery address to my office?",
            "Is this charger compatible with a Pixel 8?", "Could I have a VAT invoice please?",
            "Why do I have to pay import duty on this?", "Awful quality, I am leaving a one star review.",
            "Love it, arrived fast, thank you!", "আমার অর্ডার কবে আসবে?", "পণ্যটি ভাঙা অবস্থায় এসেছে।",
            "আমার টাকা কবে ফেরত পাব?", "Bila barang saya akan sampai?", "Barang sampai rosak, tolong ganti.",
            "Saya mahu pulangkan kasut ini kerana tidak muat.");

    private DraftBenchmark() {
    }

    /** Times {@code rounds} passes over the sample messages (after one warm-up pass). */
    public static Figures measure(String label, DraftingService service, int entries, int rounds) {
        long t0 = System.nanoTime();
        service.draft("warm up: where is my order?", Marketplace.AMAZON); // builds the classifier index
        long build = (System.nanoTime() - t0) / 1_000_000;
        for (String m : MESSAGES) {
            service.draft(m, Marketplace.AMAZON);
        }
        Marketplace[] markets = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
        // CPU time is reported next to wall time: on a shared, busy machine the wall time mostly measures waiting.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] times = new long[rounds * MESSAGES.size()];
        long[] cpuTimes = new long[times.length];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String m : MESSAGES) {
                long c = cpu.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                service.draft(m, markets[(k) % markets.length]);
                times[k] = (System.nanoTime() - s) / 1_000;
                cpuTimes[k++] = (cpu.getCurrentThreadCpuTime() - c) / 1_000;
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpuTimes);
        return new Figures(label, entries, times.length, times[times.length / 2], p99(times), times[times.length - 1],
                cpuTimes[cpuTimes.length / 2], p99(cpuTimes), build);
    }

    private static long p99(long[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
    }

    /** Latency with the shipped default knowledge, opened in a fresh temporary data directory. */
    public static Figures defaultKnowledge(int rounds) throws java.io.IOException {
        TextAnalysis analysis = new TextAnalysis();
        ComplianceChecker checker = RulePacks.load(analysis, List.of());
        Path dir = Files.createTempDirectory("replyguard-bench");
        try (KnowledgeBase kb = KnowledgeBase.open(dir, analysis, checker)) {
            return measure("default", new DraftingService(kb, kb, checker, analysis), kb.size(), rounds);
        }
    }

    /** Latency with {@code size} synthetic approved replies (plus a few policies), deterministic for a seed. */
    public static Figures synthetic(int size, int rounds) {
        TextAnalysis analysis = new TextAnalysis();
        ComplianceChecker checker = RulePacks.load(analysis, List.of());
        ListSource source = new ListSource(SyntheticEntries.entries(size, 42));
        DraftingService service = new DraftingService(source, source, source, checker, analysis, Clock.systemUTC());
        return measure("synthetic", service, size, rounds);
    }

    public static void main(String[] args) throws Exception {
        System.out.println(defaultKnowledge(20));
        int[] sizes = args.length == 0 ? new int[] {1_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            System.out.println(synthetic(size, 20));
        }
    }

    /** A list-backed knowledge source for synthetic runs; search is not needed because the index is built here. */
    private record ListSource(List<Entry> entries) implements KnowledgeSearch, EntrySource, GapLog {
        @Override
        public List<SearchHit> search(SearchQuery query) {
            return List.of();
        }

        @Override
        public List<Entry> approvedEntries() {
            return entries;
        }

        @Override
        public long generation() {
            return 1;
        }

        @Override
        public void record(Gap gap) {
        }

        @Override
        public List<Gap> since(Instant from) {
            return List.of();
        }
    }
}
