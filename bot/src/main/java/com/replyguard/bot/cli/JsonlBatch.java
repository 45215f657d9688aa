package com.replyguard.bot.cli;

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
        Verdict worst = Verdict.OK;
        int lineNo = 0;
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i < input.length && input[i] != '\n') {
                continue;
            }
            lineNo++;
            int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
            JsonNode reply = line(input, start, end, lineNo, handle);
            start = i + 1;
            if (reply == null) {
                continue;
            }
            if (reply.has("verdict")) {
                Verdict v = Verdict.valueOf(reply.get("verdict").asText().toUpperCase(java.util.Locale.ROOT));
                worst = v.compareTo(worst) > 0 ? v : worst;
            }
            out.println(CheckJson.write(mapper, reply));
        }
        out.flush();
        return worst;
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
