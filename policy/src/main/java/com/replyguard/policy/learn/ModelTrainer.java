package com.replyguard.policy.learn;

import com.replyguard.policy.Category;
import com.replyguard.policy.analysis.TextAnalysis;
import de.bwaldvogel.liblinear.Linear;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Trains the {@link LinearModel} from labelled cases with liblinear's L2-regularised logistic regression, one
 * binary model per category, and tunes each category's thresholds on 5-fold out-of-fold predictions of the same
 * cases (never on held-out cases or probes), as {@link Thresholds} sets them.
 *
 * <p>The checker applies the model to single sentences and pairs of them ({@code ModelOpinion}), so it learns that
 * way too: every sentence and pair of sentences of a clean message is a clean example of its own, and a case's
 * out-of-fold score is its best sentence, pair or whole text, as the checker would score it. Decided on a group
 * 5-fold cross-validation of rules + model on the training text (8,855 cases): false blocks 0.015 -> 0.012 (at most
 * 0.019 in every language and register), detection 0.984 -> 0.981. A violating message of several sentences also
 * gives its witness, the sentence or pair a first fit scores highest, as a positive row ({@link
 * TrainingRows#witnessed}), and the model is fitted again from the first fit (2026-12-08; docs/checker.md).
 *
 * <p>Run by the build ({@code process-classes}) as {@code ModelTrainer CORPUS_DIR MODEL_FILE}: it reads the
 * {@code train} part of every {@code *.jsonl} in the folder and skips the work when the model is newer than the
 * corpus. Never on the start-up path of a command.
 */
public final class ModelTrainer {
    /**
     * liblinear's inverse regularisation. Group 5-fold cross-validation of rules + model on the training text (8,889
     * cases), C = 1.5 / 4 / 10: detection 0.978 / 0.984 / 0.986, category 0.944 / 0.952 / 0.955, false blocks 0.013 /
     * 0.015 / 0.015.
     */
    private static final double C = 10.0;
    /** The source of cases taken from the shipped default knowledge (scripts/corpus-from-defaults). */
    static final String PRODUCT_TEXT = "ReplyGuard default knowledge";
    private static final int FOLDS = 5;
    private static final int MIN_POSITIVES = 8;
    private static final int MAX_EXAMPLES = 400;
    /** Categories judged on what the text says, wherever it is sent (the severity then follows the marketplace). */
    private static final Set<Category> BY_CONTENT = EnumSet.of(Category.MARKETING, Category.REVIEW_MANIPULATION,
            Category.OVERPROMISE, Category.UNNECESSARY_MESSAGE, Category.ATTACHMENT);
    /** Left to exact rules: a literal tag needs no statistics. */
    private static final Set<Category> RULES_ONLY = EnumSet.of(Category.IMPORTANT_TAG);

    /**
     * Learned from whole texts only, without a witness: a message that says nothing but thanks is unnecessary as a
     * whole (one such sentence in a helpful letter is not), and links, contact points and attachments are literal
     * things the detectors find, where a witness taught the model the words around them ("the setup video is on
     * YouTube" blocked as a link).
     */
    private static final Set<Category> WHOLE = EnumSet.of(Category.UNNECESSARY_MESSAGE, Category.EXTERNAL_LINK,
            Category.CONTACT_INFO, Category.ATTACHMENT);

    private final TextAnalysis analysis;

    public ModelTrainer(TextAnalysis analysis) {
        this.analysis = analysis;
        Linear.disableDebugOutput();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ModelTrainer CORPUS_DIR MODEL_FILE");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (upToDate(corpus, out)) {
            return;
        }
        List<LabelledCase> cases = Corpus.trainingCases(corpus);
        if (cases.isEmpty()) {
            System.out.println("model: no training cases in " + corpus + "; the checker runs on its rules alone");
            return;
        }
        long t = System.nanoTime();
        LinearModel model = new ModelTrainer(new TextAnalysis()).train(cases);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            model.write(o, false); // stored as it is in the jar (policy/pom.xml): no inflating at start-up
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        // The training part ships beside the model, so a team's approved reports can be added to it and the model
        // retrained in the data directory without a rebuild.
        Path shipped = out.resolveSibling(Corpus.TRAINING_RESOURCE_NAME);
        try (OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(shipped))) {
            Corpus.write(cases, o);
        }
        System.out.printf("model: %d training cases, %d categories, %.1f s -> %s%n", cases.size(),
                model.categories().size(), (System.nanoTime() - t) / 1e9, out);
    }

    /**
     * Whether the model is newer than every corpus file and every compiled class and resource of the checker that
     * could change what it learns (features, concepts, analysis): only then is training skipped.
     */
    private static boolean upToDate(Path corpus, Path model) throws IOException {
        if (!Files.exists(model) || Boolean.getBoolean("replyguard.retrain")) {
            return false;
        }
        long built = Files.getLastModifiedTime(model).toMillis();
        Path packageRoot = model.toAbsolutePath().getParent().getParent();
        List<Path> probeInputs = new ArrayList<>(Corpus.trainedProbes(corpus));
        Path list = corpus.resolve("probes").resolve(Corpus.TRAINED_PROBES);
        if (Files.exists(list)) {
            probeInputs.add(list);
        }
        try (var inputs = java.util.stream.Stream.concat(
                java.util.stream.Stream.concat(Files.list(corpus), probeInputs.stream()), Files.walk(packageRoot))) {
            return inputs.filter(Files::isRegularFile)
                    // (the .bin files are the build's own output: rules.PackedRules writes the analysis' known terms
                    // and synonyms after the model, from sources this walk already sees, so they were always newer
                    // and every build trained again, a second time after the run command's build)
                    .filter(f -> !f.equals(model.toAbsolutePath()) && !f.getFileName().toString().endsWith(".gz")
                            && !f.getFileName().toString().endsWith(".bin"))
                    .noneMatch(f -> {
                        try {
                            return Files.getLastModifiedTime(f).toMillis() > built;
                        } catch (IOException e) {
                            return true;
                        }
                    });
        }
    }

    /** Whether {@code c} counts as a positive example of {@code category}. */
    static boolean target(LabelledCase c, Category category) {
        return BY_CONTENT.contains(category) ? c.shows(category) : c.block().contains(category);
    }

    /** Whether {@code c} counts as a positive example for {@code head}: a warn-only head learns both kinds of label. */
    static boolean target(LabelledCase c, LinearModel.Head head) {
        return head.warnOnly() ? c.shows(head.category()) : target(c, head.category());
    }

    /**
     * The model's heads for {@code cases}: a head per category with at least {@value #MIN_POSITIVES} positives, then
     * a warn-only head for each category judged by its block labels that has as many cases labelled only as a
     * warning (blaming a buyer is a warning, threatening one a block).
     */
    static List<LinearModel.Head> heads(List<LabelledCase> cases) {
        List<LinearModel.Head> heads = new ArrayList<>();
        List<LinearModel.Head> warnOnly = new ArrayList<>();
        for (Category c : Category.values()) {
            long positives = cases.stream().filter(x -> target(x, c)).count();
            if (RULES_ONLY.contains(c) || positives < MIN_POSITIVES) {
                continue;
            }
            heads.add(new LinearModel.Head(c, false));
            long warnings = cases.stream().filter(x -> x.warn().contains(c) && !x.block().contains(c)).count();
            if (!BY_CONTENT.contains(c) && warnings >= MIN_POSITIVES) {
                warnOnly.add(new LinearModel.Head(c, true));
            }
        }
        heads.addAll(warnOnly);
        return heads;
    }

    /** Trains on {@code cases} (all of them: pass only the training part). */
    public LinearModel train(List<LabelledCase> cases) {
        return train(cases, true);
    }

    /**
     * {@code warmFolds}: each fold's fit starts from the whole fit's weights instead of zero. Both reach liblinear's
     * tolerance; the warm start needs fewer Newton steps (on the 16,991 training cases of 2026-12-06 the model file
     * came out byte-identical, in 4.7 CPU minutes instead of 10.9). Cold folds are kept for the test that compares.
     */
    LinearModel train(List<LabelledCase> cases, boolean warmFolds) {
        int n = cases.size();
        TrainingRows rows = TrainingRows.of(cases, analysis);
        int[][] features = rows.features();
        int[] owner = rows.owner();
        int[][][] units = rows.units();
        int[] foldOf = new int[n];
        for (int i = 0; i < n; i++) {
            foldOf[i] = fold(cases.get(i).id());
        }
        List<LinearModel.Head> cats = heads(cases);
        int k = cats.size();
        float[] bias = new float[k];
        float[] block = new float[k];
        float[] warn = new float[k];
        Map<Integer, float[]> weights = new HashMap<>();
        Map<Category, List<String>> examples = new EnumMap<>(Category.class);
        double[][] oof = new double[k][n];
        // the categories are independent problems: fitted side by side (liblinear's logistic regression has no
        // shared state), then gathered in category order, so the model is the same on any number of cores
        double[][] full = new double[k][];
        IntStream.range(0, k).parallel().forEach(ci -> {
            LinearModel.Head c = cats.get(ci);
            double[] y = new double[features.length];
            for (int r = 0; r < y.length; r++) {
                y[r] = target(cases.get(owner[r]), c) ? 1 : -1;
            }
            // the whole fit first: each fold's fit starts from it (liblinear's Newton method then needs fewer steps
            // to the same tolerance; the fold models only set the thresholds)
            double[] first = LogisticFit.fit(features, y, null, null, C);
            TrainingRows.Witnessed wr = WHOLE.contains(c.category()) ? rows.unwitnessed()
                    : rows.witnessed(first, r -> target(cases.get(r), c));
            double[] y2 = wr.y(y);
            full[ci] = wr.any() ? LogisticFit.fit(wr.features(), y2, null, first, C) : first;
            for (int fold = 0; fold < FOLDS; fold++) {
                List<Integer> trainIdx = new ArrayList<>();
                List<Integer> testIdx = new ArrayList<>();
                for (int r = 0; r < y2.length; r++) {
                    boolean test = foldOf[wr.owner()[r]] == fold;
                    if (!test) {
                        trainIdx.add(r);
                    } else if (rows.whole(r)) {
                        testIdx.add(r);
                    }
                }
                double[] w = LogisticFit.fit(wr.features(), y2, trainIdx, warmFolds ? full[ci] : null, C);
                for (int i : testIdx) {
                    double p = LogisticFit.probability(w, features[i]);
                    // scored as the checker scores it: its best sentence or pair of sentences
                    for (int[] u : units[i]) {
                        p = Math.max(p, LogisticFit.probability(w, u));
                    }
                    oof[ci][i] = p;
                }
            }
        });
        for (int ci = 0; ci < k; ci++) {
            LinearModel.Head head = cats.get(ci);
            double[] w = full[ci];
            bias[ci] = (float) w[w.length - 1];
            for (int f = 0; f < w.length - 1; f++) {
                if (Math.abs(w[f]) > 1e-4) {
                    weights.computeIfAbsent(f, key -> new float[k])[ci] = (float) w[f];
                }
            }
            if (head.warnOnly()) {
                continue; // the category's head has named its examples
            }
            // a category with a warn-only head explains its warnings too: its examples are every case showing it, so
            // a blaming message reads like a labelled blaming message, not like the nearest threat
            boolean warns = cats.contains(new LinearModel.Head(head.category(), true));
            List<String> ex = new ArrayList<>();
            for (int i = 0; i < n && ex.size() < MAX_EXAMPLES; i++) {
                if (warns ? cases.get(i).shows(head.category()) : target(cases.get(i), head.category())) {
                    ex.add(cases.get(i).text());
                }
            }
            examples.put(head.category(), ex);
        }
        Thresholds.tune(cases, cats, oof, block, warn);
        return new LinearModel(cats.toArray(LinearModel.Head[]::new), bias, block, warn, weights, examples);
    }

    static int fold(String id) {
        return Math.floorMod(id.hashCode() * 0x9E3779B1, FOLDS);
    }
}
