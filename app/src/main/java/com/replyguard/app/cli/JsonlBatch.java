package com.replyguard.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/**
 * The {@code --jsonl} batch of check, draft and ask: each non-blank input line is a JSON object {@code {"id",
 * "marketplace", "text"}} and gives one output line with the same id, in the same order; a bad line gives
 * {@code {"id": ..., "error": ...}} and the batch goes on.
 */
final class JsonlBatch {
    /** The longest line a batch reads: far more than any draft, small enough to keep memory flat. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final ObjectMapper mapper;
    private final Marketplace defaultSite;

    JsonlBatch(ObjectMapper mapper, Marketplace defaultSite) {
        this.mapper = mapper;
        this.defaultSite = defaultSite;
    }

    /**
     * Runs every line through {@code handle} ((text, marketplace) to the result object, without the id; an
     * IllegalArgumentException's message becomes the line's error) and returns the worst top-level
     * {@code verdict} seen (OK when none).
     */
    Verdict run(byte[] input, PrintWriter out, BiFunction<String, Marketplace, ObjectNode> handle) {
        try {
            return run(new java.io.ByteArrayInputStream(input), out, handle);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Streams the batch: one line is read, handled and written at a time, so memory stays flat whatever the size
     * of the input (a 100 MB audit works like a 1 KB one). A line longer than {@value #MAX_LINE_BYTES} bytes is
     * skipped unread with an error line; output is flushed whenever no more input is waiting.
     */
    Verdict run(java.io.InputStream input, PrintWriter out, BiFunction<String, Marketplace, ObjectNode> handle)
            throws java.io.IOException {
        Bytes in = new Bytes(input);
        Verdict worst = Verdict.OK;
        int lineNo = 0;
        byte[] buf = new byte[8192];
        while (true) {
            int len = 0;
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (len == buf.length) {
                    if (len >= MAX_LINE_BYTES) {
                        tooLong = true;
                        continue; // keep reading to the end of the line without keeping it
                    }
                    buf = java.util.Arrays.copyOf(buf, Math.min(MAX_LINE_BYTES, len * 2));
                }
                buf[len++] = (byte) b;
            }
            if (b < 0 && len == 0 && !tooLong) {
                break;
            }
            lineNo++;
            int end = len > 0 && buf[len - 1] == '\r' ? len - 1 : len;
            JsonNode reply = tooLong
                    ? CheckJson.error(mapper, null, "line " + lineNo + " is longer than " + (MAX_LINE_BYTES >> 20)
                            + " MB; split it into smaller drafts")
                    : line(buf, 0, end, lineNo, handle);
            if (buf.length > 1 << 16) {
                buf = new byte[8192]; // give a long line's buffer back
            }
            if (reply != null) {
                if (reply.has("verdict")) {
                    Verdict v = Verdict.valueOf(reply.get("verdict").asText().toUpperCase(java.util.Locale.ROOT));
                    worst = v.compareTo(worst) > 0 ? v : worst;
                }
                out.println(CheckJson.write(mapper, reply));
                if (in.available() == 0) {
                    out.flush();
                }
            }
            if (b < 0) {
                break;
            }
        }
        out.flush();
        return worst;
    }

    /**
     * The input read a buffer at a time and handed out a byte at a time. Unlike a BufferedInputStream, whose every
     * read() takes a lock, a byte costs an array access: a 1 GB batch spent most of its time in those locks.
     *
     * <p>Thread safety: one reading thread.
     */
    private static final class Bytes {
        private final java.io.InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;

        Bytes(java.io.InputStream in) {
            this.in = in;
        }

        /** The next byte (0..255), or -1 at the end of the input. */
        int read() throws java.io.IOException {
            while (pos == limit) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    return -1;
                }
                pos = 0;
                limit = n;
            }
            return buf[pos++] & 0xff;
        }

        /** Bytes that can be read without waiting: what is buffered plus what the input says it holds. */
        int available() throws java.io.IOException {
            int buffered = limit - pos;
            return buffered > 0 ? buffered : in.available();
        }
    }

    private JsonNode line(byte[] input, int start, int end, int lineNo,
                          BiFunction<String, Marketplace, ObjectNode> handle) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return CheckJson.error(mapper, null, "line " + lineNo + " is not valid UTF-8 text");
        }
        if (line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return CheckJson.error(mapper, null, "line " + lineNo + " is not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return CheckJson.error(mapper, null, "line " + lineNo + " is not a JSON object");
        }
        JsonNode id = node.get("id");
        JsonNode textNode = node.get("text");
        if (textNode == null || !textNode.isTextual()) {
            return CheckJson.error(mapper, id, "line " + lineNo + " has no \"text\" string");
        }
        Marketplace site = defaultSite;
        String m = CheckCommand.field(node, "marketplace");
        try {
            if (m != null && !m.isBlank()) {
                site = Marketplace.parse(m);
            }
            ObjectNode result = mapper.createObjectNode();
            result.set("id", id);
            result.setAll(handle.apply(textNode.textValue(), site));
            return result;
        } catch (IllegalArgumentException e) {
            return CheckJson.error(mapper, id, e.getMessage());
        } catch (RuntimeException e) {
            // One odd line must not stop the batch; the message names the problem, not a stack trace.
            return CheckJson.error(mapper, id, "line " + lineNo + " could not be handled: " + e);
        }
    }
}
