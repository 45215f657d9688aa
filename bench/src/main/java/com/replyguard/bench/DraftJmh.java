package com.replyguard.bench;

import com.replyguard.drafting.DraftResult;
import com.replyguard.drafting.DraftingService;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.policy.Marketplace;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to draft one buyer message (read, classify, retrieve, fill, check) over the shipped default knowledge.
 * Knowledge gaps are dropped, so the benchmark measures drafting and not the disk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"})
public class DraftJmh {
    private ShippedKnowledge shipped;
    private DraftingService drafting;
    private final Marketplace[] sites = {Marketplace.AMAZON, Marketplace.EBAY, Marketplace.ALIEXPRESS};
    private int next;

    @Setup
    public void open() {
        shipped = new ShippedKnowledge();
        GapLog dropped = new GapLog() {
            @Override
            public void record(Gap gap) {
            }

            @Override
            public List<Gap> since(Instant from) {
                return List.of();
            }
        };
        drafting = new DraftingService(shipped.kb, dropped, shipped.checker, shipped.analysis);
        drafting.draft("where is my order?", Marketplace.AMAZON); // builds the classifier index before timing
    }

    @TearDown
    public void close() {
        shipped.close();
    }

    @Benchmark
    public DraftResult draft() {
        int i = next++;
        return drafting.draft(DraftBenchmark.MESSAGES.get(i % DraftBenchmark.MESSAGES.size()), sites[i % sites.length]);
    }
}
