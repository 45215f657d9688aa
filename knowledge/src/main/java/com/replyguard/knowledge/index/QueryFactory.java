package com.replyguard.knowledge.index;

import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the Lucene query for a search: the text analysed per language against questions (boosted most), title,
 * tags and body, with the filters as non-scoring clauses.
 */
final class QueryFactory {
    /** Example questions say best what an entry answers; the body is long and general. */
    static final Map<String, Float> BOOSTS = Map.of(EntryDocuments.QUESTIONS, 4f, EntryDocuments.TITLE, 2f,
            EntryDocuments.TAGS, 1.5f, EntryDocuments.BODY, 1f);
    private static final List<Language> LANGUAGES = List.of(Language.values());
    /** Characters of query text per searched language (about 1,000 clauses over 4 fields in the worst case). */
    private static final int MAX_CHARS = 1_200;

    private final TextAnalysis analysis;

    QueryFactory(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The query, or {@code null} when the text has words but none that the analysers keep (nothing can match). */
    Query build(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (q.text().isBlank()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            // One flat disjunction of (field, term) clauses with the filters beside it: the same sum of scores as
            // a disjunction per field, but Lucene's MaxScore can then skip documents term by term (several times
            // faster on large indexes, where common words match most entries).
            int clauses = 0;
            List<Language> languages = languages(q);
            // Lucene caps the clauses of one query at 1024 in total: keep long messages within that budget.
            String words = q.text().length() > MAX_CHARS / languages.size()
                    ? q.text().substring(0, MAX_CHARS / languages.size()) : q.text();
            for (Language lang : languages) {
                QueryBuilder qb = new QueryBuilder(analysis.analyzer(lang));
                for (Map.Entry<String, Float> f : BOOSTS.entrySet()) {
                    Query fq = qb.createBooleanQuery(LanguageFieldAnalyzer.field(f.getKey(), lang), words);
                    if (fq != null) {
                        clauses += addFlat(b, fq, f.getValue());
                    }
                }
            }
            if (clauses == 0) {
                return null;
            }
            b.setMinimumNumberShouldMatch(1);
        }
        // The filters as one clause: a handful of combinations recur (reply + approved + amazon-or-all), so
        // Lucene's query cache keeps each as a bit set instead of intersecting long posting lists on every search.
        BooleanQuery.Builder f = new BooleanQuery.Builder();
        filter(f, EntryDocuments.KIND, q.kind() == null ? null : q.kind().id());
        filter(f, EntryDocuments.STATUS, q.status() == null ? null : q.status().id());
        filter(f, EntryDocuments.LANGUAGE, q.language() == null ? null : q.language().code());
        filter(f, EntryDocuments.INTENT, q.intent() == null ? null : q.intent().name());
        filter(f, EntryDocuments.TOPIC, q.topic() == null ? null : q.topic().name());
        if (q.marketplace() != null && q.marketplace() != Marketplace.ALL) {
            BooleanQuery.Builder m = new BooleanQuery.Builder();
            m.add(new TermQuery(new Term(EntryDocuments.MARKETPLACE, q.marketplace().id())), Occur.SHOULD);
            m.add(new TermQuery(new Term(EntryDocuments.MARKETPLACE, Marketplace.ALL.id())), Occur.SHOULD);
            f.add(m.build(), Occur.FILTER);
        }
        BooleanQuery filters = f.build();
        if (!filters.clauses().isEmpty()) {
            b.add(filters.clauses().size() == 1 ? filters.clauses().getFirst().query() : filters, Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The filter's language; else the text's own language plus English (the fallback language of the knowledge), or
     * every language when the text's language is not recognised.
     */
    private List<Language> languages(SearchQuery q) {
        if (q.language() != null) {
            return List.of(q.language());
        }
        Language detected = analysis.detector().detect(q.text());
        if (detected == Language.OTHER) {
            return LANGUAGES;
        }
        return detected == Language.EN ? List.of(Language.EN) : List.of(detected, Language.EN);
    }

    /**
     * Adds a field's query as SHOULD clauses of {@code b}: a pure disjunction is split into its clauses (each
     * boosted), anything else (one term, a synonym graph) goes in whole. Returns the number of clauses added.
     */
    private static int addFlat(BooleanQuery.Builder b, Query fq, float boost) {
        if (fq instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD)) {
            for (var c : bq.clauses()) {
                b.add(new BoostQuery(c.query(), boost), Occur.SHOULD);
            }
            return bq.clauses().size();
        }
        b.add(new BoostQuery(fq, boost), Occur.SHOULD);
        return 1;
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
