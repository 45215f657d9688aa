package com.replyguard.drafting.classify;

import com.replyguard.policy.Marketplace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.util.BytesRef;

/**
 * The queries of {@link NeighbourIndex} over its one text field: the plain disjunction of a text's words (with label
 * and marketplace filters), and the "shares at least {@code min} words" search behind strict votes, exact but cheap.
 *
 * <p>Thread safety: stateless.
 */
final class NeighbourQueries {
    static final String TEXT = "text";

    private NeighbourQueries() {
    }

    /**
     * The {@code k} best questions sharing at least {@code min} of the words. They are the {@code k} best of the
     * plain disjunction that share {@code min} words; among its 4k best there are usually k such, and then they are
     * exactly the answer, found by the much faster plain query (MaxScore skips by term; a minimum-should-match query
     * has to check every candidate). Otherwise {@link #strictQuery} decides.
     */
    static TopDocs sharing(IndexSearcher searcher, List<String> terms, int min, int k) {
        try {
            TopDocs top = searcher.search(query(terms, null, null, 1), min > 1 ? 4 * k : k);
            if (min > 1) {
                TopDocs close = closeOnes(searcher, top, terms, min, k);
                top = close != null ? close : searcher.search(strictQuery(terms, min), k);
            }
            return top;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query for analysed words: a question must share {@code min} of them (for voting a few, so that one common
     * word does not make a stranger's question a neighbour), with the label and marketplace as filters.
     */
    static Query query(List<String> terms, String label, Marketplace marketplace, int min) {
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
}
