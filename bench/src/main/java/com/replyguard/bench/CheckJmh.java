package com.replyguard.bench;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.rules.RulePacks;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Checks per second of a draft of about 300 characters (the README's check-speed figure), shipped rules only. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class CheckJmh {
    private ComplianceChecker checker;
    private String[] drafts;
    private final Marketplace[] sites = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
    private int next;

    @Setup
    public void load() {
        checker = RulePacks.load(new TextAnalysis(), List.of());
        drafts = CheckBench.drafts(300, 32);
    }

    @Benchmark
    public CheckResult check300() {
        int i = next++;
        return checker.check(drafts[i % drafts.length], sites[i % sites.length]);
    }
}
