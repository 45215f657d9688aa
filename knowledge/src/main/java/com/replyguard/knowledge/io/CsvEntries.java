package com.replyguard.knowledge.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.text.Notice;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV form of entries: a header row with the contract's field names (any order on import, all of them on
 * export), list fields joined with {@code " | "}, empty cells for nulls.
 */
final class CsvEntries {
    static final String LIST_SEPARATOR = " | ";

    private final EntryCodec codec;
    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    CsvEntries(EntryCodec codec) {
        this.codec = codec;
    }

    List<ParsedEntries.Line> parse(List<String> lines, Instant now, String actor, List<LineProblem> problems) {
        List<ParsedEntries.Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l == null ? "" : l).append('\n');
        }
        if (text.toString().isBlank()) {
            return out;
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class).with(schema)
                .readValues(new StringReader(text.toString()))) {
            CsvSchema header = (CsvSchema) it.getParser().getSchema();
            if (!checkHeader(header, problems)) {
                return out;
            }
            while (true) {
                int lineNo = Math.max(1, it.getParser().currentLocation().getLineNr());
                Map<String, String> row;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    row = it.nextValue();
                } catch (RuntimeException | IOException ex) {
                    problems.add(new LineProblem(lineNo, null, Notice.of("import.malformed_csv_stop", message(ex))));
                    break;
                }
                ObjectNode node = toNode(row);
                try {
                    out.add(new ParsedEntries.Line(lineNo, codec.fromJson(node, now, actor)));
                } catch (EntryFormatException ex) {
                    String id = row.get("id");
                    for (Notice p : ex.notices()) {
                        problems.add(new LineProblem(lineNo, id == null || id.isBlank() ? null
                                : EntryCodec.shorten(id), p));
                    }
                }
            }
        } catch (IOException | RuntimeException ex) {
            problems.add(new LineProblem(1, null, Notice.of("import.malformed_csv", message(ex))));
        }
        return out;
    }

    private static boolean checkHeader(CsvSchema header, List<LineProblem> problems) {
        List<String> unknown = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CsvSchema.Column c : header) {
            names.add(c.getName());
            if (!EntryCodec.FIELDS.contains(c.getName())) {
                unknown.add(c.getName());
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("id", "kind", "marketplaces", "language", "body")) {
            if (!names.contains(required)) {
                missing.add(required);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new LineProblem(1, null, Notice.of("import.unknown_columns", unknown.toString(),
                    String.join(",", EntryCodec.FIELDS))));
        }
        if (!missing.isEmpty()) {
            problems.add(new LineProblem(1, null, Notice.of("import.missing_columns", missing.toString())));
        }
        return unknown.isEmpty() && missing.isEmpty();
    }

    private ObjectNode toNode(Map<String, String> row) {
        ObjectNode node = codec.mapper().createObjectNode();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String name = cell.getKey();
            String value = SpreadsheetSafe.fromCell(cell.getValue());
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (EntryCodec.LIST_FIELDS.contains(name)) {
                ArrayNode arr = node.putArray(name);
                for (String part : value.split(" \\| ", -1)) {
                    String p = part.strip();
                    if (!p.isEmpty()) {
                        arr.add(p);
                    }
                }
            } else if (name.equals("version") && value.strip().matches("\\d{1,9}")) {
                node.put(name, Integer.parseInt(value.strip()));
            } else {
                node.put(name, value);
            }
        }
        return node;
    }

    void write(List<Entry> entries, Writer out) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        EntryCodec.FIELDS.forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader();
        try (var seq = csv.writer(schema).writeValues(out)) {
            for (Entry e : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                ObjectNode json = codec.toJson(e);
                for (String f : EntryCodec.FIELDS) {
                    var v = json.get(f);
                    if (v == null || v.isNull()) {
                        row.put(f, "");
                    } else if (v.isArray()) {
                        List<String> items = new ArrayList<>();
                        v.forEach(x -> items.add(x.asText()));
                        row.put(f, SpreadsheetSafe.toCell(String.join(LIST_SEPARATOR, items)));
                    } else {
                        row.put(f, SpreadsheetSafe.toCell(v.asText()));
                    }
                }
                seq.write(row);
            }
        }
    }

    private static String message(Exception ex) {
        String m = ex instanceof JsonProcessingException jp ? jp.getOriginalMessage() : ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
