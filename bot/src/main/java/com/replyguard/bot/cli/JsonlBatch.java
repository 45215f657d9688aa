package com.replyguard.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.Verdict;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The {@code --jsonl} batch: one result (or error) line per non-blank input line, same id, same order. */
final class JsonlBatch {
    private final ComplianceChecker checker;
    private final ObjectMapper mapper;
    private final Marketplace defaultSite;

    JsonlBatch(ComplianceChecker checker, ObjectMapper mapper, Marketplace defaultSite) {
        this.checker = checker;
        this.mapper = mapper;
        this.defaultSite = defaultSite;
    }

    /** Runs every line and returns the worst verdict seen (OK when none). */
    Verdict run(byte[] input, PrintWriter out) {
        if (input.length > InputText.MAX_BYTES) {
            throw new CheckCommand.InputProblem("the batch is larger than 2 MB; split it into smaller files.");
        }
        Verdict worst = Verdict.OK;
        int lineNo = 0;
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i < input.length && input[i] != '\n') {
                continue;
            }
            lineNo++;
            int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
            JsonNode reply = line(input, start, end, lineNo);
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
        return worst;
    }

    private JsonNode line(byte[] input, int start, int end, int lineNo) {
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
            return CheckJson.error(mapper, id, "line " + lineNo + " has no \"text\" string to check");
        }
        String text = textNode.textValue();
        String problem = InputText.problem(text);
        if (problem != null) {
            return CheckJson.error(mapper, id, problem);
        }
        Marketplace site = defaultSite;
        String m = CheckCommand.field(node, "marketplace");
        if (m != null && !m.isBlank()) {
            try {
                site = Marketplace.parse(m);
            } catch (IllegalArgumentException e) {
                return CheckJson.error(mapper, id, e.getMessage());
            }
        }
        try {
            CheckResult r = checker.check(text, site);
            return CheckJson.result(mapper, id, text, r);
        } catch (RuntimeException e) {
            // One odd draft must not stop the batch; the message names the problem, not a stack trace.
            return CheckJson.error(mapper, id, "could not check this draft: " + e);
        }
    }
}
