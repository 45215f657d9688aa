package com.replyguard.policy.learn;

import com.replyguard.policy.analysis.TextAnalysis;
import com.replyguard.policy.text.AnalysedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The labelled cases as the model learns from them. The checker applies the model to single sentences and pairs of
 * them ({@code ModelOpinion}), so rows {@code 0..n-1} are the cases as whole texts, and every sentence and pair of a
 * clean case follows as a clean row of its own ({@link #owner} names the case a row comes from). {@link #units} holds
 * the sentences and pairs the checker would score for each case. Features are computed once, in parallel.
 *
 * @param features each row's feature ids
 * @param owner    the case each row comes from
 * @param units    per case, the feature ids of its sentences and pairs (none for a one-sentence text)
 */
record TrainingRows(int[][] features, int[] owner, int[][][] units) {

    static TrainingRows of(List<LabelledCase> cases, TextAnalysis analysis) {
        int n = cases.size();
        int[][][] units = new int[n][][];
        int[][] whole = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            AnalysedText a = analysis.analyse(cases.get(i).text());
            whole[i] = Features.of(a);
            int s = a.sentences().size();
            List<int[]> u = new ArrayList<>();
            for (int j = 0; j < s && s > 1; j++) {
                u.add(Features.of(a, j, j + 1));
                if (j > 0) {
                    u.add(Features.of(a, j - 1, j + 1));
                }
            }
            units[i] = u.toArray(int[][]::new);
        });
        List<int[]> rows = new ArrayList<>(List.of(whole));
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            owners.add(i);
        }
        for (int i = 0; i < n; i++) {
            if (cases.get(i).clean()) {
                for (int[] u : units[i]) {
                    rows.add(u);
                    owners.add(i);
                }
            }
        }
        return new TrainingRows(rows.toArray(int[][]::new), owners.stream().mapToInt(Integer::intValue).toArray(),
                units);
    }

    /** Whether row {@code r} is a case's whole text (the rows that get an out-of-fold score). */
    boolean whole(int r) {
        return r < units.length;
    }

    /**
     * The rows plus one witness row per positive case of several sentences: the sentence or pair of sentences that
     * {@code first} (a fit on the whole texts) scores highest. A violating letter is learned as a whole, but the checker
     * scores its sentences and pairs; the witness teaches the model the one clause that decides (the multiple-instance
     * learning of mi-SVM, one round).
     */
    Witnessed witnessed(double[] first, IntPredicate positive) {
        List<int[]> extra = new ArrayList<>();
        List<Integer> extraOwner = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            if (units[i].length == 0 || !positive.test(i)) {
                continue;
            }
            int[] best = null;
            double p = -1;
            for (int[] u : units[i]) {
                double q = LogisticFit.probability(first, u);
                if (q > p) {
                    p = q;
                    best = u;
                }
            }
            extra.add(best);
            extraOwner.add(i);
        }
        int[][] f = Arrays.copyOf(features, features.length + extra.size());
        int[] o = Arrays.copyOf(owner, owner.length + extra.size());
        for (int k = 0; k < extra.size(); k++) {
            f[features.length + k] = extra.get(k);
            o[owner.length + k] = extraOwner.get(k);
        }
        return new Witnessed(f, o, features.length);
    }

    /** The rows as they are, with no witness. */
    Witnessed unwitnessed() {
        return new Witnessed(features, owner, features.length);
    }

    /** Rows with witness rows appended from index {@code firstWitness} on; every witness is a positive. */
    record Witnessed(int[][] features, int[] owner, int firstWitness) {
        /** Whether any witness was added (none when no positive case has several sentences). */
        boolean any() {
            return firstWitness < features.length;
        }

        /** The labels of the rows: {@code y} for the original rows, positive for the witnesses. */
        double[] y(double[] y) {
            double[] out = Arrays.copyOf(y, features.length);
            Arrays.fill(out, firstWitness, out.length, 1);
            return out;
        }
    }
}
