package com.replyguard.policy;

import java.util.Objects;

/**
 * One automatic fix applied to a draft: the characters {@code start..end} of the checked text (a whole sentence, or a
 * deleted contact detail) became {@code replacement} ({@code ""} when they were dropped) because of {@code rule}.
 */
public record Rewrite(int start, int end, String replacement, String rule) {
    public Rewrite {
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad rewrite range " + start + ".." + end);
        }
    }

    /** Whether this rewrite covers the offset range {@code from..to} (at least partly). */
    public boolean overlaps(int from, int to) {
        return from < end && to > start || from == start;
    }
}
