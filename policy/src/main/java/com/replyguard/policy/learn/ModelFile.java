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
 * The file form of a {@link LinearModel}: a header, each head's name and thresholds, the weight table and the
 * labelled examples. Version 4 adds each head's warn-only flag; version 3 files (a data directory's model retrained
 * before the warn-only heads) still read, as a model without them.
 */
final class ModelFile {
    private static final int MAGIC = 0x52474C4D; // "RGLM"
    private static final int VERSION = 4;
    private static final int NO_WARN_HEADS = 3;

    private ModelFile() {
    }

    static void write(LinearModel m, OutputStream out, boolean compressed) throws IOException {
        GZIPOutputStream gz = compressed ? new GZIPOutputStream(out) : null;
        DataOutputStream d = new DataOutputStream(gz != null ? gz : out);
        List<LinearModel.Head> heads = m.heads();
        int k = heads.size();
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(Features.BITS);
        d.writeInt(k);
        for (int c = 0; c < k; c++) {
            d.writeUTF(heads.get(c).category().name());
            d.writeBoolean(heads.get(c).warnOnly());
            d.writeFloat(m.bias(c));
            d.writeFloat(m.blockAt(c));
            d.writeFloat(m.warnAt(c));
        }
        int[] rows = m.table();
        int stride = k + 1;
        int count = 0;
        for (int s = 0; s < m.slots(); s++) {
            count += rows[s * stride] == -1 ? 0 : 1;
        }
        d.writeInt(count);
        for (int s = 0; s < m.slots(); s++) {
            if (rows[s * stride] != -1) {
                d.writeInt(rows[s * stride]);
                for (int c = 0; c < k; c++) {
                    d.writeFloat(Float.intBitsToFloat(rows[s * stride + 1 + c]));
                }
            }
        }
        d.writeInt(m.examples().size());
        for (Map.Entry<Category, List<String>> e : m.examples().entrySet()) {
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
     * The file is inflated in one go and the weight table is decoded straight into the model's arrays: read a value
     * at a time through a map of boxed keys it was a third of a one-shot {@code check}'s start-up.
     */
    static LinearModel read(InputStream in) throws IOException {
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
        if (version != VERSION && version != NO_WARN_HEADS) {
            throw new IOException("model file version " + version + " is not supported (expected " + VERSION + ")");
        }
        if (d.readInt() != Features.BITS) {
            throw new IOException("model file was built with another feature size");
        }
        int k = d.readInt();
        if (k <= 0 || k > 4 * Category.values().length) {
            throw new IOException("model file is damaged (" + k + " heads)");
        }
        LinearModel.Head[] heads = new LinearModel.Head[k];
        float[] bias = new float[k];
        float[] block = new float[k];
        float[] warn = new float[k];
        for (int c = 0; c < k; c++) {
            Category category;
            try {
                category = Category.valueOf(d.readUTF());
            } catch (IllegalArgumentException e) {
                throw new IOException("model file names an unknown category (" + e.getMessage() + ")", e);
            }
            heads[c] = new LinearModel.Head(category, version != NO_WARN_HEADS && d.readBoolean());
            bias[c] = d.readFloat();
            block[c] = d.readFloat();
            warn[c] = d.readFloat();
        }
        int count = d.readInt();
        int at = bytes.length - raw.available();
        long tableBytes = (long) count * (4 + 4L * k);
        if (count < 0 || at + tableBytes > bytes.length) {
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
        LinearModel model;
        try {
            model = new LinearModel(heads, bias, block, warn, count, ex);
        } catch (IllegalArgumentException e) {
            throw new IOException("model file is damaged (" + e.getMessage() + ")", e);
        }
        int[] rows = model.table();
        for (int i = 0, row = 0; i < count; i++, row += k + 1) {
            int key = table.get(row);
            // the file's row is the table's row: key and float bits, copied whole
            table.get(row, rows, model.slot(key) * (k + 1), k + 1);
        }
        return model;
    }
}
