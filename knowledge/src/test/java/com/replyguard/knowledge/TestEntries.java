package com.replyguard.knowledge;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Intent;
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
        return Entry.reply(id, intent).marketplaces(Marketplace.AMAZON).language(Language.EN).title("Title of " + id)
                .questions(List.of(questions)).body(body).author("test:author").at(Instant.parse("2026-11-22T10:00:00Z"))
                .build();
    }

    public static Entry policy(String id, Topic topic, String body) {
        return Entry.policy(id, topic).marketplaces(Marketplace.ALL).language(Language.EN).title("Policy " + id)
                .body(body).tags(List.of("policy")).source("Seller rules, https://example.invalid/rules")
                .author("test:author").at(Instant.parse("2026-11-22T10:00:00Z")).build();
    }

    public static Entry withMarketplaces(Entry e, Marketplace... m) {
        return e.toBuilder().marketplaces(m).build();
    }

    public static Entry withLanguage(Entry e, Language l) {
        return e.toBuilder().language(l).build();
    }

    public static Entry withStatus(Entry e, Status s) {
        return e.toBuilder().status(s).build();
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
