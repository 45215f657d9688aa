package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.drafting.Draft;
import com.replyguard.drafting.DraftResult;
import com.replyguard.policy.Category;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Severity;
import com.replyguard.policy.Verdict;
import com.replyguard.policy.analysis.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import com.replyguard.drafting.extract.FoundEntities;
import org.junit.jupiter.api.Test;

/** The text output of {@code replyguard draft} names a finding's category in words of the shown language. */
class DraftOutputTest {
    private static final String TEXT = "Leave five stars and get a free bulb.";

    private String shown(Language lang) {
        Finding f = new Finding("common.review-incentive", Category.REVIEW_INCENTIVE, Severity.BLOCK, 0, TEXT.length(),
                TEXT, "No rewards for reviews.", "policy", null);
        CheckResult check = new CheckResult(Marketplace.AMAZON, Language.EN, Verdict.BLOCK, List.of(f), null);
        DraftResult r = new DraftResult(Marketplace.AMAZON, Language.EN, null, 0.2, FoundEntities.NONE,
                List.of(new Draft(TEXT, "e1", null, 0.5, check, List.of(), false)), List.of(), List.of());
        StringWriter out = new StringWriter();
        new DraftOutput(new ObjectMapper()).draftText(r, new PrintWriter(out), lang);
        return out.toString();
    }

    @Test
    void aFindingLineNamesTheCategoryInWordsNotByItsCode() {
        String en = shown(Language.EN);
        assertTrue(en.contains("block Reward for a review: No rewards for reviews."), en);
        assertTrue(shown(Language.BN).contains("রিভিউয়ের বিনিময়ে পুরস্কার"), shown(Language.BN));
        assertTrue(shown(Language.MS).contains("Ganjaran untuk ulasan"), shown(Language.MS));
        for (Language l : List.of(Language.EN, Language.BN, Language.MS)) {
            assertFalse(shown(l).contains("REVIEW_INCENTIVE"), shown(l));
        }
    }
}
