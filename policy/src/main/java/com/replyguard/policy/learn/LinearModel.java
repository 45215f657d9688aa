package com.replyguard.policy.learn;

import com.replyguard.policy.Category;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned second opinion: one logistic-regression model per category over {@link Features}, each with the
 * probability above which it blocks and above which it warns (tuned on out-of-fold predictions of the training
 * part so that clean text is rarely blocked), and the labelled examples it learned from, to explain a finding by
 * the nearest one.
 *
 * <p>Thread safety: immutable after loading.
 */
public final class LinearModel {
    private static final int MAGIC = 0x52474C4D; // "RGLM"
    private static final int VERSION = 3;

    private final Category[] categories;
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

    LinearModel(Category[] categories, float[] bias, float[] blockAt, float[] warnAt, Map<Integer, float[]> w,
                Map<Category, List<String>> examples) {
        this.categories = categories.clone();
        this.bias = bias.clone();
        this.blockAt = blockAt.clone();
        this.warnAt = warnAt.clone();
        int size = Integer.highestOneBit(Math.max(16, w.size() * 2)) << 1;
        this.slots = size;
        this.stride = categories.length + 1;
        this.rows = emptyRows(size, stride);
        for (Map.Entry<Integer, float[]> e : w.entrySet()) {
            int slot = slot(e.getKey());
            rows[slot * stride] = e.getKey();
            float[] v = e.getValue();
            for (int c = 0; c < categories.length; c++) {
                rows[slot * stride + 1 + c] = Float.floatToRawIntBits(v[c]);
            }
        }
        Map<Category, List<String>> ex = new EnumMap<>(Category.class);
        examples.forEach((c, l) -> ex.put(c, List.copyOf(l)));
        this.examples = ex;
    }

    private static int[] emptyRows(int size, int stride) {
        int[] r = new int[size * stride];
        for (int s = 0; s < size; s++) {
            r[s * stride] = -1;
        }
        return r;
    }

