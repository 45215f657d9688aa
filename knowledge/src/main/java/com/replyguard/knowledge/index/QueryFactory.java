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
            BooleanQuery.Builder text = new BooleanQuery.Builder();
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
                        text.add(new BoostQuery(fq, f.getValue()), Occur.SHOULD);
                        clauses++;
                    }
                }
            }
            if (clauses == 0) {
                return null;
            }
            b.add(text.build(), Occur.MUST);
        }
        filter(b, EntryDocuments.KIND, q.kind() == null ? null : q.kind().id());
        filter(b, EntryDocuments.STATUS, q.status() == null ? null : q.status().id());
        filter(b, EntryDocuments.LANGUAGE, q.language() == null ? null : q.language().code());
        filter(b, EntryDocuments.INTENT, q.intent() == null ? null : q.intent().name());
        filter(b, EntryDocuments.TOPIC, q.topic() == null ? null : q.topic().name());
        if (q.marketplace() != null && q.marketplace() != Marketplace.ALL) {
            BooleanQuery.Builder m = new BooleanQuery.Builder();
            m.add(new TermQuery(new Term(EntryDocuments.MARKETPLACE, q.marketplace().id())), Occur.SHOULD);
            m.add(new TermQuery(new Term(EntryDocuments.MARKETPLACE, Marketplace.ALL.id())), Occur.SHOULD);
            b.add(m.build(), Occur.FILTER);
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

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
