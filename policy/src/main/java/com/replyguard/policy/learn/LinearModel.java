package com.replyguard.policy.learn;

import com.replyguard.policy.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The learned second opinion: logistic-regression models ("heads") over {@link Features}, one per category, each
 * with the probability above which it blocks and above which it warns (tuned on out-of-fold predictions of the
 * training part so that clean text is rarely blocked), and the labelled examples it learned from, to explain a
 * finding by the nearest one. A category whose labels also say "risky but sendable" apart from "must not be sent"
 * (blaming the buyer, against threatening them) has a second, warn-only head that learns both kinds of label: the
 * block head learns from the block labels alone, so without it the model would learn that a warning's wording is
 * clean.
 *
 * <p>Thread safety: immutable after loading.
 */
public final class LinearModel {
    /** One column of the model: a category's head, or ({@code warnOnly}) the head that can only warn of it. */
    public record Head(Category category, boolean warnOnly) {
    }

    private final Head[] heads;
    private final List<Head> headList;
    private final float[] bias;
    private final float[] blockAt;
    private final float[] warnAt;
    /**
     * The weight table, open addressing: slot {@code s} is {@code rows[s * stride]}, its feature id (-1: empty), then
     * the float bits of its {@code k} weights. Key and weights side by side: a lookup (most miss the CPU caches, the
     * table is ~27 MB) touches one place instead of a key array and a weight array apart.
     */
    private final int[] rows;
    private final int stride;
    private final int slots;
    private final Map<Category, List<String>> examples;

    LinearModel(Head[] heads, float[] bias, float[] blockAt, float[] warnAt, Map<Integer, float[]> w,
                Map<Category, List<String>> examples) {
        this(heads, bias, blockAt, warnAt, w.size(), examples);
        for (Map.Entry<Integer, float[]> e : w.entrySet()) {
            int slot = slot(e.getKey());
            rows[slot * stride] = e.getKey();
            float[] v = e.getValue();
            for (int c = 0; c < heads.length; c++) {
                rows[slot * stride + 1 + c] = Float.floatToRawIntBits(v[c]);
            }
        }
    }

    /** An empty weight table sized for {@code count} rows, filled by the caller ({@link ModelFile}). */
    LinearModel(Head[] heads, float[] bias, float[] blockAt, float[] warnAt, int count,
                Map<Category, List<String>> examples) {
        for (int i = 1; i < heads.length; i++) {
            if (heads[i - 1].warnOnly() && !heads[i].warnOnly()) {
                throw new IllegalArgumentException("the warn-only heads come after every category's head");
            }
        }
        this.heads = heads.clone();
        this.headList = List.of(heads);
        this.bias = bias.clone();
        this.blockAt = blockAt.clone();
        this.warnAt = warnAt.clone();
        int size = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        this.slots = size;
        this.stride = heads.length + 1;
        this.rows = new int[size * stride];
        for (int s = 0; s < size; s++) {
            rows[s * stride] = -1;
        }
        Map<Category, List<String>> ex = new EnumMap<>(Category.class);
        examples.forEach((c, l) -> ex.put(c, List.copyOf(l)));
        this.examples = ex;
    }

    /** The slot of {@code key}: where it is, or the empty slot where it goes. */
    int slot(int key) {
        int mask = slots - 1;
        int s = (key * 0x9E3779B1) >>> 7 & mask;
        while (rows[s * stride] != -1 && rows[s * stride] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The weight table itself, for {@link ModelFile} to fill or write (never handed out of the package). */
    int[] table() {
        return rows;
    }

    int slots() {
        return slots;
    }

    float bias(int head) {
        return bias[head];
    }

    /** The categories the model has a head for, in column order. */
    public List<Category> categories() {
        List<Category> out = new ArrayList<>();
        for (Head h : heads) {
            if (!h.warnOnly()) {
                out.add(h.category());
            }
        }
        return out;
    }

    /** Every column, as {@link #probabilities} orders them: the categories' heads first, then the warn-only heads. */
    public List<Head> heads() {
        return headList;
    }

    public float blockThreshold(Category c) {
        int i = indexOf(new Head(c, false));
        return i < 0 ? Float.NaN : blockAt[i];
    }

    public float warnThreshold(Category c) {
        int i = indexOf(new Head(c, false));
        return i < 0 ? Float.NaN : warnAt[i];
    }

    /** The probability above which the warn-only head of {@code c} warns (NaN: {@code c} has no such head). */
    public float warnOnlyThreshold(Category c) {
        int i = indexOf(new Head(c, true));
        return i < 0 ? Float.NaN : warnAt[i];
    }

    int indexOf(Head h) {
        for (int i = 0; i < heads.length; i++) {
            if (heads[i].equals(h)) {
                return i;
            }
        }
        return -1;
    }

    float blockAt(int head) {
        return blockAt[head];
    }

    float warnAt(int head) {
        return warnAt[head];
    }

    /** The probability of each of {@link #heads()} for one feature set (binary features, L2-normalised). */
    public float[] probabilities(int[] features) {
        return probabilities(sums(features), features.length);
    }

    /**
     * The probabilities for raw weight sums over {@code count} features: sums of two stretches add up, so a pair of
     * sentences is scored from its sentences' sums without reading their features again.
     */
    public float[] probabilities(double[] sums, int count) {
        int k = heads.length;
        double norm = count == 0 ? 0 : 1 / Math.sqrt(count);
        float[] p = new float[k];
        for (int c = 0; c < k; c++) {
            p[c] = (float) (1 / (1 + Math.exp(-(sums[c] * norm + bias[c]))));
        }
        return p;
    }

    /** The raw weight sum of each head over {@code features}. */
    public double[] sums(int[] features) {
        int k = heads.length;
        double[] z = new double[k];
        int mask = slots - 1;
        int st = stride;
        int[] r = rows;
        for (int f : features) {
            int s = (f * 0x9E3779B1) >>> 7 & mask;
            int key;
            while ((key = r[s * st]) != -1 && key != f) {
                s = (s + 1) & mask;
            }
            if (key == f) {
                int base = s * st + 1;
                for (int c = 0; c < k; c++) {
                    z[c] += Float.intBitsToFloat(r[base + c]);
                }
            }
        }
        return z;
    }

    /** The labelled texts showing {@code c} that the model learned from. */
    public List<String> examples(Category c) {
        return examples.getOrDefault(c, List.of());
    }

    Map<Category, List<String>> examples() {
        return examples;
    }

    public void write(OutputStream out) throws IOException {
        ModelFile.write(this, out, true);
    }

    /**
     * Writes the model, gzip-compressed or ({@code compressed} false) as plain bytes: the built-in model, which the
     * policy jar stores uncompressed, so a one-shot command's start-up reads it without inflating 6 MB (the weights
     * hardly compress anyway). {@link #read} takes both.
     */
    public void write(OutputStream out, boolean compressed) throws IOException {
        ModelFile.write(this, out, compressed);
    }

    /** Reads a model written by {@link #write}, compressed or not; a damaged or foreign file fails with an IOException. */
    public static LinearModel read(InputStream in) throws IOException {
        return ModelFile.read(in);
    }
}
