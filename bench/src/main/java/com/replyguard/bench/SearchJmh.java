package com.replyguard.bench;

import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
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

/** Knowledge-base searches per second over the shipped default knowledge (Lucene index over the SQLite store). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"})
public class SearchJmh {
    private ShippedKnowledge shipped;
    private SearchQuery[] queries;
    private int next;

    @Setup
    public void open() {
        shipped = new ShippedKnowledge();
        queries = DraftBenchmark.MESSAGES.stream().map(SearchQuery::of).toArray(SearchQuery[]::new);
    }

    @TearDown
    public void close() {
        shipped.close();
    }

    @Benchmark
    public List<SearchHit> search() {
        return shipped.kb.search(queries[next++ % queries.length]);
    }
}
