package com.replyguard.policy;

import java.util.Collection;
import java.util.Locale;

/** The outcome of a check: the worst severity found ({@code info} findings alone give {@link #OK}). */
public enum Verdict {
    OK, WARN, BLOCK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict for a set of findings. */
    public static Verdict of(Collection<Finding> findings) {
        Verdict v = OK;
        for (Finding f : findings) {
            if (f.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            if (f.severity() == Severity.WARN) {
                v = WARN;
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return id();
    }
}
