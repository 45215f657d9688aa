package com.replyguard.policy.rules;

import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.analysis.Language;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One rule loaded from one YAML file. Its id comes from its path ({@code amazon/review-incentive.yaml} is
 * {@code amazon.review-incentive}); {@code category} and {@code severity} are null only for exception rules.
 * {@code message} and {@code fix} are the English (or a team rule's only) wording; {@code messages} and
 * {@code rewrites} hold them per language. A rewrite replaces the whole sentence holding a match; a plain
 * {@code fix: ""} deletes the match itself; null means no automatic fix. {@code fixExamples} are drafts with the
 * offending span marked and the expected fixed draft.
 */
public record Rule(String id, String file, Set<Marketplace> marketplaces, Category category, Severity severity,
                   Map<Marketplace, Severity> severityByMarketplace, Set<Language> languages, String message,
                   String source, String fix, RuleKind kind, List<Example> bad, List<Example> good,
                   Map<Language, String> messages, Map<Language, String> rewrites, List<Example> fixExamples) {
    public Rule {
        messages = Map.copyOf(messages);
        rewrites = Map.copyOf(rewrites);
        fixExamples = List.copyOf(fixExamples);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        marketplaces = Set.copyOf(marketplaces);
        severityByMarketplace = Map.copyOf(severityByMarketplace);
        languages = Set.copyOf(languages);
        bad = List.copyOf(bad);
        good = List.copyOf(good);
        if (!(kind instanceof RuleKind.Exception) && (category == null || severity == null || message == null)) {
            throw new IllegalArgumentException("rule " + id + " needs a category, a severity and a message");
        }
        if (bad.isEmpty() || good.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " needs at least one bad and one good example");
        }
    }

    /** Whether the rule applies on {@code marketplace} ({@link Marketplace#ALL} means every rule applies). */
    public boolean appliesTo(Marketplace marketplace) {
        return marketplace == Marketplace.ALL || marketplaces.contains(Marketplace.ALL)
                || marketplaces.contains(marketplace);
    }

    /** The severity on a marketplace, where the facts differ between marketplaces. */
    public Severity severityOn(Marketplace marketplace) {
        return severityByMarketplace.getOrDefault(marketplace, severity);
    }

    /** The reason in {@code language}; English (or the only wording) when the rule has none in it. */
    public String message(Language language) {
        return messages.getOrDefault(language, message);
    }

    /**
     * The fix for a draft in {@code language}: the sentence rewrite in that language, {@code ""} to delete the match,
     * or null (no fix, or no rewrite in that language).
     */
    public String fix(Language language) {
        if (rewrites.isEmpty()) {
            return fix;
        }
        return rewrites.get(language);
    }

    /**
     * The fix for a draft in {@code language} on {@code marketplace}: {@link #fix(Language)} with its placeholders
     * filled ({@code {orders}}: the marketplace's own order page, see {@link OrderPages}).
     */
    public String fix(Language language, Marketplace marketplace) {
        return fix(language, marketplace, Map.of());
    }

    /**
     * The fix for a sentence that named {@code captured} ("order_id", "item"; see {@link Captures}): optional parts
     * whose capture is missing are left out, fallbacks stand in.
     */
    public String fix(Language language, Marketplace marketplace, Map<String, String> captured) {
        return Captures.fill(OrderPages.fill(fix(language), language, marketplace), captured);
    }

    /** Whether the rewrite in {@code language} keeps something the sentence named (an order number, the item). */
    public boolean capturesFrom(Language language) {
        return Captures.uses(fix(language));
    }

    /** Whether the fix replaces the whole sentence (a rewrite) rather than deleting the match. */
    public boolean rewritesSentence() {
        return !rewrites.isEmpty();
    }

    public boolean isException() {
        return kind instanceof RuleKind.Exception;
    }
}
