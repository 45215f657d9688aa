package com.replyguard.policy.concepts;

/**
 * Where a refusal turns to something else: "we don't do discounts for reviews, but five stars would be lovely and a
 * gift is yours". The turn is the last scope end ("but", "tapi", "কিন্তু") after the sentence's first negator; what
 * follows it is judged on its own, unless it holds nothing but the turn's own words. Immutable.
 */
final class RefusalTurn {
    private final int scopeEnd;
    /** The negators: a turn must come after one of them. */
    private final long negators;
    /** Concepts that say nothing new after a turn: the turn itself, negators, the refusal. */
    private final long noise;

    /** {@code scopeEnd}: the bit of SCOPE_END (-1 when absent); the masks: the negators and the turn's noise. */
    RefusalTurn(int scopeEnd, long negators, long noise) {
        this.scopeEnd = scopeEnd;
        this.negators = negators;
        this.noise = noise;
    }

    /** The token of the turn among the sentence's {@code n} hits ({@code at}, {@code concept}), or -1. */
    int find(int[] at, int[] concept, int n) {
        int firstNegator = Integer.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            if ((negators & (1L << concept[k])) != 0) {
                firstNegator = Math.min(firstNegator, at[k]);
            }
        }
        int turn = -1;
        for (int k = 0; k < n; k++) {
            if (concept[k] == scopeEnd && at[k] > firstNegator) {
                turn = Math.max(turn, at[k]);
            }
        }
        return turn;
    }

    /** The concepts found at or after token {@code from}. */
    static long tail(int[] at, int[] concept, int n, int from) {
        long m = 0;
        for (int k = 0; k < n; k++) {
            if (at[k] >= from) {
                m |= 1L << concept[k];
            }
        }
        return m;
    }

    /** Whether a tail says something new: a concept other than the turn's own words. */
    boolean saysSomething(long tail) {
        return (tail & ~noise) != 0;
    }
}
