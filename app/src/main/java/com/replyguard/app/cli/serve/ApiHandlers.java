package com.replyguard.app.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.replyguard.app.Composition;
import com.replyguard.app.cli.ApiJson;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.reports.RuleReportCounts;
import com.replyguard.policy.Marketplace;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The API's handlers, after {@link RequestGuard} let the request through: check, draft and ask (one JSON object or a
 * JSONL batch, each text checked for size and content first) and health. Bad input is a 4xx with one sentence.
 */
final class ApiHandlers {
    private final Composition services;
    private final ApiJson api;
    private final ApiMetrics metrics;
    private final Responses responses;
    private final RequestGuard guard;

    ApiHandlers(Composition services, ApiJson api, ApiMetrics metrics, Responses responses, RequestGuard guard) {
        this.services = services;
        this.api = api;
        this.metrics = metrics;
        this.responses = responses;
        this.guard = guard;
    }

    /** Answers a POST to /v1/check, /v1/draft or /v1/ask ({@code endpoint}): one JSON object, or a JSONL batch. */
    void work(HttpExchange ex, String endpoint) throws IOException {
        byte[] body = guard.readBody(ex);
        if (body == null) {
            return;
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        String mime = type == null ? "application/json" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Marketplace defaultSite = endpoint.equals("check") ? Marketplace.ALL : Marketplace.AMAZON;
        switch (mime) {
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                    api.batch(new ByteArrayInputStream(body), w, defaultSite, (text, m) -> run(endpoint, text, m));
                }
                Responses.send(ex, 200, Responses.NDJSON, out.toByteArray());
            }
            case "application/json", "text/plain" -> single(ex, endpoint, body, defaultSite);
            default -> responses.error(ex, 415, "send application/json (one object) or application/x-ndjson (a batch), not "
                    + mime);
        }
    }

    private void single(HttpExchange ex, String endpoint, byte[] body, Marketplace defaultSite) throws IOException {
        JsonNode node;
        try {
            node = api.mapper().readTree(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            responses.error(ex, 400, "the body is not valid UTF-8 text");
            return;
        } catch (JsonProcessingException e) {
            responses.error(ex, 400, "the body is not a JSON object: " + e.getOriginalMessage());
            return;
        }
        if (node == null || !node.isObject()) {
            responses.error(ex, 400, "the body must be a JSON object such as {\"marketplace\": \"amazon\", \"text\": \"...\"}");
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            responses.error(ex, 400, "the body has no \"text\" string");
            return;
        }
        String problem = ApiJson.problem(text.textValue());
        if (problem != null) {
            responses.error(ex, 400, problem);
            return;
        }
        Marketplace site = defaultSite;
        JsonNode m = node.get("marketplace");
        if (m != null && !m.isNull()) {
            try {
                site = Marketplace.parse(m.asText());
            } catch (IllegalArgumentException e) {
                responses.error(ex, 400, e.getMessage());
                return;
            }
        }
        ObjectNode result = api.mapper().createObjectNode();
        if (node.has("id")) {
            result.set("id", node.get("id"));
        }
        result.setAll(run(endpoint, text.textValue(), site));
        responses.json(ex, 200, result);
    }

    private ObjectNode run(String endpoint, String text, Marketplace m) {
        return switch (endpoint) {
            case "check" -> {
                ObjectNode r = api.check(services, text, m);
                metrics.checked(r.path("verdict").asText("ok"));
                yield r;
            }
            case "draft" -> {
                ObjectNode r = api.draft(services, text, m);
                metrics.drafted();
                yield r;
            }
            default -> {
                ObjectNode r = api.ask(services, text, m);
                metrics.asked();
                yield r;
            }
        };
    }

    /** GET /v1/health: the rules, the team model, and whether the knowledge base is open and its index in sync. */
    void health(HttpExchange ex) throws IOException {
        ObjectNode o = api.mapper().createObjectNode();
        int status = 200;
        o.put("status", "ok");
        o.put("rules", services.checker().current().rules().size());
        o.put("team_model", services.checker().usesTeamModel());
        ObjectNode k = o.putObject("knowledge");
        try {
            KnowledgeBase kb = services.knowledge();
            KnowledgeBase.Status s = kb.status();
            k.put("generation", kb.generation());
            k.put("entries", s.entries());
            k.put("change_seq", s.changeSeq());
            k.put("index_seq", s.indexSeq());
            k.put("index_in_sync", s.changeSeq() == s.indexSeq());
            if (s.changeSeq() != s.indexSeq()) {
                o.put("status", "degraded");
            }
        } catch (RuntimeException e) {
            o.put("status", "down");
            k.put("error", "the knowledge base cannot be opened: " + e.getMessage());
            status = 503;
        }
        responses.json(ex, status, o);
    }

    /** Pending, approved and rejected false-alarm reports over all rules, or null when they cannot be read. */
    static long[] falseAlarmCounts(Composition services) {
        try {
            long[] n = new long[3];
            for (RuleReportCounts c : services.knowledge().reports().falseAlarmsPerRule()) {
                n[0] += c.pending();
                n[1] += c.approved();
                n[2] += c.rejected();
            }
            return n;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