    private int slot(int key) {
        int mask = slots - 1;
        int s = (key * 0x9E3779B1) >>> 7 & mask;
        while (rows[s * stride] != -1 && rows[s * stride] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    public List<Category> categories() {
        return List.of(categories);
    }

    public float blockThreshold(Category c) {
        int i = indexOf(c);
        return i < 0 ? Float.NaN : blockAt[i];
    }

    public float warnThreshold(Category c) {
        int i = indexOf(c);
        return i < 0 ? Float.NaN : warnAt[i];
    }

    int indexOf(Category c) {
        for (int i = 0; i < categories.length; i++) {
            if (categories[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The probability of each of {@link #categories()} for one feature set (binary features, L2-normalised). */
    public float[] probabilities(int[] features) {
        return probabilities(sums(features), features.length);
    }

    /**
     * The probabilities for raw weight sums over {@code count} features: sums of two stretches add up, so a pair of
     * sentences is scored from its sentences' sums without reading their features again.
     */
    public float[] probabilities(double[] sums, int count) {
        int k = categories.length;
        double norm = count == 0 ? 0 : 1 / Math.sqrt(count);
        float[] p = new float[k];
        for (int c = 0; c < k; c++) {
            p[c] = (float) (1 / (1 + Math.exp(-(sums[c] * norm + bias[c]))));
        }
        return p;
    }

    /** The raw weight sum of each category over {@code features}. */
    public double[] sums(int[] features) {
        int k = categories.length;
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

    public void write(OutputStream out) throws IOException {
        write(out, true);
    }

    /**
     * Writes the model, gzip-compressed or ({@code compressed} false) as plain bytes: the built-in model, which the
     * policy jar stores uncompressed, so a one-shot command's start-up reads it without inflating 6 MB (the weights
     * hardly compress anyway). {@link #read} takes both.
     */
    public void write(OutputStream out, boolean compressed) throws IOException {
        GZIPOutputStream gz = compressed ? new GZIPOutputStream(out) : null;
        DataOutputStream d = new DataOutputStream(gz != null ? gz : out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(Features.BITS);
        d.writeInt(categories.length);
        for (int c = 0; c < categories.length; c++) {
            d.writeUTF(categories[c].name());
            d.writeFloat(bias[c]);
            d.writeFloat(blockAt[c]);
            d.writeFloat(warnAt[c]);
        }
        int count = 0;
        for (int s = 0; s < slots; s++) {
            count += rows[s * stride] == -1 ? 0 : 1;
        }
        d.writeInt(count);
        for (int s = 0; s < slots; s++) {
            if (rows[s * stride] != -1) {
                d.writeInt(rows[s * stride]);
                for (int c = 0; c < categories.length; c++) {
                    d.writeFloat(Float.intBitsToFloat(rows[s * stride + 1 + c]));
                }
            }
        }
        d.writeInt(examples.size());
        for (Map.Entry<Category, List<String>> e : examples.entrySet()) {
            d.writeUTF(e.getKey().name());
            d.writeInt(e.getValue().size());
            for (String t : e.getValue()) {
                d.writeUTF(t.length() > 2000 ? t.substring(0, 2000) : t);
            }
        }
        d.flush();
        if (gz != null) {
            gz.finish();
        }
    }

    /**
     * Reads a model written by {@link #write}, compressed or not; a damaged or foreign file fails with an IOException.
     * The file is inflated in one go and the weight table is decoded straight into this model's arrays: read a
     * value at a time through a map of boxed keys it was a third of a one-shot {@code check}'s start-up.
     */
    public static LinearModel read(InputStream in) throws IOException {
        byte[] bytes;
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
        buffered.reset();
        try {
            bytes = gzip ? new GZIPInputStream(buffered, 1 << 16).readAllBytes() : buffered.readAllBytes();
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new IOException("not a ReplyGuard model file (" + e.getMessage() + ")", e);
        }
        java.io.ByteArrayInputStream raw = new java.io.ByteArrayInputStream(bytes);
        DataInputStream d = new DataInputStream(raw);
        if (d.readInt() != MAGIC) {
            throw new IOException("not a ReplyGuard model file");
        }
        int version = d.readInt();
        if (version != VERSION) {
            throw new IOException("model file version " + version + " is not supported (expected " + VERSION + ")");
        }
        if (d.readInt() != Features.BITS) {
            throw new IOException("model file was built with another feature size");
        }
        int k = d.readInt();
        Category[] cats = new Category[k];
        float[] bias = new float[k];
        float[] block = new float[k];
        float[] warn = new float[k];
        for (int c = 0; c < k; c++) {
            cats[c] = Category.valueOf(d.readUTF());
            bias[c] = d.readFloat();
            block[c] = d.readFloat();
            warn[c] = d.readFloat();
        }
        int count = d.readInt();
        int at = bytes.length - raw.available();
        long tableBytes = (long) count * (4 + 4L * k);
        if (count < 0 || k <= 0 || at + tableBytes > bytes.length) {
            throw new IOException("model file is truncated or damaged (" + count + " weights)");
        }
        // Each row is a key and k float bits, big-endian as written: each copied into its slot in one bulk call (an
        // intrinsic), not a value at a time, which the interpreter ran ~1.9 million times at every start; and
        // straight from the file's bytes, with no second copy of the table (18 MB less at the peak of a start)
        java.nio.IntBuffer table = java.nio.ByteBuffer.wrap(bytes, at, (int) tableBytes).asIntBuffer();
        raw.skip(tableBytes);
        Map<Category, List<String>> ex = new EnumMap<>(Category.class);
        int groups = d.readInt();
        for (int g = 0; g < groups; g++) {
            Category c = Category.valueOf(d.readUTF());
            int n = d.readInt();
            List<String> texts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                texts.add(d.readUTF());
            }
            ex.put(c, texts);
        }
        return new LinearModel(cats, bias, block, warn, count, table, ex);
    }

    /**
     * The model from a weight table as written: {@code count} rows of a key and {@code categories.length} float bits.
     */
    private LinearModel(Category[] categories, float[] bias, float[] blockAt, float[] warnAt, int count,
                        java.nio.IntBuffer table, Map<Category, List<String>> examples) {
        this.categories = categories;
        this.bias = bias;
        this.blockAt = blockAt;
        this.warnAt = warnAt;
        int k = categories.length;
        int size = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
        this.slots = size;
        this.stride = k + 1;
        this.rows = emptyRows(size, stride);
        for (int i = 0, row = 0; i < count; i++, row += k + 1) {
            int key = table.get(row);
            // the file's row is the table's row: key and float bits, copied whole
            table.get(row, rows, slot(key) * stride, k + 1);
        }
        Map<Category, List<String>> ex = new EnumMap<>(Category.class);
        examples.forEach((c, l) -> ex.put(c, List.copyOf(l)));
        this.examples = ex;
    }
}
