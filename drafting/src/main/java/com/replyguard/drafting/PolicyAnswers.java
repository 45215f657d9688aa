package com.replyguard.drafting;

import com.replyguard.drafting.classify.LabelClassifier;
import com.replyguard.drafting.classify.NeighbourIndex;
import com.replyguard.drafting.read.MessageReader;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.knowledge.search.KnowledgeSearch;
import com.replyguard.knowledge.search.SearchHit;
import com.replyguard.knowledge.search.SearchQuery;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Answers sellers' policy questions and picks the policy notes for a drafted reply: the topic comes from the
 * topic classifier, the entries from that topic for the marketplace (its own entries before those for all
 * marketplaces), in the question's language when one exists, else in English with a notice.
 */
final class PolicyAnswers {
    private static final int MAX_ANSWERS = 3;
    private static final int MAX_QUESTION = 2_000;
    private final KnowledgeSearch search;
    private final KnowledgeView view;
    private final LabelClassifier<Topic> topics;
    private final MessageReader reader;
    private final Notices notices;

    PolicyAnswers(KnowledgeSearch search, KnowledgeView view, LabelClassifier<Topic> topics, MessageReader reader,
                  Notices notices) {
        this.search = search;
        this.view = view;
        this.topics = topics;
        this.reader = reader;
        this.notices = notices;
    }

    AskResult ask(String question, Marketplace m) {
        String q = question == null ? "" : question.strip();
        if (q.length() > MAX_QUESTION) {
            q = q.substring(0, MAX_QUESTION);
        }
        List<Notice> notes = new ArrayList<>();
        if (q.isEmpty()) {
            notes.add(notices.get("ask.empty"));
            return new AskResult(m, Language.OTHER, List.of(), notes);
        }
        Language lang = reader.language(q);
        NeighbourIndex index = view.index();
        LabelClassifier.Ranking<Topic> ranking = topics.rank(q, lang, index, Kind.POLICY);
        List<Answer> answers = new ArrayList<>();
        for (LabelClassifier.Scored<Topic> s : ranking.labels()) {
            if (answers.size() >= MAX_ANSWERS) {
                break;
            }
            int perTopic = answers.isEmpty() ? 2 : 1;
            for (Answer a : answersFor(q, lang, m, s.label(), index, s.score())) {
                if (perTopic-- <= 0 || answers.size() >= MAX_ANSWERS) {
                    break;
                }
                answers.add(a);
            }
        }
        if (answers.isEmpty() && index == null && search != null) {
            for (SearchHit h : search.search(SearchQuery.of(q).withKind(Kind.POLICY).withMarketplace(m).withLimit(3))) {
                if (h.entry().topic() != null) {
                    answers.add(answer(h.entry(), m, lang, h.score()));
                }
            }
        }
        if (answers.isEmpty()) {
            notes.add(notices.get("ask.none"));
        } else if (!answers.get(0).inQuestionLanguage()) {
            notes.add(notices.get("ask.english"));
        }
        return new AskResult(m, lang, answers, notes);
    }

    /** One or two policy notes worth keeping in mind when answering a buyer with {@code intent}. */
    List<PolicyNote> notesFor(Intent intent, Language lang, Marketplace m) {
        NeighbourIndex index = view.index();
        List<PolicyNote> out = new ArrayList<>();
        if (index == null) {
            return out;
        }
        for (Topic t : IntentTopics.of(intent)) {
            List<Entry> found = entries(index, t, lang, m);
            if (!found.isEmpty()) {
                Entry e = found.get(0);
                out.add(new PolicyNote(e.id(), t, e.title(), e.body(), e.source()));
            }
        }
        return out;
    }

    private List<Answer> answersFor(String q, Language lang, Marketplace m, Topic topic, NeighbourIndex index,
                                    double score) {
        List<Answer> out = new ArrayList<>();
        if (index == null) {
            return out;
        }
        for (Entry e : entries(index, topic, lang, m)) {
            out.add(answer(e, m, lang, score));
        }
        return out;
    }

    /** Entries of a topic for the marketplace, its own first, in the language or else in English. */
    private static List<Entry> entries(NeighbourIndex index, Topic topic, Language lang, Marketplace m) {
        Language l = lang == Language.BN || lang == Language.MS ? lang : Language.EN;
        List<Entry> found = new ArrayList<>(index.all(Kind.POLICY, topic.name(), l, m));
        if (found.isEmpty() && l != Language.EN) {
            found.addAll(index.all(Kind.POLICY, topic.name(), Language.EN, m));
        }
        found.sort(Comparator.comparingInt((Entry e) -> e.marketplaces().contains(m) ? 0 : 1)
                .thenComparing(Entry::id));
        return found;
    }

    private static Answer answer(Entry e, Marketplace m, Language lang, double score) {
        Marketplace shown = e.marketplaces().contains(m) ? m : Marketplace.ALL;
        boolean inLanguage = e.language() == lang || (lang == Language.OTHER && e.language() == Language.EN);
        return new Answer(e.id(), e.topic(), shown, e.language(), e.title(), e.body(), e.source(),
                DraftingService.round(score), inLanguage);
    }
}
