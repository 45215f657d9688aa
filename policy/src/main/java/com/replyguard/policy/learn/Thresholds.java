package com.replyguard.policy.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Each category's thresholds, set on the out-of-fold probabilities of the training cases (never on held-out cases or
 * probes): a category blocks above the probability at which at most {@value #BLOCK_FALSE_RATE} of clean cases would
 * be blocked by it, and warns above the one at which at most {@value #WARN_FALSE_RATE} would be warned about; all
 * categories together must stay within {@value #ALL_BLOCK_FALSE_RATE}. Read by {@link ModelTrainer}.
 */
final class Thresholds {
    private static final double BLOCK_FALSE_RATE = 0.005;
    /**
     * The lowest block threshold. At 0.5 it bound every category, so the false-rate budget never did. Group 5-fold
     * cross-validation of rules + model on the training text: floor 0.5 / 0.4 / 0.3 gave detection 0.981 / 0.984 /
     * 0.987, category 0.948 / 0.953 / 0.958, false blocks 0.012 / 0.015 / 0.016; at 0.3 the model blocked one of the
     * product's own policy answers (Malay, a refund through AliExpress), so 0.4.
     */
    private static final double BLOCK_FLOOR = 0.4;
    private static final double WARN_FALSE_RATE = 0.02;
    private static final double WARN_FLOOR = 0.3;
    private static final double ALL_BLOCK_FALSE_RATE = 0.02;

    private Thresholds() {
    }

    /**
     * Fills {@code block} and {@code warn} per head from the out-of-fold probabilities {@code oof[head][case]}; a
     * warn-only head never blocks (its block threshold is infinite) and stays out of the overall block budget.
     */
    static void tune(List<LabelledCase> cases, List<LinearModel.Head> heads, double[][] oof, float[] block,
                     float[] warn) {
        List<Integer> clean = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            // The product's own default texts teach the model but are too easy to set thresholds with.
            if (cases.get(i).clean() && !cases.get(i).source().startsWith(ModelTrainer.PRODUCT_TEXT)) {
                clean.add(i);
            }
        }
        for (int c = 0; c < oof.length; c++) {
            if (heads.get(c).warnOnly()) {
                block[c] = Float.POSITIVE_INFINITY;
                warn[c] = lowestWithin(oof[c], clean, WARN_FALSE_RATE, WARN_FLOOR);
                continue;
            }
            block[c] = lowestWithin(oof[c], clean, BLOCK_FALSE_RATE, BLOCK_FLOOR);
            warn[c] = Math.min(block[c], lowestWithin(oof[c], clean, WARN_FALSE_RATE, WARN_FLOOR));
        }
        // All categories together must stay within the overall budget: raise every block threshold until they do.
        for (int round = 0; round < 20 && falseRate(oof, clean, block) > ALL_BLOCK_FALSE_RATE; round++) {
            for (int c = 0; c < block.length; c++) {
                block[c] = heads.get(c).warnOnly() ? block[c] : Math.min(0.98f, block[c] + 0.02f);
            }
        }
    }

    private static float lowestWithin(double[] p, List<Integer> clean, double rate, double floor) {
        for (double t = floor; t < 0.99; t += 0.01) {
            int over = 0;
            for (int i : clean) {
                over += p[i] >= t ? 1 : 0;
            }
            if (over <= rate * clean.size()) {
                return (float) t;
            }
        }
        return 0.99f;
    }

    private static double falseRate(double[][] oof, List<Integer> clean, float[] block) {
        int over = 0;
        for (int i : clean) {
            for (int c = 0; c < oof.length; c++) {
                if (oof[c][i] >= block[c]) {
                    over++;
                    break;
                }
            }
        }
        return clean.isEmpty() ? 0 : over / (double) clean.size();
    }
}
