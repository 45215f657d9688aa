package com.replyguard.knowledge.entry;

import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One knowledge entry at one version: a past good reply ({@code kind=reply}, with an intent) or a policy snippet
 * ({@code kind=policy}, with a topic and a source). {@code group} links translations of the same entry.
 *
 * <p>Usage: {@code Entry.reply("amazon-where-en", Intent.ORDER_STATUS).marketplaces(Marketplace.AMAZON)
 * .language(Language.EN).body("...").author("lead:1").at(now).build()}; change one with
 * {@code e.toBuilder().body("...").build()}.
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

    /** A builder for an entry of {@code kind} (set its intent or topic). */
    public static Builder builder(String id, Kind kind) {
        return new Builder(id, kind);
    }

    /** A builder for a past good reply with {@code intent}. */
    public static Builder reply(String id, Intent intent) {
        Builder b = new Builder(id, Kind.REPLY);
        b.intent = intent;
        return b;
    }

    /** A builder for a policy snippet about {@code topic}. */
    public static Builder policy(String id, Topic topic) {
        Builder b = new Builder(id, Kind.POLICY);
        b.topic = topic;
        return b;
    }

    /** A builder holding this entry's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind);
        b.marketplaces = marketplaces;
        b.language = language;
        b.intent = intent;
        b.topic = topic;
        b.title = title;
        b.questions = questions;
        b.body = body;
        b.tags = tags;
        b.source = source;
        b.status = status;
        b.group = group;
        b.author = author;
        b.approver = approver;
        b.version = version;
        b.created = created;
        b.updated = updated;
        return b;
    }

    /**
     * Collects an entry's values; what is not set stays absent (no title, source, approver), empty (questions,
     * tags) or the usual start (approved, version 1, its own group). {@link #build()} validates like the record.
     * Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final Kind kind;
        private List<Marketplace> marketplaces = List.of();
        private Language language;
        private Intent intent;
        private Topic topic;
        private String title;
        private List<String> questions = List.of();
        private String body;
        private List<String> tags = List.of();
        private String source;
        private Status status = Status.APPROVED;
        private String group;
        private String author;
        private String approver;
        private int version = 1;
        private Instant created;
        private Instant updated;

        private Builder(String id, Kind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder marketplaces(List<Marketplace> m) {
            this.marketplaces = m;
            return this;
        }

        public Builder marketplaces(Marketplace... m) {
            return marketplaces(List.of(m));
        }

        public Builder language(Language l) {
            this.language = l;
            return this;
        }

        public Builder intent(Intent i) {
            this.intent = i;
            return this;
        }

        public Builder topic(Topic t) {
            this.topic = t;
            return this;
        }

        public Builder title(String t) {
            this.title = t;
            return this;
        }

        public Builder questions(List<String> q) {
            this.questions = q;
            return this;
        }

        public Builder body(String b) {
            this.body = b;
            return this;
        }

        public Builder tags(List<String> t) {
            this.tags = t;
            return this;
        }

        public Builder source(String s) {
            this.source = s;
            return this;
        }

        public Builder status(Status s) {
            this.status = s;
            return this;
        }

        /** The group of translations; unset, the entry is its own group. */
        public Builder group(String g) {
            this.group = g;
            return this;
        }

        public Builder author(String a) {
            this.author = a;
            return this;
        }

        public Builder approver(String a) {
            this.approver = a;
            return this;
        }

        public Builder version(int v) {
            this.version = v;
            return this;
        }

        public Builder created(Instant t) {
            this.created = t;
            return this;
        }

        public Builder updated(Instant t) {
            this.updated = t;
            return this;
        }

        /** Created and last updated at {@code t}. */
        public Builder at(Instant t) {
            return created(t).updated(t);
        }

        public Entry build() {
            return new Entry(id, kind, marketplaces, language, intent, topic, title, questions, body, tags, source,
                    status, group == null ? id : group, author, approver, version, created, updated);
        }
    }

    /** True when the entry serves {@code marketplace} (an entry for {@code all} serves every marketplace). */
    public boolean serves(Marketplace marketplace) {
        return marketplaces.contains(Marketplace.ALL) || marketplace == Marketplace.ALL
                || marketplaces.contains(marketplace);
    }
}
