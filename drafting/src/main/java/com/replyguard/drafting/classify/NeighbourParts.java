package com.replyguard.drafting.classify;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the in-memory Lucene indexes behind {@link NeighbourIndex}: one per label (kind, label and language), each
 * with one document per example question and title, and one per part (kind and language) merged from its label
 * indexes without analysing any text twice. A vote searches the part's single segment; a label's search reads only
 * its own index but scores with the part's statistics ({@link PartStatistics}).
 *
 * <p>Thread safety: build once; the searchers may then be used concurrently.
 */
final class NeighbourParts {
    /** One searcher per part key; a missing part has no entries. */
    final Map<String, IndexSearcher> parts = new HashMap<>();
    /** One searcher per label key. */
    final Map<String, IndexSearcher> labels = new HashMap<>();

    /**
     * @param byLabel ordinals into {@code entries} per label key, each list non-empty and of one kind and language
     * @param partOf the part key of a label key
     */
    NeighbourParts(List<Entry> entries, Map<String, List<Integer>> byLabel,
                   Function<String, String> partOf, TextAnalysis analysis) {
        // Label indexes are independent: build them on every core (the largest dominates; small ones fill the gaps).
        Map<String, DirectoryReader> built = new ConcurrentHashMap<>();
        byLabel.entrySet().parallelStream().forEach(p -> built.put(p.getKey(), build(entries, p.getValue(), analysis)));
        Map<String, List<String>> labelsOfPart = new LinkedHashMap<>();
        for (String key : byLabel.keySet()) {
            labelsOfPart.computeIfAbsent(partOf.apply(key), k -> new ArrayList<>()).add(key);
        }
        labelsOfPart.entrySet().parallelStream().forEach(p -> {
            IndexSearcher part = uncached(new IndexSearcher(merge(p.getValue().stream().map(built::get).toList())));
            synchronized (parts) {
                parts.put(p.getKey(), part);
                for (String key : p.getValue()) {
                    labels.put(key, uncached(new PartStatistics(built.get(key), part)));
                }
            }
        });
    }

    private static DirectoryReader build(List<Entry> entries, List<Integer> ords, TextAnalysis analysis) {
        IndexWriterConfig cfg = new IndexWriterConfig(analysis.analyzer(entries.get(ords.getFirst()).language()));
        return inMemory(cfg, w -> {
            for (int ord : ords) {
                Entry e = entries.get(ord);
                List<String> texts = new ArrayList<>(e.questions());
                if (e.title() != null && !e.title().isBlank()) {
                    texts.add(e.title());
                }
                for (String t : texts) {
                    w.addDocument(doc(e, ord, t));
                }
            }
        });
    }

    /**
     * The part's own index for votes: the label indexes merged into one segment, since a search over one segment
     * costs much less than over one per label.
     */
    private static DirectoryReader merge(List<DirectoryReader> labelReaders) {
        return inMemory(new IndexWriterConfig(), w -> {
            List<CodecReader> segments = new ArrayList<>();
            for (DirectoryReader r : labelReaders) {
                for (LeafReaderContext leaf : r.leaves()) {
                    segments.add((CodecReader) leaf.reader());
                }
            }
            w.addIndexes(segments.toArray(CodecReader[]::new));
        });
    }

    private interface Fill {
        void into(IndexWriter w) throws IOException;
    }

    /** An in-memory index filled by {@code fill} and merged into one segment, opened for reading. */
    private static DirectoryReader inMemory(IndexWriterConfig cfg, Fill fill) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try {
            try (IndexWriter w = new IndexWriter(dir, cfg.setRAMBufferSizeMB(64))) {
                fill.into(w);
                w.forceMerge(1);
            }
            return DirectoryReader.open(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Document doc(Entry e, int ord, String text) {
        Document d = new Document();
        d.add(new StringField("label", NeighbourIndex.label(e), Field.Store.NO));
        for (Marketplace m : e.marketplaces()) {
            d.add(new StringField("mp", m.id(), Field.Store.NO));
        }
        d.add(new NumericDocValuesField("ord", ord));
        d.add(new TextField(NeighbourQueries.TEXT, text, Field.Store.NO));
        return d;
    }

    /** Every draft's words differ: caching their filters would only spend time building bit sets. */
    private static IndexSearcher uncached(IndexSearcher searcher) {
        searcher.setQueryCache(null);
        return searcher;
    }

    /**
     * Searches one label's index but scores with the statistics of its whole part (kind and language), so a hit
     * scores exactly as it would in the part searched with a label filter, for a fraction of the work.
     */
    private static final class PartStatistics extends IndexSearcher {
        /** Enough for any real vocabulary; beyond it statistics are read, not kept. */
        private static final int MAX_CACHED_TERMS = 100_000;
        private final IndexSearcher part;
        private final Map<Term, Optional<TermStatistics>> terms = new ConcurrentHashMap<>();
        private final Map<String, Optional<CollectionStatistics>> fields = new ConcurrentHashMap<>();

        PartStatistics(IndexReader labelReader, IndexSearcher part) {
            super(labelReader);
            this.part = part;
        }

        @Override
        public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
            Optional<TermStatistics> known = terms.get(term);
            if (known == null) {
                IndexReader whole = part.getIndexReader();
                int df = whole.docFreq(term);
                known = Optional.ofNullable(df == 0 ? null
                        : new TermStatistics(BytesRef.deepCopyOf(term.bytes()), df, whole.totalTermFreq(term)));
                if (terms.size() < MAX_CACHED_TERMS) {
                    terms.put(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), known);
                }
            }
            return known.orElse(null);
        }

        @Override
        public CollectionStatistics collectionStatistics(String field) throws IOException {
            Optional<CollectionStatistics> known = fields.get(field);
            if (known == null) {
                known = Optional.ofNullable(part.collectionStatistics(field));
                fields.put(field, known);
            }
            return known.orElse(null);
        }
    }
}
