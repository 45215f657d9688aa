package com.replyguard.app.bench;

import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.util.List;

/**
 * Compliance-check speed through the public API (RulePacks + ComplianceChecker, every built-in pack): rule loading
 * time, then single-thread p50/p99 and throughput at 300 and 3,000 characters, and throughput on every core.
 */
public final class CheckBench {
    private CheckBench() {
    }

    public static void run(Report report, boolean quick) throws InterruptedException {
        long t0 = System.nanoTime();
        TextAnalysis analysis = new TextAnalysis();
        ComplianceChecker checker = RulePacks.load(analysis, List.of());
        checker.check("warm the loader", Marketplace.AMAZON);
        report.add("check", "analysis + rule loading (cold, in-process)", (System.nanoTime() - t0) / 1e6, "ms", "first check included");
        Marketplace[] markets = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
        int cores = Runtime.getRuntime().availableProcessors();
        for (int chars : new int[] {300, 3000}) {
            String[] texts = new String[256];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = SampleTexts.draft(i * 31L + chars, chars);
            }
            int samples = quick ? 2_000 : (chars == 300 ? 30_000 : 5_000);
            Latencies one = Measure.single(quick ? 500 : 3_000, samples,
                    i -> checker.check(texts[i & 255], markets[i % 3]));
            String section = "check " + chars + " chars";
            report.add(section, "throughput, 1 thread", one.perSecond(), "checks/s", samples + " checks after warm-up, 3 marketplaces, 1 in 5 sentences risky");
            report.add(section, "p50", one.p50Millis(), "ms", "");
            report.add(section, "p99", one.p99Millis(), "ms", "");
            Latencies all = Measure.concurrent(200, cores, samples / 2, i -> checker.check(texts[i & 255], markets[i % 3]));
            report.add(section, "throughput, " + cores + " threads", all.perSecond(), "checks/s", "");
        }
    }
}
