package com.replyguard.knowledge.draft.classify;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
    private static final String TEXT = "text";
    private final List<Entry> entries;
    private final TextAnalysis analysis;
    /** One searcher per {@link #part(Kind, Language)}; a missing part has no entries. */
    private final Map<String, IndexSearcher> parts = new HashMap<>();
    /** Entries grouped by kind, label and language, for the listing and fill-up paths (no scan of everything). */
    private final Map<String, List<Entry>> groups = new HashMap<>();

    /** A scored entry from {@link #best}. */
    public record Scored(Entry entry, double score) {
    }

    public NeighbourIndex(List<Entry> entries, TextAnalysis analysis) {
        this.entries = List.copyOf(entries);
        this.analysis = analysis;
        Map<String, List<Integer>> byPart = new HashMap<>();
        for (int ord = 0; ord < this.entries.size(); ord++) {
            Entry e = this.entries.get(ord);
            groups.computeIfAbsent(key(e.kind(), label(e), e.language()), k -> new ArrayList<>()).add(e);
            byPart.computeIfAbsent(part(e.kind(), e.language()), k -> new ArrayList<>()).add(ord);
        }
        // Parts are independent: build them on every core (the largest dominates; small ones fill the gaps).
        Map<String, IndexSearcher> built = new java.util.concurrent.ConcurrentHashMap<>();
        byPart.entrySet().parallelStream().forEach(p -> built.put(p.getKey(), build(p.getValue())));
        parts.putAll(built);
    }

    private IndexSearcher build(List<Integer> ords) {
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
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            // Every draft's words differ: caching their filters would only spend time building bit sets.
            searcher.setQueryCache(null);
            return searcher;
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
        int min = strict ? strictMinimum(terms.size()) : 1;
        try {
            // The strict k best are the k best of the plain disjunction that share `min` words. Among its 4k best
            // there are usually k such: then they are exactly the answer, found by the much faster plain query
            // (MaxScore skips by term; a minimum-should-match query has to check every candidate).
            TopDocs top = searcher.search(query(terms, null, null, 1), min > 1 ? 4 * k : k);
            if (min > 1) {
                TopDocs close = closeOnes(searcher, top, terms, min, k);
                top = close != null ? close : searcher.search(strictQuery(terms, min), k);
            }
            for (Hit h : hits(searcher, top)) {
                votes.merge(label(entries.get(h.ord)), h.score, Double::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            for (Hit h : run(searcher, query(terms, null, null, strictMinimum(terms.size())), k)) {
                votes.merge(label(entries.get(h.ord)), h.score, Double::sum);
            }
        }
        return votes;
    }

    /** Above this many word combinations, {@link #strictQuery} leaves the minimum to Lucene. */
    private static final int MAX_COMBINATIONS = 128;

    /**
     * Questions sharing at least {@code min} of the words, scored like the plain disjunction. When the words are few,
     * the "at least min" part is a filter of conjunctions (every combination of {@code min} words): conjunctions
     * leap over the common words, where a minimum-should-match query visits every document with any of them (tens
     * of milliseconds on a large index when few questions qualify).
     */
    private static Query strictQuery(List<String> terms, int min) {
        List<List<String>> combinations = new ArrayList<>();
        combine(terms, min, 0, new ArrayList<>(), combinations);
        if (combinations.size() > MAX_COMBINATIONS) {
            return query(terms, null, null, min);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> c : combinations) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            c.forEach(t -> all.add(new TermQuery(new Term(TEXT, t)), Occur.FILTER));
            any.add(all.build(), Occur.SHOULD);
        }
        // Required and scoring nothing (boost 0), so Lucene leads with the combinations and only scores the words
        // on the questions that qualify; the score stays the sum of the shared words.
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(any.build()), 0f), Occur.MUST);
        terms.forEach(t -> q.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD));
        return q.build();
    }

    private static void combine(List<String> terms, int size, int from, List<String> current, List<List<String>> out) {
        if (out.size() > MAX_COMBINATIONS) {
            return;
        }
        if (current.size() == size) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i <= terms.size() - (size - current.size()); i++) {
            current.add(terms.get(i));
            combine(terms, size, i + 1, current, out);
            current.removeLast();
        }
    }

    /** A strict neighbour shares this many of the text's {@code n} words (2 or 3 of a longer text). */
    static int strictMinimum(int n) {
        return n <= 2 ? 1 : Math.min(3, (n + 3) / 4 + 1);
    }

    /**
     * The first {@code k} of {@code top} that contain at least {@code min} of {@code terms}, or null when fewer than
     * {@code k} do and {@code top} may have missed some (it is full), so the strict query must decide.
     */
    private static TopDocs closeOnes(IndexSearcher searcher, TopDocs top, List<String> terms, int min, int k)
            throws IOException {
        ScoreDoc[] docs = top.scoreDocs;
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        int[] shared = new int[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (String t : terms) {
            BytesRef bytes = new BytesRef(t);
            PostingsEnum postings = null;
            LeafReaderContext current = null;
            for (int i : byDoc) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
                if (leaf != current) {
                    current = leaf;
                    postings = null;
                    Terms field = leaf.reader().terms(TEXT);
                    TermsEnum te = field == null ? null : field.iterator();
                    if (te != null && te.seekExact(bytes)) {
                        postings = te.postings(null, PostingsEnum.NONE);
                    }
                }
                int local = docs[i].doc - leaf.docBase;
                if (postings != null) {
                    int at = postings.docID() < local ? postings.advance(local) : postings.docID();
                    if (at == local) {
                        shared[i]++;
                    }
                }
            }
        }
        List<ScoreDoc> close = new ArrayList<>(k);
        for (int i = 0; i < docs.length && close.size() < k; i++) {
            if (shared[i] >= min) {
                close.add(docs[i]);
            }
        }
        boolean complete = docs.length < 4 * k; // the plain query found fewer than asked: it saw every match
        return close.size() >= k || complete ? new TopDocs(top.totalHits, close.toArray(ScoreDoc[]::new)) : null;
    }

    /**
     * Up to {@code n} entries of {@code kind} carrying {@code label} in {@code language} that serve
     * {@code marketplace}, best match for {@code text} first (each entry once, scored by its best question).
     */
    public List<Scored> best(String text, Language language, Kind kind, String label, Marketplace marketplace, int n) {
        Map<Integer, Double> byEntry = new LinkedHashMap<>();
        Language lang = language == Language.OTHER ? Language.EN : language;
        IndexSearcher searcher = parts.get(part(kind, lang));
        List<String> terms = searcher == null ? List.of() : terms(text, lang);
        if (!terms.isEmpty()) {
            for (Hit h : run(searcher, query(terms, label, marketplace, 1), n * 8)) {
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

    /**
     * The query for analysed words: a question must share {@code min} of them (for voting a few, so that one common
     * word does not make a stranger's question a neighbour), with the label and marketplace as filters.
     */
    private static Query query(List<String> terms, String label, Marketplace marketplace, int min) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String t : terms) {
            words.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
        }
        if (min > 1) {
            words.setMinimumNumberShouldMatch(min);
        }
        if (label == null && (marketplace == null || marketplace == Marketplace.ALL)) {
            return words.build();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        if (label != null) {
            q.add(new TermQuery(new Term("label", label)), Occur.FILTER);
        }
        if (marketplace != null && marketplace != Marketplace.ALL) {
            q.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("mp", marketplace.id())), Occur.SHOULD)
                    .add(new TermQuery(new Term("mp", Marketplace.ALL.id())), Occur.SHOULD).build(), Occur.FILTER);
        }
        return q.build();
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
