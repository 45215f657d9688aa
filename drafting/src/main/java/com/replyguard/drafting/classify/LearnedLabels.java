package com.replyguard.drafting.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned opinion on a buyer message's label: logistic regression (one model per label) over hashed character 3- to
 * 5-grams, words and word pairs of the message as the buyer wrote it, trained by the build
 * ({@link LearnedLabelsTrainer}) from the labelled buyer messages in {@code drafting/corpus/intents.tsv}. Character
 * grams carry across spellings a cue list cannot enumerate ("ase nai" / "ashe nai" / "asenai", "x smpai" / "tak
 * sampai"), which is where romanized Bengali and chat Malay differ most from one writer to the next.
 *
 * <p>The file is a small binary, written and read here: the label names, then one float weight per label and hashed
 * feature (and a bias), then the corpus' words as a hashed bit set (what {@link #knownShare} reads). Reading it needs
 * no liblinear; only the trainer does.
 *
 * <p>Thread safety: immutable after loading; safe to share.
 */
public final class LearnedLabels {
    /** Hashed feature slots; the bias follows them. */
    static final int DIM = 1 << 17;
    private static final int MAGIC = 0x52474c31; // "RGL1"
    private static final int VOCABULARY_BITS = 1 << 20;

    private final List<String> labels;
    /** weights[label][feature], the last entry of each row the bias. */
    private final float[][] weights;
    /** The corpus' words (three letters or more), hashed into {@link #VOCABULARY_BITS} bits. */
    private final BitSet vocabulary;

    LearnedLabels(List<String> labels, float[][] weights, BitSet vocabulary) {
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
                ByteBuffer.wrap(row).asFloatBuffer().get(w[l]);
            }
            long[] bits = new long[in.readInt()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = in.readLong();
            }
            return new LearnedLabels(names, w, BitSet.valueOf(bits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            ByteBuffer row = ByteBuffer.allocate((DIM + 1) * 4);
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

    /**
     * The share of the text's words (of three letters or more, not all digits) that occur in the corpus the model
     * learned from (a hashed set: a rare collision counts a new word as known). A message mostly of words the corpus
     * never had ("zorblax quibble frumple", "my parrot escaped") is one the model has no opinion on, however its
     * character grams happen to fall.
     */
    public double knownShare(String text) {
        return knownShare(words(fold(text)));
    }

    /**
     * Each label's probability for {@code text}, as {@link #probabilities}, when at least {@code leastKnownShare} of
     * its words are known ({@link #knownShare}); else no opinion (an empty map). The text is folded once for both.
     */
    public Map<String, Double> opinion(String text, double leastKnownShare) {
        String folded = fold(text);
        return knownShare(words(folded)) >= leastKnownShare ? probabilities(features(folded)) : Map.of();
    }

    /**
     * Each label's probability for {@code text} (one-vs-rest logistic outputs normalised to sum to one), by name.
     */
    public Map<String, Double> probabilities(String text) {
        return probabilities(features(fold(text)));
    }

    private double knownShare(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return words.stream().filter(w -> vocabulary.get(vocabularySlot(w))).count() / (double) words.size();
    }

    private Map<String, Double> probabilities(Map<Integer, Double> f) {
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

    /** Lower-cased, every run of characters that are not letters, digits or marks one space, trimmed. */
    static String fold(String text) {
        return (text == null ? "" : text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").trim();
    }

    /**
     * The features of a folded text: character 3- to 5-grams (with a space at either end, so word starts and ends
     * count), words and adjacent word pairs, each hashed into {@link #DIM} slots and the vector scaled to unit length.
     * Keys are 0-based slots.
     */
    static Map<Integer, Double> features(String folded) {
        String t = " " + folded + " ";
        Map<Integer, Double> f = new TreeMap<>();
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                add(f, t.substring(i, i + n));
            }
        }
        String[] words = folded.split(" ");
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

    /** The hashed set of the words of {@code texts}, as {@link #knownShare} reads it. */
    static BitSet vocabulary(Iterable<String> texts) {
        BitSet vocabulary = new BitSet(VOCABULARY_BITS);
        for (String text : texts) {
            for (String word : words(fold(text))) {
                vocabulary.set(vocabularySlot(word));
            }
        }
        return vocabulary;
    }

    /** The words of a folded text of three letters or more that are not all digits. */
    private static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        for (String w : folded.split(" ")) {
            if (w.codePointCount(0, w.length()) >= 3 && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    private static int vocabularySlot(String word) {
        return Math.floorMod(("v:" + word).hashCode() * 0x9E3779B1, VOCABULARY_BITS);
    }
}
