package com.replyguard.policy;

import java.util.Objects;

/**
 * One rule's match in a draft. {@code start}/{@code end} are UTF-16 offsets into the checked text, end exclusive.
 * {@code fix} is the replacement text, {@code ""} to delete the span, or {@code null} when there is no automatic fix.
 */
public record Finding(String rule, Category category, Severity severity, int start, int end, String excerpt,
                      String message, String source, String fix) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(message, "message");
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0: " + start);
        }
        if (start >= end) {
            throw new IllegalArgumentException("start must be < end: " + start + " >= " + end);
        }
    }
}
