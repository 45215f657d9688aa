package com.replyguard.knowledge;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.entry.Kind;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.entry.Topic;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Category;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Entries and a tiny stand-in checker for tests (shared with the bot module's tests through the test jar). */
public final class TestEntries {
    private TestEntries() {
    }

    public static Entry reply(String id, Intent intent, String body, String... questions) {
        return new Entry(id, Kind.REPLY, List.of(Marketplace.AMAZON), Language.EN, intent, null, "Title of " + id,
                List.of(questions), body, List.of(), null, Status.APPROVED, id, "test:author", null, 1,
                Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"));
    }

    public static Entry policy(String id, Topic topic, String body) {
        return new Entry(id, Kind.POLICY, List.of(Marketplace.ALL), Language.EN, null, topic, "Policy " + id,
                List.of(), body, List.of("policy"), "Seller rules, https://example.invalid/rules", Status.APPROVED, id,
                "test:author", null, 1, Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:00:00Z"));
    }

    public static Entry withMarketplaces(Entry e, Marketplace... m) {
        return new Entry(e.id(), e.kind(), List.of(m), e.language(), e.intent(), e.topic(), e.title(), e.questions(),
                e.body(), e.tags(), e.source(), e.status(), e.group(), e.author(), e.approver(), e.version(),
                e.created(), e.updated());
    }

    public static Entry withLanguage(Entry e, Language l) {
        return new Entry(e.id(), e.kind(), e.marketplaces(), l, e.intent(), e.topic(), e.title(), e.questions(),
                e.body(), e.tags(), e.source(), e.status(), e.group(), e.author(), e.approver(), e.version(),
                e.created(), e.updated());
    }

    public static Entry withStatus(Entry e, Status s) {
        return new Entry(e.id(), e.kind(), e.marketplaces(), e.language(), e.intent(), e.topic(), e.title(),
                e.questions(), e.body(), e.tags(), e.source(), s, e.group(), e.author(), e.approver(), e.version(),
                e.created(), e.updated());
    }

    /** Blocks any text mentioning "5 stars" as a review incentive; everything else passes. */
    public static ComplianceChecker starsChecker() {
        return (text, marketplace) -> {
            int at = text.toLowerCase(Locale.ROOT).indexOf("5 stars");
            List<Finding> f = at < 0 ? List.of() : List.of(new Finding("test.stars", Category.REVIEW_INCENTIVE,
                    Severity.BLOCK, at, at + 7, "5 stars", "asks for a rating", null, null));
            return new CheckResult(marketplace, Language.EN, Verdict.of(f), f, null);
        };
    }
}
