package com.replyguard.knowledge.bench;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.io.Format;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Measures the knowledge base on synthetic entries: JSONL import rate (parse, validate, check, store, index),
 * index size, search latency, start-up reconciliation time and resident memory. Run by {@code scripts/bench}.
 */
public final class KnowledgeBenchmark {
    private static final int QUERIES = 2_000;
    private static final int WARM_UP = 500;

    private KnowledgeBenchmark() {
    }

    /** What one run measured. */
    /**
     * What one run measured. Wall-clock figures depend on how busy the machine is; the CPU figures (process CPU
     * seconds of the import, thread CPU time per search) do not, and tell what an idle machine would give.
     */
    public record Figures(int entries, double importSeconds, double importPerSecond, double importCpuSeconds,
                          long indexBytes, double searchP50Millis, double searchP99Millis, double searchCpuP50Millis,
                          double searchCpuP99Millis, double startupMillis, long residentBytes) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "entries=%d import=%.2fs (%.0f/s; %.1f CPU-s, %.0f per CPU-s) "
                            + "index=%.1f MB search p50=%.3f ms p99=%.3f ms (CPU p50=%.3f ms p99=%.3f ms) "
                            + "startup=%.0f ms rss=%.0f MB", entries, importSeconds, importPerSecond, importCpuSeconds,
                    entries / importCpuSeconds, indexBytes / 1e6, searchP50Millis, searchP99Millis, searchCpuP50Millis,
                    searchCpuP99Millis, startupMillis, residentBytes / 1e6);
        }
    }

    /** Imports {@code entries} synthetic entries into a fresh data directory under {@code workDir} and measures. */
    public static Figures run(int entries, Path workDir, TextAnalysis analysis, ComplianceChecker checker)
            throws IOException {
        Path data = workDir.resolve("kb-" + entries + "-" + System.nanoTime());
        SyntheticEntries gen = new SyntheticEntries(42);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        EntryCodec codec = new EntryCodec();
        for (int i = 0; i < entries; i++) {
            jsonl.write(codec.toJsonLine(gen.entry(i)).getBytes(StandardCharsets.UTF_8));
            jsonl.write('\n');
        }
        byte[] file = jsonl.toByteArray();
        jsonl = null;
        try {
            double importSeconds;
            double importCpu;
            long indexBytes;
            try (KnowledgeBase kb = KnowledgeBase.open(data, analysis, checker, KnowledgeBase.Options.empty())) {
                long c0 = processCpuNanos();
                long t0 = System.nanoTime();
                var s = kb.importData(new ByteArrayInputStream(file), Format.JSONL, false, "bench", Progress.NONE);
                importSeconds = (System.nanoTime() - t0) / 1e9;
                importCpu = (processCpuNanos() - c0) / 1e9;
                if (!s.applied() || s.added().size() != entries) {
                    throw new IllegalStateException("benchmark import failed: " + s.headline());
                }
                indexBytes = kb.status().indexBytes();
            }
            file = null;
            long t1 = System.nanoTime();
            try (KnowledgeBase kb = KnowledgeBase.open(data, analysis, checker, KnowledgeBase.Options.empty())) {
                double startupMillis = (System.nanoTime() - t1) / 1e6;
                System.gc(); // measure searches in steady state, not the import's leftover garbage
                double[][] lat = searchLatencies(kb, gen);
                return new Figures(entries, importSeconds, entries / importSeconds, importCpu, indexBytes,
                        pct(lat[0], 50), pct(lat[0], 99), pct(lat[1], 50), pct(lat[1], 99), startupMillis,
                        residentBytes());
            }
        } finally {
            deleteTree(data);
        }
    }

    /** Wall-clock and thread-CPU milliseconds per search, each sorted. */
    private static double[][] searchLatencies(KnowledgeBase kb, SyntheticEntries gen) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        SplittableRandom r = new SplittableRandom(7);
        Marketplace[] markets = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP + QUERIES; i++) {
            queries.add(SearchQuery.of(gen.words(r, 3 + r.nextInt(6))).withMarketplace(markets[r.nextInt(3)])
                    .withLimit(5));
        }
        double[] lat = new double[QUERIES];
        double[] cpu = new double[QUERIES];
        long sink = 0;
        for (int i = 0; i < queries.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            sink += kb.search(queries.get(i)).size();
            if (i >= WARM_UP) {
                lat[i - WARM_UP] = (System.nanoTime() - t) / 1e6;
                cpu[i - WARM_UP] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        Arrays.sort(lat);
        Arrays.sort(cpu);
        return new double[][] {lat, cpu};
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    /** VmRSS from /proc (Linux); elsewhere the JVM's used heap as an approximation. */
    static long residentBytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Passes everything: measures the knowledge base alone, without the cost of the compliance rules. */
    public static ComplianceChecker passThrough() {
        return (text, marketplace) -> new CheckResult(marketplace, Language.EN, Verdict.OK, List.of(), null);
    }

    /**
     * {@code KnowledgeBenchmark [--work DIR] [--sizes 1000,100000] [--million] [--checker none|rules]}: prints one
     * line per size. {@code --checker rules} runs every imported reply through the real rule packs (slower: it then
     * measures the checker as much as the store); the default {@code none} measures the knowledge base alone.
     */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(System.getProperty("java.io.tmpdir"));
        List<Integer> sizes = new ArrayList<>(List.of(1_000, 100_000));
        boolean rules = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim)
                        .map(Integer::parseInt).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
                case "--million" -> sizes.add(1_000_000);
                case "--checker" -> rules = switch (args[++i]) {
                    case "rules" -> true;
                    case "none" -> false;
                    default -> throw new IllegalArgumentException("--checker takes none or rules");
                };
                default -> {
                    System.err.println("usage: KnowledgeBenchmark [--work DIR] [--sizes 1000,100000] [--million] "
                            + "[--checker none|rules]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(work);
        TextAnalysis analysis = new TextAnalysis();
        ComplianceChecker checker = rules ? RulePacks.load(analysis, List.of()) : passThrough();
        for (int n : sizes) {
            System.out.println(run(n, work, analysis, checker) + " checker=" + (rules ? "rules" : "none"));
        }
    }
}
