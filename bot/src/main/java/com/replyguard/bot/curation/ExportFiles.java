package com.replyguard.bot.curation;

import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.Reply;
import com.replyguard.knowledge.io.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Fits an export under the chat's upload limit (Telegram: 50 MB, reached near 37,000 entries): as it is when it
 * fits, else gzip-compressed ({@code .gz}, which every system opens and {@code kb import} of the CLI reads after
 * {@code gunzip}), else the compressed file cut into numbered parts that {@code cat} joins back (documented in the
 * caption). The JDK's gzip is used: a library would add nothing.
 */
final class ExportFiles {
    private ExportFiles() {
    }

    static List<Reply> fit(Context ctx, String name, byte[] raw, int entries, Format format, long limit) {
        if (raw.length <= limit) {
            return List.of(new Reply.Document(name, raw, ctx.t("cur.export.caption", entries, format.id())));
        }
        byte[] gz = gzip(raw);
        String gzName = name + ".gz";
        if (gz.length <= limit) {
            return List.of(new Reply.Document(gzName, gz, ctx.t("cur.export.caption_gz", entries, format.id(),
                    megabytes(raw.length), megabytes(gz.length))));
        }
        int parts = (int) ((gz.length + limit - 1) / limit);
        List<Reply> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            int from = (int) (i * limit);
            byte[] part = Arrays.copyOfRange(gz, from, (int) Math.min(gz.length, from + limit));
            String partName = gzName + ".part" + (i + 1) + "of" + parts;
            out.add(new Reply.Document(partName, part, ctx.t("cur.export.caption_part", entries, format.id(), i + 1,
                    parts, gzName)));
        }
        return out;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.2f", bytes / (1024.0 * 1024.0));
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(Math.max(64, raw.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(bos, 64 * 1024)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bos.toByteArray();
    }
}
