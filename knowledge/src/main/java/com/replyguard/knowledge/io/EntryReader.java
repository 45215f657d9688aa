package com.replyguard.knowledge.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.text.Notice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads a whole JSONL or CSV import file and validates every record, collecting the problems with their line numbers
 * (the first {@value #MAX_PROBLEMS} of them; the rest are counted)
 * (invalid UTF-8, over-long lines, malformed JSON or CSV, unknown or missing fields, bad values, duplicate ids).
 *
 * <p>Thread safety: stateless apart from the shared immutable codec.
 */
public final class EntryReader {
    /** The longest accepted line (or CSV record) in bytes; longer ones are refused without being kept in memory. */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /** Problems kept with their line and reason; beyond these, problems are only counted. */
    public static final int MAX_PROBLEMS = 1_000;
    /** JSONL lines decoded and parsed at a time: the file itself is never held in memory whole. */
    private static final int CHUNK_LINES = 20_000;

    private final EntryCodec codec;

    public EntryReader(EntryCodec codec) {
        this.codec = codec;
    }

    public ParsedEntries read(InputStream in, Format format, String actor) throws IOException {
        Instant now = Instant.now();
        ProblemLog problems = new ProblemLog(MAX_PROBLEMS);
        List<ParsedEntries.Line> entries;
        if (format == Format.CSV) {
            // CSV keeps a line's carriage return: inside a quoted cell it belongs to the text (a CRLF line break).
            List<String> lines = new ArrayList<>();
            decodeLines(in, problems, true, Integer.MAX_VALUE, (first, chunk) -> lines.addAll(chunk));
            entries = new CsvEntries(codec).parse(lines, now, actor, problems);
        } else {
            List<ParsedEntries.Line> parsed = new ArrayList<>();
            decodeLines(in, problems, false, CHUNK_LINES,
                    (first, chunk) -> parsed.addAll(parseJsonl(chunk, first, now, actor, problems)));
            entries = parsed;
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (ParsedEntries.Line l : entries) {
            Integer prev = firstLine.putIfAbsent(l.entry().id(), l.line());
            if (prev != null) {
                problems.add(new LineProblem(l.line(), l.entry().id(), Notice.of("import.duplicate_id", prev)));
            }
        }
        return new ParsedEntries(entries, problems.sorted(), problems.count());
    }

    private List<ParsedEntries.Line> parseJsonl(List<String> lines, int firstLine, Instant now, String actor,
                                                List<LineProblem> problems) {
        // Lines are independent: parse them on every core (the order of the results is kept).
        Object[] results = new Object[lines.size()];
        IntStream.range(0, lines.size()).parallel()
                .forEach(i -> results[i] = parseLine(lines.get(i), firstLine + i, now, actor));
        List<ParsedEntries.Line> out = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof ParsedEntries.Line l) {
                out.add(l);
            } else if (r instanceof List<?> ps) {
                ps.forEach(x -> problems.add((LineProblem) x));
            }
        }
        return out;
    }

    /** A {@link ParsedEntries.Line}, a list of {@link LineProblem}s, or null for a blank line. */
    private Object parseLine(String line, int lineNo, Instant now, String actor) {
        if (line == null || line.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = codec.mapper().readTree(line);
        } catch (JsonProcessingException ex) {
            return List.of(new LineProblem(lineNo, null, Notice.of("import.malformed_json", ex.getOriginalMessage())));
        }
        try {
            return new ParsedEntries.Line(lineNo, codec.fromJson(node, now, actor));
        } catch (EntryFormatException ex) {
            JsonNode id = node.get("id");
            String idText = id != null && id.isTextual() ? EntryCodec.shorten(id.textValue()) : null;
            return ex.notices().stream().map(p -> new LineProblem(lineNo, idText, p)).toList();
        }
    }

    /** Receives decoded lines a chunk at a time, with the number of the chunk's first line. */
    @FunctionalInterface
    interface Chunks {
        void accept(int firstLine, List<String> lines);
    }

    /**
     * Splits the input into lines and decodes each strictly as UTF-8, handing them to {@code sink} in chunks of
     * {@code chunkLines}. A bad or over-long line becomes a problem and a {@code null} placeholder, so later line
     * numbers stay right.
     */
    static void decodeLines(InputStream in, List<LineProblem> problems, boolean keepCarriageReturn, int chunkLines,
                            Chunks sink) throws IOException {
        List<String> lines = new ArrayList<>();
        int[] firstOfChunk = {1};
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long lineBytes = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lineBytes += i - start;
                    if (lineBytes <= MAX_LINE_BYTES) {
                        current.write(buf, start, i - start);
                    }
                    finishLine(current, firstOfChunk[0] + lines.size(), lineBytes, lines, problems, decoder,
                            keepCarriageReturn);
                    current.reset();
                    if (lines.size() >= chunkLines) {
                        sink.accept(firstOfChunk[0], lines);
                        firstOfChunk[0] += lines.size();
                        lines = new ArrayList<>();
                    }
                    lineBytes = 0;
                    start = i + 1;
                }
            }
            lineBytes += n - start;
            if (lineBytes <= MAX_LINE_BYTES) {
                current.write(buf, start, n - start);
            }
        }
        if (lineBytes > 0) {
            finishLine(current, firstOfChunk[0] + lines.size(), lineBytes, lines, problems, decoder,
                    keepCarriageReturn);
        }
        if (!lines.isEmpty()) {
            sink.accept(firstOfChunk[0], lines);
        }
    }

    private static void finishLine(ByteArrayOutputStream bytes, int lineNo, long lineBytes, List<String> lines,
                                   List<LineProblem> problems, CharsetDecoder decoder, boolean keepCr) {
        if (lineBytes > MAX_LINE_BYTES) {
            problems.add(new LineProblem(lineNo, null, Notice.of("import.line_too_long", lineBytes, MAX_LINE_BYTES)));
            lines.add(null);
            return;
        }
        byte[] b = bytes.toByteArray();
        int len = b.length;
        if (!keepCr && len > 0 && b[len - 1] == '\r') {
            len--;
        }
        int off = 0;
        if (lineNo == 1 && len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            off = 3;
        }
        try {
            lines.add(decoder.reset().decode(ByteBuffer.wrap(b, off, len - off)).toString());
        } catch (CharacterCodingException ex) {
            problems.add(new LineProblem(lineNo, null, Notice.of("import.not_utf8")));
            lines.add(null);
        }
    }
}
