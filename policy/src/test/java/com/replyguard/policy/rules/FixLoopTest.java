package com.replyguard.policy.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fix is checked again around each rewrite only (the rewritten sentences and the one before them), and reads the
 * same as checking the whole fixed draft: context before a rewrite still counts, and a rule for short messages still
 * reads the whole message.
 */
class FixLoopTest {
    private static final RuleChecker CHECKER = RulePacks.loadChecker(new TextAnalysis(), List.of());

    @Test
    void theStretchCheckedAgainIsTheRewritesSentencesAndTheOneBefore() {
        String text = "One here. Two here. Three new. Four here.";
        // "Three new." (20-30) was rewritten: "Two here." (10-19) comes with it, "Four here." does not
        List<int[]> w = FixLoop.windows(text, List.of(new int[] {20, 30}));
        assertEquals(1, w.size());
        assertArrayEquals(new int[] {10, 30}, w.get(0));
        // a deleted sentence leaves a point at the end of the sentence before it, which comes with its own before it
        List<int[]> point = FixLoop.windows("One here. Two here. Four here.", List.of(new int[] {19, 19}));
        assertArrayEquals(new int[] {0, 19}, point.get(0));
        // two rewrites whose stretches overlap are checked as one
        List<int[]> two = FixLoop.windows(text, List.of(new int[] {10, 19}, new int[] {20, 30}));
        assertEquals(1, two.size());
        assertArrayEquals(new int[] {0, 30}, two.get(0));
    }

    @Test
    void aReviewRequestRewriteAfterAResolvedProblemIsJudgedWithTheSentenceBeforeIt() {
        // the rewritten sentence alone ("an honest review would help") passes; after "did the replacement arrive"
        // the rules read it as a review request after a complaint, so no fix is offered, as when the whole draft is read
        for (String text : List.of(
                "Hello again, did the replacement kettle arrive yesterday? Your review still shows 2 stars, so if you "
                        + "could raise it we will refund your postage as a thank you.",
                "Hi again, the new kettle got to you yesterday I think? Your rating still shows 2 stars, if you could "
                        + "change it we'll send back your postage as a small thanks")) {
            CheckResult r = CHECKER.check(text, Marketplace.SHOPEE);
            assertEquals(com.replyguard.policy.Verdict.BLOCK, r.verdict());
            assertNull(r.fixed(), text);
        }
    }

    @Test
    void aShortMessageRuleFiringOnTheStretchReadsTheWholeFixedDraft() {
        // "Your order has shipped." alone is a message not worth sending; in a longer draft it is not
        CheckResult r = CHECKER.check("[Important] Your order has shipped. The courier collected it this morning from our"
                + " Bristol unit together with the spare nozzle you asked for, and it should reach you by Thursday.",
                Marketplace.AMAZON);
        assertEquals("Your order has shipped. The courier collected it this morning from our Bristol unit together with"
                + " the spare nozzle you asked for, and it should reach you by Thursday.", r.fixed());
    }
}
