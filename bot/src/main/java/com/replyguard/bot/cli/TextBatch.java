package com.replyguard.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.policy.Marketplace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiFunction;

/**
 * The {@code --jsonl} batch loop: one JSON object per input line ({@code id}, {@code marketplace}, {@code text}),
 * one result per output line with the same id, in order; a bad line gives {@code {"id": ..., "error": ...}} and
 * the batch goes on.
 */
final class TextBatch {
    private final ObjectMapper json;

    TextBatch(ObjectMapper json) {
        this.json = json;
    }

    /** Runs the batch; {@code handle} turns (text, marketplace) into the result object, without the id. */
    void run(BufferedReader in, PrintWriter out, Marketplace defaultMarketplace,
             BiFunction<String, Marketplace, ObjectNode> handle) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode id = null;
            ObjectNode result;
            try {
                JsonNode row = json.readTree(line);
                if (row == null || !row.isObject()) {
                    throw new IllegalArgumentException("line " + lineNo + " is not a JSON object");
                }
                id = row.get("id");
                JsonNode text = row.get("text");
                if (text == null || !text.isTextual()) {
                    throw new IllegalArgumentException("line " + lineNo + " has no \"text\" string");
                }
                JsonNode m = row.get("marketplace");
                Marketplace marketplace = m == null || m.isNull() || m.asText().isBlank() ? defaultMarketplace
                        : Marketplace.parse(m.asText());
                result = json.createObjectNode();
                result.set("id", id);
                result.setAll(handle.apply(text.asText(), marketplace));
            } catch (IOException e) {
                result = error(id, "line " + lineNo + " is not valid JSON");
            } catch (RuntimeException e) {
                result = error(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            out.println(json.writeValueAsString(result));
            out.flush();
        }
    }

    private ObjectNode error(JsonNode id, String message) {
        ObjectNode o = json.createObjectNode();
        o.set("id", id);
        o.put("error", message);
        return o;
    }
}
