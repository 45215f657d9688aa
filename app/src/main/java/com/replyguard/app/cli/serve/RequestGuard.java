package com.replyguard.app.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a request must pass before a handler sees it: CORS (off unless origins are configured), the HTTP method, the
 * API token when tokens are configured, and the body size limit. Each refusal is answered here with its status.
 */
final class RequestGuard {
    private final ServeSettings settings;
    private final Responses responses;

    RequestGuard(ServeSettings settings, Responses responses) {
        this.settings = settings;
        this.responses = responses;
    }

    /** Reads the body, refusing (413) one larger than the limit; null when an error was sent. */
    byte[] readBody(HttpExchange ex) throws IOException {
        int limit = settings.maxBodyBytes();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limit) {
                    responses.error(ex, 413, "the request body is larger than " + limit + " bytes; send smaller batches");
                    return null;
                }
            } catch (NumberFormatException e) {
                responses.error(ex, 400, "Content-Length is not a number");
                return null;
            }
        }
        InputStream in = ex.getRequestBody();
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            responses.error(ex, 413, "the request body is larger than " + limit + " bytes; send smaller batches");
            return null;
        }
        return body;
    }

    boolean allow(HttpExchange ex, String method) throws IOException {
        if (ex.getRequestMethod().equals(method) || method.equals("GET") && ex.getRequestMethod().equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", method);
        responses.error(ex, 405, ex.getRequestMethod() + " is not allowed here; use " + method);
        return false;
    }

    /** With tokens configured, {@code Authorization: Bearer TOKEN} must name one of them (401 otherwise). */
    boolean authorised(HttpExchange ex) throws IOException {
        if (settings.tokens().isEmpty()) {
            return true;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        if (settings.accepts(presented)) {
            return true;
        }
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"replyguard\"");
        responses.error(ex, 401, presented == null ? "this server needs an API token: send Authorization: Bearer TOKEN"
                : "the API token is not one this server accepts");
        return false;
    }

    /**
     * CORS is off unless origins are configured: then a listed origin gets the allow headers and its preflight
     * (OPTIONS) is answered; anything else gets no CORS headers, so browsers keep other sites out. Returns false
     * when the exchange was answered here.
     */
    boolean cors(HttpExchange ex) throws IOException {
        String origin = ex.getRequestHeaders().getFirst("Origin");
        boolean allowed = origin != null && settings.corsOrigins().contains(origin);
        if (allowed) {
            ex.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            ex.getResponseHeaders().set("Vary", "Origin");
        }
        if (!ex.getRequestMethod().equals("OPTIONS")) {
            return true;
        }
        if (allowed) {
            ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            ex.getResponseHeaders().set("Access-Control-Allow-Headers", "Authorization, Content-Type");
            ex.getResponseHeaders().set("Access-Control-Max-Age", "600");
            ex.sendResponseHeaders(204, -1);
        } else {
            responses.error(ex, 403, "cross-origin requests are not allowed from " + (origin == null ? "here" : origin)
                    + " (serve.cors_origins in the config)");
        }
        return false;
    }
}
