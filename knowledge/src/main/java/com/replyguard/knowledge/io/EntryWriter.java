package com.replyguard.knowledge.io;

import com.replyguard.knowledge.entry.Entry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes entries as JSONL (one contract object per line, every field) or CSV (header + one row per entry). */
public final class EntryWriter {
    private final EntryCodec codec;

    public EntryWriter(EntryCodec codec) {
        this.codec = codec;
    }

    /** Writes and flushes, leaving {@code out} open. */
    public void write(List<Entry> entries, Format format, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == Format.CSV) {
            new CsvEntries(codec).write(entries, new NonClosingWriter(w));
        } else {
            for (Entry e : entries) {
                w.write(codec.toJsonLine(e));
                w.write('\n');
            }
        }
        w.flush();
    }

    /** Jackson closes the writer it is given; the caller owns the stream. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
