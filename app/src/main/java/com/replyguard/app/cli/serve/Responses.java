package com.replyguard.app.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.replyguard.app.cli.ApiJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes the API's responses: a body with its type (never sniffed; none for HEAD), JSON, or a counted JSON error. */
record Responses(ApiJson api, ApiMetrics metrics) {
    static final String JSON = "application/json; charset=utf-8";
    static final String NDJSON = "application/x-ndjson; charset=utf-8";

    /** A JSON {@code {"error": message}} with a 4xx or 5xx {@code status}, counted in the metrics. */
    void error(HttpExchange ex, int status, String message) throws IOException {
        metrics.failed(status);
        json(ex, status, api.error(message));
    }

    void json(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, JSON, api.write(body).getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }
}
