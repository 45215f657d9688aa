package com.replyguard.policy.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.replyguard.policy.CheckResult;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.learn.Corpus;
import com.replyguard.policy.learn.LabelledCase;
import com.replyguard.policy.rules.RuleChecker;
import com.replyguard.policy.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A regression guard on the corpus' held-out part (never tuned on): the shipped checker must not fall below the
 * figures it reached when this guard was set. The README quotes the figures themselves (scripts/eval).
 * The held-out part grew by the held-out rows of written-mix4 and written-mix5 (independent sets whose first runs
 * blocked 0.099 and 0.073 of their clean held-out rows); after round 8 it measured 0.813 detection, 0.054 false blocks.
 * Then by written-mix6 and public2 (first runs recorded before their split); after round 14 it measured 0.854
 * detection, 0.806 category recall, 0.051 false blocks.
 */
class HeldOutQualityTest {
    private static final double MIN_DETECTION = Double.parseDouble(System.getProperty("guard.detection", "0.83"));
    private static final double MIN_CATEGORY = Double.parseDouble(System.getProperty("guard.category", "0.78"));
    private static final double MAX_FALSE_BLOCKS = Double.parseDouble(System.getProperty("guard.falseBlocks", "0.06"));

    @Test
    void heldOutFiguresStayAboveTheGuard() throws IOException {
        List<LabelledCase> heldOut = Corpus.readDir(Path.of("corpus")).stream()
                .filter(c -> c.split().equals("heldout")).toList();
        assertTrue(heldOut.size() >= 250, () -> "the held-out part is missing or small: " + heldOut.size());
        RuleChecker checker = RulePacks.loadChecker(new TextAnalysis(), List.of());
        assertTrue(checker.model() != null, "the build must ship a trained model");
        Scores s = new Scores();
        for (LabelledCase c : heldOut) {
            CheckResult r = checker.check(c.text(), c.marketplace());
            s.add(c, r);
        }
        double detection = s.detected / (double) s.violating;
        double falseBlocks = s.falseBlocks / (double) s.clean;
        double category = s.pairHits / (double) s.pairs;
        assertTrue(category >= MIN_CATEGORY, () -> "held-out category recall " + category);
        assertTrue(detection >= MIN_DETECTION, () -> "held-out detection recall " + detection);
        assertTrue(falseBlocks <= MAX_FALSE_BLOCKS, () -> "held-out false block rate " + falseBlocks);
    }
}
