package com.replyguard.knowledge.entry;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One knowledge entry at one version: a past good reply ({@code kind=reply}, with an intent) or a policy snippet
 * ({@code kind=policy}, with a topic and a source). {@code group} links translations of the same entry.
 */
public record Entry(String id, Kind kind, List<Marketplace> marketplaces, Language language, Intent intent,
                    Topic topic, String title, List<String> questions, String body, List<String> tags, String source,
                    Status status, String group, String author, String approver, int version, Instant created,
                    Instant updated) {
    public Entry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        marketplaces = List.copyOf(marketplaces);
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (marketplaces.isEmpty()) {
            throw new IllegalArgumentException("marketplaces must not be empty: " + id);
        }
        if (kind == Kind.REPLY && intent == null) {
            throw new IllegalArgumentException("a reply needs an intent: " + id);
        }
        if (kind == Kind.POLICY && topic == null) {
            throw new IllegalArgumentException("a policy entry needs a topic: " + id);
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("body must not be blank: " + id);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be >= 0: " + version);
        }
    }

    /** True when the entry serves {@code marketplace} (an entry for {@code all} serves every marketplace). */
    public boolean serves(Marketplace marketplace) {
        return marketplaces.contains(Marketplace.ALL) || marketplace == Marketplace.ALL
                || marketplaces.contains(marketplace);
    }
}
