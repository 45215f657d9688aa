package com.replyguard.knowledge.index;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Splits the index into one slice per core (of whole segments, at least 20,000 documents each), searched side by
 * side: a lone search (an agent's paste, a lead's query) takes about half the time on two cores. Under a full load
 * it gains nothing and costs little.
 *
 * <p>Thread safety: as IndexSearcher; the search threads are shared daemon threads (they never keep the JVM alive).
 */
final class SlicedSearcher extends IndexSearcher {
    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ExecutorService SEARCH_THREADS = Executors.newFixedThreadPool(CORES, r -> {
        Thread t = new Thread(r, "replyguard-search");
        t.setDaemon(true);
        return t;
    });

    SlicedSearcher(IndexReader reader) {
        super(reader, SEARCH_THREADS);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        long docs = leaves.stream().mapToLong(l -> l.reader().maxDoc()).sum();
        int perSlice = (int) Math.min(Integer.MAX_VALUE, Math.max(20_000, docs / CORES + 1));
        return IndexSearcher.slices(leaves, perSlice, Integer.MAX_VALUE, false);
    }
}
