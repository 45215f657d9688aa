package com.replyguard.policy;

import com.replyguard.policy.analysis.Language;
import java.util.Map;
import java.util.Objects;

/**
 * One rule's match in a draft. {@code start}/{@code end} are UTF-16 offsets into the checked text, end exclusive.
 * {@code message} is the reason in English (or the only language a team rule has), {@code messages} the same reason
 * per language. {@code fix} is the compliant rewrite of the sentence holding the match in the draft's language,
 * {@code ""} to delete the match, or {@code null} when there is no automatic fix.
 */
public record Finding(String rule, Category category, Severity severity, int start, int end, String excerpt,
                      String message, String source, String fix, Map<Language, String> messages) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(message, "message");
        messages = messages == null ? Map.of() : Map.copyOf(messages);
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0: " + start);
        }
        if (start >= end) {
            throw new IllegalArgumentException("start must be < end: " + start + " >= " + end);
        }
    }

    /** A finding whose reason exists in one language only. */
    public Finding(String rule, Category category, Severity severity, int start, int end, String excerpt,
                   String message, String source, String fix) {
        this(rule, category, severity, start, end, excerpt, message, source, fix, Map.of());
    }

    /** The reason in {@code language}, or {@link #message} when the rule has no wording in it. */
    public String message(Language language) {
        return messages.getOrDefault(language, message);
    }
}
