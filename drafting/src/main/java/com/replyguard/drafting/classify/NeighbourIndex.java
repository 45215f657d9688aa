package com.replyguard.drafting.classify;

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
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

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
     * One searcher per {@link #part(Kind, Language)} (a missing part has no entries): a vote searches the whole part,
     * {@link #best} only its label's index, scored as the part would ({@link NeighbourParts}).
     */
    private final Map<String, IndexSearcher> parts;
    /** One searcher per {@link #key(Kind, String, Language)}. */
    private final Map<String, IndexSearcher> labels;
    /** Entries grouped by kind, label and language, for the listing and fill-up paths (no scan of everything). */
    private final Map<String, List<Entry>> groups = new HashMap<>();

    /** A scored entry from {@link #best}. */
    public record Scored(Entry entry, double score) {
    }

    public NeighbourIndex(List<Entry> entries, TextAnalysis analysis) {
        this.entries = List.copyOf(entries);
        this.analysis = analysis;
        Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
        Map<String, String> partOf = new HashMap<>();
        for (int ord = 0; ord < this.entries.size(); ord++) {
            Entry e = this.entries.get(ord);
            String key = key(e.kind(), label(e), e.language());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(ord);
            partOf.putIfAbsent(key, part(e.kind(), e.language()));
        }
        NeighbourParts built = new NeighbourParts(this.entries, byLabel, partOf::get, analysis);
        this.parts = built.parts;
        this.labels = built.labels;
    }

    public int size() {
        return entries.size();
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
