package com.replyguard.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.policy.CheckResult;
import com.replyguard.policy.Finding;

/** The check result as the JSON of the contract; non-ASCII is escaped so output survives any terminal encoding. */
final class CheckJson {
    private CheckJson() {
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    }

    static ObjectNode result(ObjectMapper mapper, JsonNode id, String text, CheckResult r) {
        ObjectNode o = mapper.createObjectNode();
        if (id != null) {
            o.set("id", id);
        }
        o.put("marketplace", r.marketplace().id());
        o.put("language", r.language().code());
        o.put("script", r.script().code());
        o.put("verdict", r.verdict().id());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            putFinding(findings.addObject(), f);
        }
        o.put("fixed", r.fixed());
        return o;
    }

    /** One finding in the contract's shape (shared by check and draft output). */
    static ObjectNode putFinding(ObjectNode n, Finding f) {
        n.put("rule", f.rule());
        n.put("category", f.category().name());
        n.put("severity", f.severity().id());
        n.put("start", f.start());
        n.put("end", f.end());
        n.put("excerpt", f.excerpt());
        n.put("message", f.message());
        n.put("source", f.source());
        n.put("fix", f.fix());
        return n;
    }

    static ObjectNode error(ObjectMapper mapper, JsonNode id, String message) {
        ObjectNode o = mapper.createObjectNode();
        o.set("id", id == null ? mapper.nullNode() : id);
        o.put("error", message);
        return o;
    }

    static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
