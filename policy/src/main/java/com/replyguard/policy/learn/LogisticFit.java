package com.replyguard.policy.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;

/**
 * The liblinear side of {@link ModelTrainer}: one L2-regularised logistic regression over binary feature ids
 * (L2-normalised per row, with a bias feature), and the probability its weights give a row.
 */
final class LogisticFit {
    private LogisticFit() {
    }

    /**
     * liblinear weights (last entry: the bias) oriented so that a positive score means the category; {@code start}:
     * weights in the same orientation to start the Newton method from (null: from zero).
     */
    static double[] fit(int[][] features, double[] y, List<Integer> rows, double[] start, double c) {
        int l = rows == null ? y.length : rows.size();
        Problem p = new Problem();
        p.l = l;
        p.n = (1 << Features.BITS) + 1;
        p.bias = 1;
        p.x = new Feature[l][];
        p.y = new double[l];
        for (int r = 0; r < l; r++) {
            int i = rows == null ? r : rows.get(r);
            int[] f = features[i];
            double v = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
            Feature[] x = new Feature[f.length + 1];
            for (int j = 0; j < f.length; j++) {
                x[j] = new FeatureNode(f[j] + 1, v);
            }
            x[f.length] = new FeatureNode(p.n, 1);
            p.x[r] = x;
            p.y[r] = y[i];
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.01);
        if (start != null && l > 0) {
            // liblinear's first label is the positive side of its weights: +1 whenever the rows hold both labels
            // (it puts +1 first), else the one label they hold
            double sign = java.util.Arrays.stream(p.y).anyMatch(v -> v == 1) ? 1 : -1;
            double[] init = new double[p.n];
            for (int i = 0; i < init.length && i < start.length; i++) {
                init[i] = sign * start[i];
            }
            parameter.setInitSol(init);
        }
        Model m = Linear.train(p, parameter);
        double[] w = m.getFeatureWeights();
        double[] out = new double[(1 << Features.BITS) + 1];
        // Feature f+1 -> w[f]; the bias feature is the last one.
        System.arraycopy(w, 0, out, 0, Math.min(out.length, w.length));
        boolean flip = m.getLabels()[0] != 1;
        if (flip) {
            for (int i = 0; i < out.length; i++) {
                out[i] = -out[i];
            }
        }
        return out;
    }

    static double probability(double[] w, int[] features) {
        double z = w[w.length - 1];
        double v = features.length == 0 ? 0 : 1 / Math.sqrt(features.length);
        for (int f : features) {
            z += w[f] * v;
        }
        return 1 / (1 + Math.exp(-z));
    }
}
