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
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of ReplyGuard, on the JDK's own {@code com.sun.net.httpserver}: {@code POST /v1/check},
 * {@code /v1/draft}, {@code /v1/ask} (one JSON object, or a JSONL batch with {@code Content-Type:
 * application/x-ndjson}), {@code GET /v1/health}, {@code GET /metrics} and the check page at {@code /}.
 * Every refusal is a JSON {@code {"error": "..."}} with a 4xx status; nothing reaches the caller as a stack trace.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String NDJSON = "application/x-ndjson; charset=utf-8";

    private final Composition services;
    private final ServeSettings settings;
    private final ApiJson api = new ApiJson();
    private final ApiMetrics metrics;
    private final CheckPage page = new CheckPage();
    private final HttpServer server;
    private final ExecutorService workers;

    /**
     * Binds {@code host:port} ({@code port} 0 picks a free one). Refuses a non-loopback address when no API token
     * is configured, so the API is never open to the network by accident.
     */
    public ApiServer(Composition services, ServeSettings settings, String host, int port, int threads) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve the host '" + host + "'");
        }
        if (!address.getAddress().isLoopbackAddress() && settings.tokens().isEmpty()) {
            throw new IllegalArgumentException("serving on " + host + " (not loopback) needs an API token: add"
                    + " serve.tokens to the config or set REPLYGUARD_API_TOKENS (see docs/serve.md)");
        }
        this.services = services;
        this.settings = settings;
        this.metrics = new ApiMetrics(this::falseAlarmCounts);
        this.server = HttpServer.create(address, 64);
        this.workers = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("replyguard-http-", 1)
                .daemon(true).factory());
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    /** The address actually bound, as {@code http://host:port}. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        long started = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        String endpoint = "other";
        try (ex) {
            if (!cors(ex)) {
                return;
            }
            switch (path) {
                case "/", "/check" -> {
                    endpoint = "page";
                    if (allow(ex, "GET")) {
                        byte[] html = page.render(ex.getRequestURI().getQuery(),
                                ex.getRequestHeaders().getFirst("Accept-Language"));
                        ex.getResponseHeaders().set("Content-Security-Policy",
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'");
                        send(ex, 200, "text/html; charset=utf-8", html);
                    }
                }
                case "/v1/health" -> {
                    endpoint = "health";
                    if (allow(ex, "GET")) {
                        health(ex);
                    }
                }
                case "/metrics" -> {
                    endpoint = "metrics";
                    if (allow(ex, "GET") && authorised(ex)) {
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        metrics.write(b);
                        send(ex, 200, metrics.contentType(), b.toByteArray());
                    }
                }
                case "/v1/check", "/v1/draft", "/v1/ask" -> {
                    endpoint = path.substring(4);
                    if (allow(ex, "POST") && authorised(ex)) {
                        work(ex, endpoint);
                    }
                }
                default -> error(ex, 404, "no such endpoint: " + path
                        + " (try POST /v1/check, /v1/draft, /v1/ask or GET /v1/health)");
            }
        } catch (RuntimeException e) {
            // A bug, not the caller's fault: logged here with its stack, answered with one sentence.
            LOG.error("{} {} failed", ex.getRequestMethod(), path, e);
            try {
                error(ex, 500, "the server could not handle this request: " + e.getClass().getSimpleName());
            } catch (IOException | RuntimeException ignored) {
                // the response had already started
            }
        } finally {
            metrics.took(endpoint, System.nanoTime() - started);
        }
    }

    private void work(HttpExchange ex, String endpoint) throws IOException {
        byte[] body = readBody(ex);
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
                send(ex, 200, NDJSON, out.toByteArray());
            }
            case "application/json", "text/plain" -> single(ex, endpoint, body, defaultSite);
            default -> error(ex, 415, "send application/json (one object) or application/x-ndjson (a batch), not "
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
            error(ex, 400, "the body is not valid UTF-8 text");
            return;
        } catch (JsonProcessingException e) {
            error(ex, 400, "the body is not a JSON object: " + e.getOriginalMessage());
            return;
        }
        if (node == null || !node.isObject()) {
            error(ex, 400, "the body must be a JSON object such as {\"marketplace\": \"amazon\", \"text\": \"...\"}");
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            error(ex, 400, "the body has no \"text\" string");
            return;
        }
        String problem = ApiJson.problem(text.textValue());
        if (problem != null) {
            error(ex, 400, problem);
            return;
        }
        Marketplace site = defaultSite;
        JsonNode m = node.get("marketplace");
        if (m != null && !m.isNull()) {
            try {
                site = Marketplace.parse(m.asText());
            } catch (IllegalArgumentException e) {
                error(ex, 400, e.getMessage());
                return;
            }
        }
        ObjectNode result = api.mapper().createObjectNode();
        if (node.has("id")) {
            result.set("id", node.get("id"));
        }
        result.setAll(run(endpoint, text.textValue(), site));
        send(ex, 200, JSON, api.write(result).getBytes(StandardCharsets.UTF_8));
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

    private void health(HttpExchange ex) throws IOException {
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
        send(ex, status, JSON, api.write(o).getBytes(StandardCharsets.UTF_8));
    }

    private long[] falseAlarmCounts() {
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

    /** Reads the body, refusing (413) one larger than the limit; null when an error was sent. */
    private byte[] readBody(HttpExchange ex) throws IOException {
        int limit = settings.maxBodyBytes();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limit) {
                    error(ex, 413, "the request body is larger than " + limit + " bytes; send smaller batches");
                    return null;
                }
            } catch (NumberFormatException e) {
                error(ex, 400, "Content-Length is not a number");
                return null;
            }
        }
        InputStream in = ex.getRequestBody();
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            error(ex, 413, "the request body is larger than " + limit + " bytes; send smaller batches");
            return null;
        }
        return body;
    }

    private boolean allow(HttpExchange ex, String method) throws IOException {
        if (ex.getRequestMethod().equals(method) || method.equals("GET") && ex.getRequestMethod().equals("HEAD")) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", method);
        error(ex, 405, ex.getRequestMethod() + " is not allowed here; use " + method);
        return false;
    }

    /** With tokens configured, {@code Authorization: Bearer TOKEN} must name one of them (401 otherwise). */
    private boolean authorised(HttpExchange ex) throws IOException {
        if (settings.tokens().isEmpty()) {
            return true;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        if (settings.accepts(presented)) {
            return true;
        }
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"replyguard\"");
        error(ex, 401, presented == null ? "this server needs an API token: send Authorization: Bearer TOKEN"
                : "the API token is not one this server accepts");
        return false;
    }

    /**
     * CORS is off unless origins are configured: then a listed origin gets the allow headers and its preflight
     * (OPTIONS) is answered; anything else gets no CORS headers, so browsers keep other sites out. Returns false
     * when the exchange was answered here.
     */
    private boolean cors(HttpExchange ex) throws IOException {
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
            error(ex, 403, "cross-origin requests are not allowed from " + (origin == null ? "here" : origin)
                    + " (serve.cors_origins in the config)");
        }
        return false;
    }

    private void error(HttpExchange ex, int status, String message) throws IOException {
        metrics.failed(status);
        send(ex, status, JSON, api.write(api.error(message)).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            ex.getResponseBody().write(body);
        }
    }
}
