package com.replyguard.policy.concepts;

/**
 * The {@code with NAME:} test of the concept lexicons: a phrase on such a line counts only beside a word of concept
 * NAME ("great" is satisfaction only inside a condition; "mention how" scripts a review only beside one).
 *
 * <p>Beside means: one up to {@link #BEFORE} terms (or the line's own {@code within N}) before the phrase or after
 * it; a condition only before it or, in Bengali, up to {@link #AFTER_IN_BENGALI} terms after it ("rong bhalo hole", "ভালো হয়ে থাকলে"). For a condition, no
 * review may be named between the two ("if you can, a review would be great" praises the review, not the item) and
 * the condition must not be the review's own ("review dile"). Immutable.
 */
final class Neighbourhood {
    /**
     * How far a {@code with NAME:} phrase may follow a word of that concept: "if the mug made your mornings better",
     * "when you write your review, please mention...".
     */
    static final int BEFORE = 7;
    /** How far, in Bengali, the word of that concept may follow the phrase ("rong bhalo hole"). */
    static final int AFTER_IN_BENGALI = 3;

    private final int condition;
    private final int review;

    /** {@code condition}, {@code review}: the bits of CONDITION and REVIEW (-1 when absent). */
    Neighbourhood(int condition, int review) {
        this.condition = condition;
        this.review = review;
    }

    /**
     * Whether the phrase {@code p} at {@code at} sits beside a word of its {@code with} concept, within its reach.
     * {@code allAt}/{@code allConcept}: the sentence's hits so far ({@code all} of them, at most {@code kept} stored),
     * in token order; {@code table}: the compiled phrases, to look ahead after the phrase;
     * {@code pauseBefore}: the commas between terms, which no phrase spans (null: none known).
     */
    boolean beside(Phrase p, String[] terms, boolean[] pauseBefore, PhraseTable table, int at, int to,
                   int[] allAt, int[] allConcept, int all, int kept, boolean bengali) {
        int with = p.with();
        int length = p.terms().length;
        boolean isCondition = with == condition;
        for (int k = Math.min(all, kept) - 1; k >= 0 && allAt[k] >= at - p.within(); k--) {
            if (allConcept[k] == with && allAt[k] < at
                    && !(isCondition && reviewJustBefore(allAt, allConcept, k))) {
                return true;
            }
            if (isCondition && allConcept[k] == review && allAt[k] < at) {
                break;
            }
        }
        // a condition comes before what it conditions (in Bengali also just after: "rong bhalo hole"); any other
        // concept may sit on either side ("a leaflet with 20% off", "20% off in the leaflet")
        int after = !isCondition ? p.within() : bengali ? AFTER_IN_BENGALI : 0;
        for (int j = at + length; j < Math.min(to, at + length + after); j++) {
            for (Phrase q : table.at(terms, j, to)) {
                if (q.concept() == with && !q.not() && q.with() < 0 && q.matchesAt(terms, j, to, pauseBefore)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a review is named just before hit {@code k}: "review dile bhalo hoy" conditions the review itself. */
    private boolean reviewJustBefore(int[] allAt, int[] allConcept, int k) {
        for (int j = k - 1; j >= 0 && allAt[j] >= allAt[k] - 2; j--) {
            if (allConcept[j] == review) {
                return true;
            }
        }
        return false;
    }
}
