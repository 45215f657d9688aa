package com.replyguard.drafting.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A learned opinion on a buyer message's label: logistic regression (liblinear, one model per label) over hashed
 * character 3- to 5-grams, words and word pairs of the message as the buyer wrote it, trained by the build from the
 * labelled buyer messages in {@code drafting/corpus/intents.tsv} ({@link #main}). Character grams carry across
 * spellings a cue list cannot enumerate ("ase nai" / "ashe nai" / "asenai", "x smpai" / "tak sampai"), which is
 * where romanized Bengali and chat Malay differ most from one writer to the next.
 *
 * <p>The file is a small binary: the label names, then one float weight per label and hashed feature (and a bias),
 * then the corpus' words as a hashed bit set (what {@link #knownShare} reads).
 * Reading it needs no liblinear; only the trainer does.
 *
 * <p>Thread safety: immutable after loading; safe to share.
 */
public final class LearnedLabels {
    static final int BITS = 17;
    private static final int DIM = 1 << BITS;
    private static final int MAGIC = 0x52474c31; // "RGL1"
    /** liblinear's regularisation: chosen by group cross-validation over the corpus' source files (README). */
    // (each of the corpus' 25 source files held out in turn, the model alone: C 1 / 4 / 16 / 64 / 256 ->
    // 0.951 / 0.967 / 0.973 / 0.975 / 0.977 top-1; beside the cues, C 16's sharper probabilities overrode them on
    // three of the dev set's sendable drafts and one unit case, so 4 stays)
    private static final double C = 4.0;

    private final List<String> labels;
    /** weights[label][feature], the last entry of each row the bias. */
    private final float[][] weights;
    /** The corpus' words (three letters or more), hashed into {@link #VOCABULARY_BITS} bits. */
    private final java.util.BitSet vocabulary;
    private static final int VOCABULARY_BITS = 1 << 20;

    private LearnedLabels(List<String> labels, float[][] weights, java.util.BitSet vocabulary) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.vocabulary = vocabulary;
    }

    /** The model on the classpath at {@code resource} (next to this class), or null when the build made none. */
    public static LearnedLabels load(String resource) {
        InputStream raw = LearnedLabels.class.getResourceAsStream(resource);
        if (raw == null) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a ReplyGuard label model: " + resource);
            }
            int n = in.readInt();
            int dim = in.readInt();
            if (dim != DIM + 1) {
                throw new IOException("label model built for " + dim + " features, expected " + (DIM + 1));
            }
            List<String> names = new ArrayList<>(n);
            float[][] w = new float[n][dim];
            for (int l = 0; l < n; l++) {
                names.add(in.readUTF());
            }
            byte[] row = new byte[dim * 4];
            for (int l = 0; l < n; l++) {
                in.readFully(row);
                java.nio.ByteBuffer.wrap(row).asFloatBuffer().get(w[l]);
            }
            long[] bits = new long[in.readInt()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = in.readLong();
            }
            return new LearnedLabels(names, w, java.util.BitSet.valueOf(bits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The share of the text's words (of three letters or more) the model learned anything about: a word it saw in
     * training has a weight in its slot, a word it never saw has none (barring a hash collision). A message mostly of
     * words the corpus never had ("zorblax quibble frumple", "my parrot escaped") is one the model has no opinion on,
     * however its character grams happen to fall.
     */
    public double knownShare(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(w -> vocabulary.get(vocabularySlot(w))).count() / (double) words.size();
    }

    /** The words of three letters or more that are not all digits, lower-cased. */
    private static List<String> words(String text) {
        String t = (text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").trim();
        List<String> out = new ArrayList<>();
        for (String w : t.split(" ")) {
            if (w.codePointCount(0, w.length()) >= 3 && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    private static int vocabularySlot(String word) {
        return Math.floorMod(("v:" + word).hashCode() * 0x9E3779B1, VOCABULARY_BITS);
    }

    /**
     * Each label's probability for {@code text} (one-vs-rest logistic outputs normalised to sum to one), by name.
     */
    public Map<String, Double> probabilities(String text) {
        Map<Integer, Double> f = features(text);
        double[] p = new double[labels.size()];
        double sum = 0;
        for (int l = 0; l < p.length; l++) {
            float[] w = weights[l];
            double z = w[DIM];
            for (Map.Entry<Integer, Double> e : f.entrySet()) {
                z += w[e.getKey()] * e.getValue();
            }
            p[l] = 1 / (1 + Math.exp(-z));
            sum += p[l];
        }
        Map<String, Double> out = new HashMap<>();
        for (int l = 0; l < p.length; l++) {
            out.put(labels.get(l), sum > 0 ? p[l] / sum : 0);
        }
        return out;
    }

    /**
     * The features of a text: lower-cased, letters and digits kept, then character 3- to 5-grams (with a space at
     * either end, so word starts and ends count), words and adjacent word pairs, each hashed into {@link #DIM} slots
     * and the vector scaled to unit length. Keys are 0-based slots.
     */
    static Map<Integer, Double> features(String text) {
        String t = " " + (text == null ? "" : text).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").trim() + " ";
        Map<Integer, Double> f = new TreeMap<>();
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                add(f, t.substring(i, i + n));
            }
        }
        String[] words = t.trim().split(" ");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                add(f, "w:" + words[i]);
                if (i + 1 < words.length) {
                    add(f, "b:" + words[i] + " " + words[i + 1]);
                }
            }
        }
        double norm = Math.sqrt(f.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            f.replaceAll((k, v) -> v / norm);
        }
        return f;
    }

    private static void add(Map<Integer, Double> f, String gram) {
        f.merge(Math.floorMod(gram.hashCode(), DIM), 1.0, Double::sum);
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
        Problem prob = new Problem();
        prob.l = examples.size();
        prob.n = DIM + 1;
        prob.bias = 1;
        prob.x = new Feature[prob.l][];
        prob.y = new double[prob.l];
        for (int i = 0; i < prob.l; i++) {
            Map<Integer, Double> f = features(examples.get(i).text());
            Feature[] x = new Feature[f.size() + 1];
            int k = 0;
            for (Map.Entry<Integer, Double> e : f.entrySet()) {
                x[k++] = new FeatureNode(e.getKey() + 1, e.getValue());
            }
            x[k] = new FeatureNode(DIM + 1, 1.0);
            prob.x[i] = x;
            prob.y[i] = names.indexOf(examples.get(i).label());
        }
        Linear.disableDebugOutput();
        de.bwaldvogel.liblinear.Model m = Linear.train(prob, new Parameter(SolverType.L2R_LR, c, 0.01));
        double[] w = m.getFeatureWeights();
        int[] order = m.getLabels();
        int classes = m.getNrClass();
        float[][] out = new float[names.size()][DIM + 1];
        for (int k = 0; k < classes; k++) {
            int label = order[k];
            for (int j = 0; j <= DIM; j++) {
                // liblinear stores weights feature-major: w[j * nr_class + k] (one column for two classes)
                out[label][j] = (float) (classes == 2 ? (k == 0 ? w[j] : -w[j]) : w[j * classes + k]);
            }
        }
        java.util.BitSet vocabulary = new java.util.BitSet(VOCABULARY_BITS);
        for (Example e : examples) {
            for (String word : words(e.text())) {
                vocabulary.set(vocabularySlot(word));
            }
        }
        return new LearnedLabels(names, out, vocabulary);
    }

    void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(labels.size());
            out.writeInt(DIM + 1);
            for (String l : labels) {
                out.writeUTF(l);
            }
            java.nio.ByteBuffer row = java.nio.ByteBuffer.allocate((DIM + 1) * 4);
            for (float[] w : weights) {
                row.clear();
                row.asFloatBuffer().put(w);
                out.write(row.array());
            }
            long[] bits = vocabulary.toLongArray();
            out.writeInt(bits.length);
            for (long b : bits) {
                out.writeLong(b);
            }
        }
    }

    /** Build step: {@code LearnedLabels CORPUS.tsv OUT.bin} trains on the corpus and writes the model. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LearnedLabels CORPUS.tsv OUT.bin");
            System.exit(2);
        }
        long t = System.nanoTime();
        List<Example> examples = read(Path.of(args[0]));
        train(examples).save(Path.of(args[1]));
        System.out.printf("intent model: %d labelled messages, %.1f s -> %s%n", examples.size(),
                (System.nanoTime() - t) / 1e9, args[1]);
    }
}
