package com.replyguard.knowledge.draft.classify;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
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
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index over a snapshot of approved entries: one document per example question (and per title),
 * analysed with the entry language's analyzer. It answers two questions: which labels (intents or topics) the
 * nearest example questions carry, and which entries of a label match a text best.
 *
 * <p>One small index per kind and language: every search targets exactly one of them, so it needs no kind filter
 * and reads dense length norms (a shared index with a field per language made both sparse, and cost a third of the
 * time of a vote).
 *
 * <p>Thread safety: immutable after construction; searches may run concurrently.
 */
public final class NeighbourIndex {
    private static final int MAX_QUERY_TERMS = 48;
    private static final String TEXT = NeighbourQueries.TEXT;
    private final List<Entry> entries;
    private final TextAnalysis analysis;
    /**
     * One searcher per {@link #part(Kind, Language)} (a missing part has no entries), over one index per label: a
     * vote searches the whole part, {@link #best} only its label's index (see {@link PartStatistics}).
     */
    private final Map<String, IndexSearcher> parts = new HashMap<>();
    /** One searcher per {@link #key(Kind, String, Language)}. */
    private final Map<String, IndexSearcher> labels = new HashMap<>();
    /** Entries grouped by kind, label and language, for the listing and fill-up paths (no scan of everything). */
    private final Map<String, List<Entry>> groups = new HashMap<>();

    /** A scored entry from {@link #best}. */
    public record Scored(Entry entry, double score) {
    }

