package com.replyguard.app.cli.serve;

import com.replyguard.app.Composition;
import com.replyguard.app.cli.ApiJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of ReplyGuard, on the JDK's own {@code com.sun.net.httpserver}: {@code POST /v1/check},
 * {@code /v1/draft}, {@code /v1/ask} (one JSON object, or a JSONL batch with {@code Content-Type:
 * application/x-ndjson}), {@code GET /v1/health}, {@code GET /metrics} and the check page at {@code /}.
 * Every refusal is a JSON {@code {"error": "..."}} with a 4xx status; nothing reaches the caller as a stack trace.
 * This class binds and routes; {@link RequestGuard} admits a request, {@link ApiHandlers} answers it and
 * {@link Responses} writes the reply.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final ApiMetrics metrics;
    private final Responses responses;
    private final RequestGuard guard;
    private final ApiHandlers handlers;
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
        ApiJson api = new ApiJson();
        this.metrics = new ApiMetrics(() -> ApiHandlers.falseAlarmCounts(services));
        this.responses = new Responses(api, metrics);
        this.guard = new RequestGuard(settings, responses);
        this.handlers = new ApiHandlers(services, api, metrics, responses, guard);
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
            if (!guard.cors(ex)) {
                return;
            }
            switch (path) {
                case "/", "/check" -> {
                    endpoint = "page";
                    if (guard.allow(ex, "GET")) {
                        byte[] html = page.render(ex.getRequestURI().getQuery(),
                                ex.getRequestHeaders().getFirst("Accept-Language"));
                        ex.getResponseHeaders().set("Content-Security-Policy",
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'");
                        Responses.send(ex, 200, "text/html; charset=utf-8", html);
                    }
                }
                case "/v1/health" -> {
                    endpoint = "health";
                    if (guard.allow(ex, "GET")) {
                        handlers.health(ex);
                    }
                }
                case "/metrics" -> {
                    endpoint = "metrics";
                    if (guard.allow(ex, "GET") && guard.authorised(ex)) {
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        metrics.write(b);
                        Responses.send(ex, 200, metrics.contentType(), b.toByteArray());
                    }
                }
                case "/v1/check", "/v1/draft", "/v1/ask" -> {
                    endpoint = path.substring(4);
                    if (guard.allow(ex, "POST") && guard.authorised(ex)) {
                        handlers.work(ex, endpoint);
                    }
                }
                default -> responses.error(ex, 404, "no such endpoint: " + path
                        + " (try POST /v1/check, /v1/draft, /v1/ask or GET /v1/health)");
            }
        } catch (RuntimeException e) {
            // A bug, not the caller's fault: logged here with its stack, answered with one sentence.
            LOG.error("{} {} failed", ex.getRequestMethod(), path, e);
            try {
                responses.error(ex, 500, "the server could not handle this request: " + e.getClass().getSimpleName());
            } catch (IOException | RuntimeException ignored) {
                // the response had already started
            }
        } finally {
            metrics.took(endpoint, System.nanoTime() - started);
        }
    }
}
