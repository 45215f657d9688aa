package com.replyguard.knowledge.search;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;

/**
 * Which current entries to list; {@code null} means "any". The marketplace filter also matches entries for
 * {@code all}; {@code group} matches translations of one entry.
 */
public record EntryFilter(Kind kind, Marketplace marketplace, Status status, Language language, Intent intent,
                          Topic topic, String group) {

    /** Every current entry, whatever its status. */
    public static EntryFilter all() {
        return new EntryFilter(null, null, null, null, null, null, null);
    }

    /** Every approved entry (what agents are served). */
    public static EntryFilter approved() {
        return all().withStatus(Status.APPROVED);
    }

    public EntryFilter withKind(Kind k) { return new EntryFilter(k, marketplace, status, language, intent, topic, group); }
    public EntryFilter withMarketplace(Marketplace m) { return new EntryFilter(kind, m, status, language, intent, topic, group); }
    public EntryFilter withStatus(Status s) { return new EntryFilter(kind, marketplace, s, language, intent, topic, group); }
    public EntryFilter withLanguage(Language l) { return new EntryFilter(kind, marketplace, status, l, intent, topic, group); }
    public EntryFilter withIntent(Intent i) { return new EntryFilter(kind, marketplace, status, language, i, topic, group); }
    public EntryFilter withTopic(Topic t) { return new EntryFilter(kind, marketplace, status, language, intent, t, group); }
    public EntryFilter withGroup(String g) { return new EntryFilter(kind, marketplace, status, language, intent, topic, g); }
}
