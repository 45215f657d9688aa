package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.List;

/**
 * The fields an edit changes; {@code null} leaves a field as it is. Start from {@link #none()} and chain:
 * {@code EntryChanges.none().body("Hi {buyer_name}, ...").questions(List.of("where is my parcel"))}.
 */
public record EntryChanges(List<Marketplace> marketplaces, Language language, Intent intent, Topic topic,
                           String title, List<String> questions, String body, List<String> tags, String source,
                           Status status, String group) {
    public EntryChanges {
        marketplaces = marketplaces == null ? null : List.copyOf(marketplaces);
        questions = questions == null ? null : List.copyOf(questions);
        tags = tags == null ? null : List.copyOf(tags);
    }

    public static EntryChanges none() {
        return new EntryChanges(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Every content field of {@code e} (not its status), for "replace the entry with this file" edits. */
    public static EntryChanges from(Entry e) {
        return new EntryChanges(e.marketplaces(), e.language(), e.intent(), e.topic(), e.title(), e.questions(),
                e.body(), e.tags(), e.source(), null, e.group());
    }

    public EntryChanges marketplaces(List<Marketplace> v) { return new EntryChanges(v, language, intent, topic, title, questions, body, tags, source, status, group); }
    public EntryChanges language(Language v) { return new EntryChanges(marketplaces, v, intent, topic, title, questions, body, tags, source, status, group); }
    public EntryChanges intent(Intent v) { return new EntryChanges(marketplaces, language, v, topic, title, questions, body, tags, source, status, group); }
    public EntryChanges topic(Topic v) { return new EntryChanges(marketplaces, language, intent, v, title, questions, body, tags, source, status, group); }
    public EntryChanges title(String v) { return new EntryChanges(marketplaces, language, intent, topic, v, questions, body, tags, source, status, group); }
    public EntryChanges questions(List<String> v) { return new EntryChanges(marketplaces, language, intent, topic, title, v, body, tags, source, status, group); }
    public EntryChanges body(String v) { return new EntryChanges(marketplaces, language, intent, topic, title, questions, v, tags, source, status, group); }
    public EntryChanges tags(List<String> v) { return new EntryChanges(marketplaces, language, intent, topic, title, questions, body, v, source, status, group); }
    public EntryChanges source(String v) { return new EntryChanges(marketplaces, language, intent, topic, title, questions, body, tags, v, status, group); }
    public EntryChanges status(Status v) { return new EntryChanges(marketplaces, language, intent, topic, title, questions, body, tags, source, v, group); }
    public EntryChanges group(String v) { return new EntryChanges(marketplaces, language, intent, topic, title, questions, body, tags, source, status, v); }

    /** The next version of {@code e} with these changes, by {@code actor}, at {@code now}. */
    Entry applyTo(Entry e, String actor, Instant now) {
        return e.toBuilder().marketplaces(or(marketplaces, e.marketplaces())).language(or(language, e.language()))
                .intent(or(intent, e.intent())).topic(or(topic, e.topic())).title(or(title, e.title()))
                .questions(or(questions, e.questions())).body(or(body, e.body())).tags(or(tags, e.tags()))
                .source(or(source, e.source())).status(or(status, e.status())).group(or(group, e.group()))
                .author(actor).version(e.version() + 1).updated(now).build();
    }

    private static <T> T or(T v, T fallback) {
        return v == null ? fallback : v;
    }
}
