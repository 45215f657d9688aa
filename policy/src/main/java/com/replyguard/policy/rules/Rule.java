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
 * {@code fix} is the replacement text, {@code ""} to delete, or null for no automatic fix.
 */
public record Rule(String id, String file, Set<Marketplace> marketplaces, Category category, Severity severity,
                   Map<Marketplace, Severity> severityByMarketplace, Set<Language> languages, String message,
                   String source, String fix, RuleKind kind, List<Example> bad, List<Example> good) {
    public Rule {
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

    public boolean isException() {
        return kind instanceof RuleKind.Exception;
    }
}