    public NeighbourIndex(List<Entry> entries, TextAnalysis analysis) {
        this.entries = List.copyOf(entries);
        this.analysis = analysis;
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int ord = 0; ord < this.entries.size(); ord++) {
            Entry e = this.entries.get(ord);
            String key = key(e.kind(), label(e), e.language());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(ord);
        }
        // Label indexes are independent: build them on every core (the largest dominates; small ones fill the gaps).
        Map<String, DirectoryReader> built = new ConcurrentHashMap<>();
        byLabel.entrySet().parallelStream().forEach(p -> built.put(p.getKey(), build(p.getValue())));
        Map<String, List<String>> labelsOfPart = new LinkedHashMap<>();
        for (String key : byLabel.keySet()) {
            labelsOfPart.computeIfAbsent(partOfKey(key), k -> new ArrayList<>()).add(key);
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

    /**
     * The part's own index for votes: the label indexes merged into one segment (no text analysed twice), since a
     * search over one segment costs much less than over one per label.
     */
    private static DirectoryReader merge(List<DirectoryReader> labelReaders) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setRAMBufferSizeMB(64))) {
            List<CodecReader> segments = new ArrayList<>();
            for (DirectoryReader r : labelReaders) {
                for (LeafReaderContext leaf : r.leaves()) {
                    segments.add((CodecReader) leaf.reader());
                }
            }
            w.addIndexes(segments.toArray(CodecReader[]::new));
            w.forceMerge(1);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        try {
            return DirectoryReader.open(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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

    private DirectoryReader build(List<Integer> ords) {
        Language lang = this.entries.get(ords.getFirst()).language();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analysis.analyzer(lang))
                .setRAMBufferSizeMB(64))) {
            for (int ord : ords) {
                Entry e = this.entries.get(ord);
                List<String> texts = new ArrayList<>(e.questions());
                if (e.title() != null && !e.title().isBlank()) {
                    texts.add(e.title());
                }
                for (String t : texts) {
                    w.addDocument(doc(e, ord, t));
                }
            }
            w.forceMerge(1);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        try {
            return DirectoryReader.open(dir);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public int size() {
        return entries.size();
    }

    private static Document doc(Entry e, int ord, String text) {
        Document d = new Document();
        d.add(new StringField("label", label(e), Field.Store.NO));
        for (Marketplace m : e.marketplaces()) {
            d.add(new StringField("mp", m.id(), Field.Store.NO));
        }
        d.add(new NumericDocValuesField("ord", ord));
        d.add(new TextField(TEXT, text, Field.Store.NO));
        return d;
    }

    private static String key(Kind kind, String label, Language language) {
        return kind.id() + "|" + label + "|" + language.code();
    }

    static String label(Entry e) {
        return e.kind() == Kind.REPLY ? e.intent().name() : e.topic().name();
    }

    private static String part(Kind kind, Language language) {
        return kind.id() + "|" + language.code();
    }

    private static String partOfKey(String key) {
        return key.substring(0, key.indexOf('|')) + key.substring(key.lastIndexOf('|'));
    }

    /**
     * Votes of the {@code k} nearest example questions of {@code kind} in {@code language}: label to the sum of
     * their scores. Empty when nothing shares a word with the text.
     */
    public Map<String, Double> vote(String text, Language language, Kind kind, int k) {
        return vote(text, language, kind, k, true);
    }

    /**
     * As {@link #vote(String, Language, Kind, int)}; with {@code strict} false one shared word is enough, for a last
     * guess on a short message that no cue and no close neighbour explains.
     */
    public Map<String, Double> vote(String text, Language language, Kind kind, int k, boolean strict) {
        Map<String, Double> votes = new LinkedHashMap<>();
        Language lang = language == Language.OTHER ? Language.EN : language;
        IndexSearcher searcher = parts.get(part(kind, lang));
        List<String> terms = searcher == null ? List.of() : terms(text, lang);
        if (terms.isEmpty()) {
            return votes;
        }
        int min = strict ? NeighbourQueries.strictMinimum(terms.size()) : 1;
        for (Hit h : hits(searcher, NeighbourQueries.sharing(searcher, terms, min, k))) {
            votes.merge(label(entries.get(h.ord)), h.score, Double::sum);
        }
        return votes;
    }

    /** The strict vote by the plain minimum-should-match query alone: the reference the fast path must equal. */
    Map<String, Double> strictVoteReference(String text, Language language, Kind kind, int k) {
        Map<String, Double> votes = new LinkedHashMap<>();
        Language lang = language == Language.OTHER ? Language.EN : language;
        IndexSearcher searcher = parts.get(part(kind, lang));
        List<String> terms = searcher == null ? List.of() : terms(text, lang);
        if (!terms.isEmpty()) {
            for (Hit h : run(searcher, NeighbourQueries.query(terms, null, null, NeighbourQueries.strictMinimum(terms.size())), k)) {
                votes.merge(label(entries.get(h.ord)), h.score, Double::sum);
            }
        }
        return votes;
    }

    /**
     * Up to {@code n} entries of {@code kind} carrying {@code label} in {@code language} that serve
     * {@code marketplace}, best match for {@code text} first (each entry once, scored by its best question).
     */
    public List<Scored> best(String text, Language language, Kind kind, String label, Marketplace marketplace, int n) {
        Language lang = language == Language.OTHER ? Language.EN : language;
        return best(labels.get(key(kind, label, lang)), null, text, language, kind, label, marketplace, n);
    }

    /** {@link #best} by the whole part's index with a label filter: the reference the label's index must equal. */
    List<Scored> bestReference(String text, Language language, Kind kind, String label, Marketplace marketplace, int n) {
        Language lang = language == Language.OTHER ? Language.EN : language;
        return best(parts.get(part(kind, lang)), label, text, language, kind, label, marketplace, n);
    }

    private List<Scored> best(IndexSearcher searcher, String labelFilter, String text, Language language, Kind kind,
                              String label, Marketplace marketplace, int n) {
        Map<Integer, Double> byEntry = new LinkedHashMap<>();
        Language lang = language == Language.OTHER ? Language.EN : language;
        List<String> terms = searcher == null ? List.of() : terms(text, lang);
        if (!terms.isEmpty()) {
            for (Hit h : run(searcher, NeighbourQueries.query(terms, labelFilter, marketplace, 1), n * 8)) {
                byEntry.merge(h.ord, h.score, Math::max);
            }
        }
        List<Scored> out = new ArrayList<>();
        byEntry.forEach((ord, s) -> out.add(new Scored(entries.get(ord), s)));
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        if (out.size() < n) {
            // Entries of the label that share no word with the text still answer it; add them unscored.
            for (Entry e : groups.getOrDefault(key(kind, label, language), List.of())) {
                if (out.size() >= n) {
                    break;
                }
                if (e.serves(marketplace) && out.stream().noneMatch(s -> s.entry() == e)) {
                    out.add(new Scored(e, 0));
                }
            }
        }
        return out.size() > n ? List.copyOf(out.subList(0, n)) : out;
    }

    /** All entries of {@code kind} with {@code label} in {@code language} serving {@code marketplace}. */
    public List<Entry> all(Kind kind, String label, Language language, Marketplace marketplace) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : groups.getOrDefault(key(kind, label, language), List.of())) {
            if (e.serves(marketplace)) {
                out.add(e);
            }
        }
        return out;
    }

    private record Hit(int ord, double score) {
    }

    private static List<Hit> run(IndexSearcher searcher, Query q, int k) {
        try {
            return hits(searcher, searcher.search(q, k));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Hit> hits(IndexSearcher searcher, TopDocs top) {
        try {
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                NumericDocValues ords = leaf.reader().getNumericDocValues("ord");
                int local = sd.doc - leaf.docBase;
                if (ords != null && ords.advanceExact(local)) {
                    hits.add(new Hit((int) ords.longValue(), sd.score));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String text, Language lang) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analysis.analyzer(lang).tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_QUERY_TERMS) {
                String t = term.toString();
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
