package com.replyguard.policy.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.policy.Category;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.text.AnalysedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rows the model learns from, and the witness a violating letter adds: the clause that decides. */
class TrainingRowsTest {
    private static final TextAnalysis ANALYSIS = new TextAnalysis();

    private static LabelledCase labelled(String id, String text, Set<Category> block) {
        return new LabelledCase(id, Marketplace.AMAZON, "en", "formal", text, block, Set.of(), "written", "train");
    }

    @Test
    void aViolatingLetterAddsTheSentenceTheFirstFitScoresHighestAsOnePositiveRow() {
        String threat = "We will report your account to Amazon if you open one more claim.";
        String letter = "Thank you for your message about the kettle. " + threat + " The refund went out today.";
        List<LabelledCase> cases = List.of(
                labelled("v1", letter, Set.of(Category.PRESSURE_OR_THREAT)),
                labelled("c1", "Your kettle ships today. Tracking follows tomorrow.", Set.of()),
                labelled("v2", "We will report you.", Set.of(Category.PRESSURE_OR_THREAT)));
        TrainingRows rows = TrainingRows.of(cases, ANALYSIS);
        // weights that favour only the threat sentence's own words
        AnalysedText a = ANALYSIS.analyse(letter);
        int[] threatFeatures = Features.of(a, 1, 2);
        double[] w = new double[(1 << Features.BITS) + 1];
        for (int f : threatFeatures) {
            w[f] = 1;
        }
        for (int f : Features.of(a, 0, 1)) {
            w[f] -= 1;
        }
        for (int f : Features.of(a, 2, 3)) {
            w[f] -= 1;
        }
        TrainingRows.Witnessed wr = rows.witnessed(w, i -> !cases.get(i).clean());
        // one witness: the one-sentence positive has none, the clean case is not positive
        assertEquals(rows.features().length + 1, wr.features().length);
        assertEquals(rows.features().length, wr.firstWitness());
        assertArrayEquals(threatFeatures, wr.features()[wr.firstWitness()]);
        assertEquals(0, wr.owner()[wr.firstWitness()], "the witness belongs to its letter (folds keep them together)");
        double[] y = new double[rows.features().length];
        java.util.Arrays.fill(y, -1);
        double[] y2 = wr.y(y);
        assertEquals(1, y2[wr.firstWitness()]);
        assertEquals(-1, y2[0], "the original rows keep their labels");
    }
}
