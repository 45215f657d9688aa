package com.replyguard.drafting;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import com.replyguard.knowledge.search.EntrySource;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test fixture: a tiny knowledge base in a list (word-overlap search), an entry source and a gap log. */
public final class InMemoryKnowledge implements KnowledgeSearch, EntrySource, GapLog {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<Gap> gaps = new CopyOnWriteArrayList<>();
    private volatile long generation;

    public InMemoryKnowledge add(Entry e) {
        entries.add(e);
        generation++;
        return this;
    }

    public static Entry reply(String id, Marketplace m, Language lang, Intent intent, String body, String... questions) {
        return Entry.reply(id, intent).marketplaces(m).language(lang).title(id).questions(List.of(questions)).body(body)
                .author("test").approver("test").at(Instant.EPOCH).build();
    }

    public static Entry policy(String id, Marketplace m, Language lang, Topic topic, String title, String body,
                               String... questions) {
        return Entry.policy(id, topic).marketplaces(m).language(lang).title(title).questions(List.of(questions))
                .body(body).source("test source").author("test").approver("test").at(Instant.EPOCH).build();
    }

    @Override
    public List<SearchHit> search(SearchQuery q) {
        List<SearchHit> hits = new ArrayList<>();
        for (Entry e : entries) {
            if ((q.kind() == null || e.kind() == q.kind()) && (q.marketplace() == null || e.serves(q.marketplace()))
                    && (q.language() == null || e.language() == q.language())
                    && (q.intent() == null || e.intent() == q.intent()) && (q.topic() == null || e.topic() == q.topic())) {
                String text = String.join(" ", e.questions()).toLowerCase(Locale.ROOT);
                float score = 0;
                for (String w : q.text().toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (w.length() > 2 && text.contains(w)) {
                        score++;
                    }
                }
                hits.add(new SearchHit(e, score));
            }
        }
        hits.sort((a, b) -> Float.compare(b.score(), a.score()));
        return hits.size() > q.limit() ? hits.subList(0, q.limit()) : hits;
    }

    @Override
    public List<Entry> approvedEntries() {
        return List.copyOf(entries);
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public void record(Gap gap) {
        gaps.add(gap);
    }

    @Override
    public List<Gap> since(Instant from) {
        return gaps.stream().filter(g -> !g.at().isBefore(from)).toList();
    }
}
