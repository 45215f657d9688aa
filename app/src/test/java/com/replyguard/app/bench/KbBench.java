package com.replyguard.app.bench;

import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.curation.ImportSummary;
import com.replyguard.knowledge.bench.SyntheticEntries;
import com.replyguard.drafting.DraftingService;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Knowledge base at a given size, through the public API with the real checker: import rate (the checker runs on
 * every entry), database and index size, re-open time (start-up reconciliation), search, draft and ask p50/p99, and
 * resident memory. Entries come from {@link SyntheticEntries}; the built-in knowledge is not loaded.
 */
public final class KbBench {
    /** Entries of the warm-up import (a few seconds). */
    private static final int WARM_UP_ENTRIES = 20_000;

    private KbBench() {
    }

    public static void run(int size, boolean quick, Path dir, Report report) throws Exception {
        if (size == 0) {
            runDefault(quick, dir, report);
            return;
        }
        Path data = dir.resolve("data");
        deleteTree(data);
        String section = "kb " + label(size);
        TextAnalysis analysis = new TextAnalysis();
        ComplianceChecker checker = RulePacks.load(analysis, List.of());
        // Warm-up, as for every figure here: a first import into a scratch knowledge base (other entries, deleted
        // afterwards) compiles the import path, so the timed import measures the steady state. Its own rate is the
        // one a single `kb import` in a fresh JVM sees, and is reported as well.
        Path scratch = dir.resolve("warm-up");
        deleteTree(scratch);
        try (KnowledgeBase warm = KnowledgeBase.open(scratch, analysis, checker, KnowledgeBase.Options.empty())) {
            int n = quick ? 1_000 : WARM_UP_ENTRIES;
            List<Entry> entries = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                entries.add(SyntheticEntries.entry(i, 7));
            }
            long t0 = System.nanoTime();
            warm.importEntries(entries, false, "bench:warm-up");
            double secs = (System.nanoTime() - t0) / 1e9;
            report.add(section, "import rate, first import in a fresh JVM", n / secs, "entries/s",
                    String.format(java.util.Locale.ROOT, "%,d entries into an empty knowledge base: the warm-up, cold JIT", n));
        }
        deleteTree(scratch);
        try (KnowledgeBase kb = KnowledgeBase.open(data, analysis, checker, KnowledgeBase.Options.empty())) {
            // Only importEntries is timed: generating the synthetic entries is the harness's work, not the import's.
            long importNanos = 0;
            int batch = 50_000;
            for (int from = 0; from < size; from += batch) {
                int to = Math.min(size, from + batch);
                List<Entry> entries = new java.util.ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    entries.add(SyntheticEntries.entry(i, 42));
                }
                long t0 = System.nanoTime();
                ImportSummary s = kb.importEntries(entries, false, "bench:import");
                importNanos += System.nanoTime() - t0;
                if (!s.applied()) {
                    throw new IllegalStateException("import refused: " + s.headline());
                }
            }
            double secs = importNanos / 1e9;
            report.add(section, "import rate", size / secs, "entries/s", "after the warm-up: importEntries in batches of 50,000 (generating them not timed), checker on, one index commit per batch");
            KnowledgeBase.Status st = kb.status();
            report.add(section, "index size", st.indexBytes() / 1048576.0, "MiB", st.indexedDocs() + " documents");
        }
        report.add(section, "knowledge.db size", (fileSize(data.resolve("knowledge.db")) + fileSize(data.resolve("knowledge.db-wal"))) / 1048576.0, "MiB", "with WAL");
        long o0 = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(data, analysis, checker, KnowledgeBase.Options.empty())) {
            report.add(section, "re-open (reconcile store and index)", (System.nanoTime() - o0) / 1e6, "ms", "");
            String[] queries = queries();
            int samples = quick ? 500 : 3_000;
            // Long warm-ups: on 2 cores the JIT keeps compiling Lucene's scorers for several seconds, and a bot
            // runs for days; the figures are meant to be its steady state.
            Latencies search = Measure.single(quick ? 500 : 8_000, samples, i -> kb.search(
                    SearchQuery.of(queries[i % queries.length]).withKind(Kind.REPLY).withMarketplace(Marketplace.AMAZON).withLimit(5)));
            report.add(section, "search p50", search.p50Millis(), "ms", samples + " queries, kind+marketplace filters, top 5");
            report.add(section, "search p99", search.p99Millis(), "ms", "");
            long d0 = System.nanoTime();
            DraftingService drafting = new DraftingService(kb, kb, checker, analysis);
            drafting.draft(queries[0], Marketplace.AMAZON);
            report.add(section, "drafting ready (first draft)", (System.nanoTime() - d0) / 1e6, "ms", "includes any classifier built from the entries");
            int draftSamples = quick ? 200 : 1_000;
            Latencies draft = Measure.single(quick ? 500 : 8_000, draftSamples, i -> drafting.draft(queries[i % queries.length], Marketplace.AMAZON));
            report.add(section, "draft p50", draft.p50Millis(), "ms", draftSamples + " buyer messages, drafts checked");
            report.add(section, "draft p99", draft.p99Millis(), "ms", "");
            Latencies ask = Measure.single(quick ? 300 : 1_000, draftSamples, i -> drafting.ask(SampleTexts.question(i), Marketplace.AMAZON));
            report.add(section, "ask p50", ask.p50Millis(), "ms", "the synthetic entries are all replies: this is the no-policy-found path");
            report.add(section, "ask p99", ask.p99Millis(), "ms", "");
            System.gc();
            report.add(section, "resident memory, KB open", Machine.mib(Machine.rssBytes(Machine.selfPid())), "MiB",
                    "VmRSS of the benchmark JVM after a GC (heap max " + Machine.mib(Runtime.getRuntime().maxMemory()) + " MiB)");
        }
    }

    /** Size 0: the shipped default knowledge base (as on a first start), drafting real buyer messages. */
    private static void runDefault(boolean quick, Path dir, Report report) throws Exception {
        Path data = dir.resolve("data");
        deleteTree(data);
        String section = "kb default knowledge";
        TextAnalysis analysis = new TextAnalysis();
        ComplianceChecker checker = RulePacks.load(analysis, List.of());
        try (KnowledgeBase kb = KnowledgeBase.open(data, analysis, checker)) {
            report.add(section, "entries", kb.status().entries(), "", "loaded on first start");
            DraftingService drafting = new DraftingService(kb, kb, checker, analysis);
            Marketplace[] markets = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
            int samples = quick ? 200 : 1_000;
            Latencies draft = Measure.single(quick ? 500 : 8_000, samples, i -> drafting.draft(
                    SampleTexts.buyerMessage(i), markets[(int) (i % markets.length)]));
            report.add(section, "draft p50", draft.p50Millis(), "ms", samples + " buyer messages (en/bn/ms) over the three marketplaces, drafts checked");
            report.add(section, "draft p99", draft.p99Millis(), "ms", "");
            Latencies ask = Measure.single(quick ? 300 : 2_000, samples, i -> drafting.ask(SampleTexts.question(i), markets[(int) (i % markets.length)]));
            report.add(section, "ask p50", ask.p50Millis(), "ms", samples + " policy questions, answered from the policy entries");
            report.add(section, "ask p99", ask.p99Millis(), "ms", "");
        }
    }

    static String[] queries() {
        List<String> q = new java.util.ArrayList<>(SampleTexts.BUYER);
        for (int i = 0; i < 54; i++) {
            q.add(SyntheticEntries.entry(i * 7919, 42).questions().get(i % 3));
        }
        return q.toArray(String[]::new);
    }

    static String label(int size) {
        return size >= 1_000_000 ? size / 1_000_000 + "M" : size >= 1_000 ? size / 1_000 + "k" : Integer.toString(size);
    }

    private static long fileSize(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
