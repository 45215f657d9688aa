package com.replyguard.policy.rules;

import java.util.List;

/**
 * A frame over concepts, read in one sentence: every concept of {@code all}, at least one of {@code any} (when
 * given), and none of {@code none} (refusals, policy statements, remedies already given). Concepts are bits of
 * {@link com.replyguard.policy.concepts.Concepts}; {@code text} is the frame as written in the rule file.
 */
record Frame(long all, long any, long none, String text) {
    Frame {
        if (all == 0 && any == 0) {
            throw new IllegalArgumentException("a frame needs 'all' or 'any' concepts: " + text);
        }
    }

    boolean matches(long sentence) {
        return (sentence & all) == all && (any == 0 || (sentence & any) != 0) && (sentence & none) == 0;
    }

    /** Whether a sentence could match at all: its concepts cover {@code all} and, when given, one of {@code any}. */
    static boolean anyMatches(List<Frame> frames, long sentence) {
        for (Frame f : frames) {
            if (f.matches(sentence)) {
                return true;
            }
        }
        return false;
    }
}
