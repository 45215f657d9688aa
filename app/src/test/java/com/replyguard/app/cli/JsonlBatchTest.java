package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.policy.Marketplace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlBatchTest {
    private final ObjectMapper mapper = CheckJson.mapper();

    private ObjectNode echo(String text, Marketplace m) {
        ObjectNode o = mapper.createObjectNode();
        o.put("length", text.length());
        return o;
    }

    /** Lines {"id":"n","text":"xxx…"} generated on the fly: the whole input never exists in memory at once. */
    private static InputStream generated(long lines, int textLength) {
        return new InputStream() {
            private long line;
            private byte[] current = new byte[0];
            private int pos;

            /** Whether bytes are left, starting the next line when the current one is used up. */
            private boolean more() {
                if (pos == current.length) {
                    if (line == lines) {
                        return false;
                    }
                    current = ("{\"id\":\"" + line++ + "\",\"text\":\"" + "x".repeat(textLength) + "\"}\n")
                            .getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return true;
            }

            @Override
            public int read() {
                return more() ? current[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len && more()) {
                    int k = Math.min(len - n, current.length - pos);
                    System.arraycopy(current, pos, b, off + n, k);
                    pos += k;
                    n += k;
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        };
    }

    /** Counts output lines and checks that their ids come in input order, keeping nothing else. */
    private static final class OrderCheck extends Writer {
        long lines;
        boolean inOrder = true;
        private final StringBuilder current = new StringBuilder();

        @Override
        public void write(char[] c, int off, int len) {
            for (int i = off; i < off + len; i++) {
                if (c[i] == '\n') {
                    String l = current.toString();
                    inOrder &= l.startsWith("{\"id\":\"" + lines + "\"");
                    lines++;
                    current.setLength(0);
                } else {
                    current.append(c[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aBatchLargerThanTheHeapStreamsThroughInOrder() throws IOException {
        // 1.3 GB of input against the test JVM's 1 GB heap: only a streaming batch can answer every line.
        long lines = 1_300_000;
        OrderCheck out = new OrderCheck();
        new JsonlBatch(mapper, Marketplace.AMAZON).run(generated(lines, 980), new PrintWriter(out), this::echo);
        assertEquals(lines, out.lines);
        assertTrue(out.inOrder);
    }

    @Test
    void anOverlongLineGetsAnErrorAndTheBatchGoesOn() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write("{\"id\":\"a\",\"text\":\"hello\"}\n".getBytes(StandardCharsets.UTF_8));
        in.write(("{\"id\":\"b\",\"text\":\"" + "y".repeat(JsonlBatch.MAX_LINE_BYTES + 10) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        in.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', 'c', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
            (byte) 0xff, (byte) 0xfe, '"', '}', '\n'});
        in.write("{\"id\":\"d\",\"text\":\"bye\"}".getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        new JsonlBatch(mapper, Marketplace.AMAZON).run(new java.io.ByteArrayInputStream(in.toByteArray()),
                new PrintWriter(out), this::echo);
        List<String> lines = out.toString().lines().toList();
        assertEquals(4, lines.size(), out.toString().substring(0, Math.min(500, out.toString().length())));
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals(5, first.get("length").asInt());
        assertTrue(mapper.readTree(lines.get(1)).get("error").asText().contains("longer than 1 MB"));
        assertTrue(mapper.readTree(lines.get(2)).get("error").asText().contains("not valid UTF-8"));
        assertEquals("d", mapper.readTree(lines.get(3)).get("id").asText());
    }
}
