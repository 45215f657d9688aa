package com.replyguard.policy.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A team's approved false alarm: findings of {@code rule} (a rule id, or {@code model.<category>} for the learned
 * model) whose excerpt reads as {@code text} (case, spacing and end punctuation ignored) are dropped.
 */
public record Allowance(String rule, String text) {
    public Allowance {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        if (normalise(text).isEmpty()) {
            throw new IllegalArgumentException("an allowance needs the text it allows, not an empty one");
        }
    }

    boolean covers(String findingRule, String excerpt) {
        return rule.equals(findingRule) && normalise(excerpt).equals(normalise(text));
    }

    static String normalise(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        int a = 0;
        int b = t.length();
        while (a < b && !Character.isLetterOrDigit(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(t.charAt(b - 1))) {
            b--;
        }
        return t.substring(a, b);
    }
}
