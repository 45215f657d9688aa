package com.replyguard.bot.logging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects bytes up to a line end (or a flush) and writes the line with {@link Redaction#apply} applied. Lines are
 * read as ISO-8859-1, one char per byte, so any encoding passes through unchanged and only the (ASCII) secrets
 * change.
 *
 * <p>Thread safety: synchronized.
 */
final class LineRedactor extends OutputStream {
    private static final int MAX_LINE = 64 * 1024;
    private final OutputStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineRedactor(OutputStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n' || b == '\r' || line.size() >= MAX_LINE) {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        target.close();
    }

    private void emit() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String raw = line.toString(StandardCharsets.ISO_8859_1);
        line.reset();
        target.write(Redaction.apply(raw).getBytes(StandardCharsets.ISO_8859_1));
    }
}
