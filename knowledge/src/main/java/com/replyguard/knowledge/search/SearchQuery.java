package com.replyguard.knowledge.search;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.util.Objects;

/**
 * A knowledge-base search: free text plus optional filters ({@code null} means "any"). The marketplace filter also
 * matches entries for {@code all}; status defaults to approved.
 */
public record SearchQuery(String text, Kind kind, Marketplace marketplace, Status status, Language language,
                          Intent intent, Topic topic, int limit) {
    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, Status.APPROVED, null, null, null, 10);
    }

    public SearchQuery withKind(Kind k) { return new SearchQuery(text, k, marketplace, status, language, intent, topic, limit); }
    public SearchQuery withMarketplace(Marketplace m) { return new SearchQuery(text, kind, m, status, language, intent, topic, limit); }
    public SearchQuery withStatus(Status s) { return new SearchQuery(text, kind, marketplace, s, language, intent, topic, limit); }
    public SearchQuery withLanguage(Language l) { return new SearchQuery(text, kind, marketplace, status, l, intent, topic, limit); }
    public SearchQuery withIntent(Intent i) { return new SearchQuery(text, kind, marketplace, status, language, i, topic, limit); }
    public SearchQuery withTopic(Topic t) { return new SearchQuery(text, kind, marketplace, status, language, intent, t, limit); }
    public SearchQuery withLimit(int n) { return new SearchQuery(text, kind, marketplace, status, language, intent, topic, n); }
}
