package com.replyguard.drafting.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The build step that trains {@link LearnedLabels} (liblinear's L2-regularised logistic regression, one model per
 * label) from a corpus of labelled buyer messages and writes it into the classes folder.
 *
 * <p>Usage: {@code LearnedLabelsTrainer CORPUS.tsv OUT.bin} (the drafting module's build runs it).
 */
public final class LearnedLabelsTrainer {
    /**
     * liblinear's regularisation, compared by group cross-validation (each of the corpus' 25 source files held out in
     * turn, the model alone): C 1 / 4 / 16 / 64 / 256 -> 0.951 / 0.967 / 0.973 / 0.975 / 0.977 top-1. Beside the
     * cues, C 16's sharper probabilities overrode them on three of the dev set's sendable drafts and one unit case, so
     * 4 stays.
     */
    private static final double C = 4.0;

    private LearnedLabelsTrainer() {
    }

    /** One labelled message of the corpus. */
    record Example(String label, String text) {
    }

    /** Reads {@code label<TAB>lang<TAB>text} lines ('#' lines are comments). */
    static List<Example> read(Path corpus) throws IOException {
        List<Example> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
                throw new IOException(corpus + ":" + lineNo + ": expected label<TAB>lang<TAB>text");
            }
            out.add(new Example(parts[0].strip(), parts[2].strip()));
        }
        return out;
    }

    /** Trains on {@code examples} (labels in sorted order). */
    static LearnedLabels train(List<Example> examples) {
        return train(examples, C);
    }

    /** As {@link #train(List)} with the regularisation {@code c} (cross-validation compares values with it). */
    static LearnedLabels train(List<Example> examples, double c) {
        List<String> names = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::label).toList()));
        int dim = LearnedLabels.DIM;
        Problem prob = new Problem();
        prob.l = examples.size();
        prob.n = dim + 1;
        prob.bias = 1;
        prob.x = new Feature[prob.l][];
        prob.y = new double[prob.l];
        for (int i = 0; i < prob.l; i++) {
            Map<Integer, Double> f = LearnedLabels.features(LearnedLabels.fold(examples.get(i).text()));
            Feature[] x = new Feature[f.size() + 1];
            int k = 0;
            for (Map.Entry<Integer, Double> e : f.entrySet()) {
                x[k++] = new FeatureNode(e.getKey() + 1, e.getValue());
            }
            x[k] = new FeatureNode(dim + 1, 1.0);
            prob.x[i] = x;
            prob.y[i] = names.indexOf(examples.get(i).label());
        }
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model m = Linear.train(prob, new Parameter(SolverType.L2R_LR, c, 0.01));
        double[] w = m.getFeatureWeights();
        int[] order = m.getLabels();
        int classes = m.getNrClass();
        float[][] out = new float[names.size()][dim + 1];
        for (int k = 0; k < classes; k++) {
            int label = order[k];
            for (int j = 0; j <= dim; j++) {
                // liblinear stores weights feature-major: w[j * nr_class + k] (one column for two classes)
                out[label][j] = (float) (classes == 2 ? (k == 0 ? w[j] : -w[j]) : w[j * classes + k]);
            }
        }
        return new LearnedLabels(names, out, LearnedLabels.vocabulary(examples.stream().map(Example::text).toList()));
    }

    /** Build step: {@code LearnedLabelsTrainer CORPUS.tsv OUT.bin} trains on the corpus and writes the model. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LearnedLabelsTrainer CORPUS.tsv OUT.bin");
            System.exit(2);
        }
        long t = System.nanoTime();
        List<Example> examples = read(Path.of(args[0]));
        train(examples).save(Path.of(args[1]));
        System.out.printf("intent model: %d labelled messages, %.1f s -> %s%n", examples.size(),
                (System.nanoTime() - t) / 1e9, args[1]);
    }
}
