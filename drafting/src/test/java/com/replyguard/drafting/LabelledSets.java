package com.replyguard.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads the labelled JSONL sets under src/test/resources. */
public final class LabelledSets {
    public record Row(String lang, String marketplace, String label, String text) {
    }

    private LabelledSets() {
    }

    public static List<Row> read(String resource, String labelField) {
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LabelledSets.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    rows.add(new Row(n.get("lang").asText(), n.get("marketplace").asText(), n.get(labelField).asText(),
                            n.get("text").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
