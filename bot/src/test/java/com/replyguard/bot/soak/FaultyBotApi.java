package com.replyguard.bot.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Telegram Bot API on 127.0.0.1 that injects faults ({@link Faults}) into its answers, for soak tests of the
 * real bot. Updates are queued with {@link #sendText}; getUpdates is a real long poll honouring offset/limit/timeout;
 * every successful send (sendMessage, editMessageText, sendDocument...) is recorded per chat. A failed answer (5xx,
 * 429, dropped, malformed) records nothing: the message counts as not delivered, so the bot must retry it.
 *
 * <p>Thread safety: all methods may be called from any thread while the bot is polling.
 */
public final class FaultyBotApi implements AutoCloseable {
    /** Methods that are never faulted: start-up housekeeping the bot may treat as best-effort. */
    private static final Set<String> HOUSEKEEPING = Set.of("getme", "setmycommands", "deletewebhook", "close", "logout",
            "deletemycommands", "setchatmenubutton");
    private static final Set<String> DELIVERIES = Set.of("sendmessage", "editmessagetext", "senddocument", "sendphoto",
            "editmessagereplymarkup");

    /** A message the bot delivered. */
    public record Sent(long chatId, String method, String text, long atNanos) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentSkipListMap<Long, ObjectNode> pending = new ConcurrentSkipListMap<>();
    private final Map<Long, Long> firstHandedOut = new ConcurrentHashMap<>();
    private final Map<Long, List<Sent>> sentByChat = new ConcurrentHashMap<>();
    private final Map<Faults.Kind, AtomicLong> injected = new EnumMap<>(Faults.Kind.class);
    private final AtomicLong nextUpdateId = new AtomicLong(1000);
    private final Object queueLock = new Object();
    private final AtomicLong nextMessageId = new AtomicLong(1);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong deliveries = new AtomicLong();
    private final AtomicLong firstPoll = new AtomicLong();
    private final Object arrivals = new Object();
    private final Random random;
    private volatile Faults faults;
    private volatile boolean closed;

    public FaultyBotApi(String token, Faults faults, long seed) throws IOException {
        this.token = token;
        this.faults = faults;
        this.random = new Random(seed);
        for (Faults.Kind k : Faults.Kind.values()) {
            injected.put(k, new AtomicLong());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** The base address to give the bot as TELEGRAM_API_URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void faults(Faults faults) {
        this.faults = faults;
    }

    /** Queues a private text message from {@code userId} and returns its update id. */
    public long sendText(long userId, String text) {
        // Ids are handed out and queued under one lock, like Telegram: were a later id visible before an earlier
        // one, getUpdates could return it first, and the bot's next offset would confirm the earlier update
        // before anyone saw it (the soak counted that as a lost update).
        synchronized (queueLock) {
            return queueText(userId, text);
        }
    }

    private long queueText(long userId, String text) {
        long id = nextUpdateId.getAndIncrement();
        ObjectNode update = json.createObjectNode().put("update_id", id);
        ObjectNode message = update.putObject("message");
        message.put("message_id", nextMessageId.getAndIncrement()).put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", userId).put("type", "private").put("first_name", "Agent" + userId);
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Agent" + userId)
                .put("language_code", "en");
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        pending.put(id, update);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
        return id;
    }

    /** Messages delivered to one chat so far (a copy). */
    public List<Sent> sentTo(long chatId) {
        List<Sent> list = sentByChat.get(chatId);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return List.copyOf(list);
        }
    }

    public int sentCount(long chatId) {
        List<Sent> list = sentByChat.get(chatId);
        if (list == null) {
            return 0;
        }
        synchronized (list) {
            return list.size();
        }
    }

    /**
     * Waits until {@code count} messages have been delivered to the chat, or the timeout passes; true when they
     * have. Waiting threads sleep until a delivery to their chat (a polling loop per simulated agent would take
     * the CPU the bot under measurement needs).
     */
    public boolean awaitSent(long chatId, int count, long timeoutMillis) throws InterruptedException {
        List<Sent> list = sentByChat.computeIfAbsent(chatId, k -> new ArrayList<>());
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (list) {
            while (list.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(list, left);
            }
            return true;
        }
    }

    /** When getUpdates first handed the update out (System.nanoTime), or null if it never did. */
    public Long handedOutAt(long updateId) {
        return firstHandedOut.get(updateId);
    }

    /** Updates not yet confirmed by a later offset. */
    public int unconfirmed() {
        return pending.size();
    }

    /** System.nanoTime of the first getUpdates call that got an answer, or 0 before that. */
    public long firstPollNanos() {
        return firstPoll.get();
    }

    public long requests() {
        return requests.get();
    }

    public long deliveries() {
        return deliveries.get();
    }

    public Map<Faults.Kind, Long> injected() {
        Map<Faults.Kind, Long> copy = new EnumMap<>(Faults.Kind.class);
        injected.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            JsonNode params = params(ex);
            Faults.Kind fault = HOUSEKEEPING.contains(method) ? Faults.Kind.NONE : roll();
            injected.get(fault).incrementAndGet();
            switch (fault) {
                case SERVER_ERROR -> {
                    reply(ex, 502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
                    return;
                }
                case TOO_MANY -> {
                    int after = faults.retryAfterSeconds();
                    reply(ex, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                            + after + "\",\"parameters\":{\"retry_after\":" + after + "}}");
                    return;
                }
                case DROPPED -> {
                    ex.sendResponseHeaders(200, 4096);
                    ex.getResponseBody().write("{\"ok\":true,\"res".getBytes(StandardCharsets.UTF_8));
                    ex.getResponseBody().flush();
                    return; // closing now, 4,080 bytes short: the client sees a broken connection
                }
                case MALFORMED -> {
                    reply(ex, 200, "{\"ok\":true,\"result\":{\"message_id\":");
                    return;
                }
                case STALL -> sleep(faults.stallMillis());
                case NONE -> { }
            }
            reply(ex, 200, answer(method, params));
        } catch (RuntimeException e) {
            reply(ex, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                    + e.getClass().getSimpleName() + "\"}");
        }
    }

    private Faults.Kind roll() {
        double r;
        synchronized (random) {
            r = random.nextDouble();
        }
        return faults.pick(r);
    }

    private String answer(String method, JsonNode params) throws IOException {
        switch (method) {
            case "getupdates" -> {
                return getUpdates(params);
            }
            case "getme" -> {
                return "{\"ok\":true,\"result\":{\"id\":7000000001,\"is_bot\":true,\"first_name\":\"ReplyGuard\","
                        + "\"username\":\"replyguard_test_bot\"}}";
            }
            case "getwebhookinfo" -> {
                // No webhook set, as for a bot that polls. A bare "result":true is unreadable as a WebhookInfo: the
                // bot then retried its start-up check with back-off for 15 s at every start before polling.
                return "{\"ok\":true,\"result\":{\"url\":\"\",\"has_custom_certificate\":false,"
                        + "\"pending_update_count\":" + pending.size() + "}}";
            }
            default -> {
                if (DELIVERIES.contains(method)) {
                    return deliver(method, params);
                }
                return "{\"ok\":true,\"result\":true}";
            }
        }
    }

    private String deliver(String method, JsonNode params) throws IOException {
        long chatId = params.path("chat_id").asLong();
        String text = params.path("text").asText(params.path("caption").asText(""));
        List<Sent> list = sentByChat.computeIfAbsent(chatId, k -> new ArrayList<>());
        synchronized (list) {
            list.add(new Sent(chatId, method, text, System.nanoTime()));
            list.notifyAll();
        }
        deliveries.incrementAndGet();
        ObjectNode result = json.createObjectNode();
        result.put("message_id", params.has("message_id") ? params.path("message_id").asLong() : nextMessageId.getAndIncrement())
                .put("date", System.currentTimeMillis() / 1000).put("text", text);
        result.putObject("chat").put("id", chatId).put("type", "private");
        result.putObject("from").put("id", 7000000001L).put("is_bot", true).put("first_name", "ReplyGuard");
        return "{\"ok\":true,\"result\":" + json.writeValueAsString(result) + "}";
    }

    private String getUpdates(JsonNode params) throws IOException {
        firstPoll.compareAndSet(0, System.nanoTime());
        long offset = params.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long timeoutMillis = Math.min(50, Math.max(0, params.path("timeout").asLong(0))) * 1000;
        if (offset > 0) {
            pending.headMap(offset).clear(); // Telegram forgets updates below a confirmed offset
        }
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!closed) {
            List<ObjectNode> batch;
            synchronized (queueLock) {
                batch = pending.tailMap(offset == 0 ? Long.MIN_VALUE : offset).values().stream().limit(limit).toList();
            }
            if (!batch.isEmpty() || System.currentTimeMillis() >= deadline) {
                ArrayNode result = json.createArrayNode();
                long now = System.nanoTime();
                for (ObjectNode u : batch) {
                    firstHandedOut.putIfAbsent(u.path("update_id").asLong(), now);
                    result.add(u);
                }
                return "{\"ok\":true,\"result\":" + json.writeValueAsString(result) + "}";
            }
            synchronized (arrivals) {
                try {
                    arrivals.wait(Math.max(1, Math.min(200, deadline - System.currentTimeMillis())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return "{\"ok\":true,\"result\":[]}";
    }

    /** Parameters from a JSON body, a form body, a multipart body (text fields only) or the query string. */
    private JsonNode params(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).toLowerCase(Locale.ROOT);
        ObjectNode out = json.createObjectNode();
        if (type.contains("json") && body.length > 0) {
            JsonNode node = json.readTree(body);
            return node.isObject() ? node : out;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (type.contains("multipart")) {
            for (String part : text.split("Content-Disposition: form-data; name=\"")) {
                int q = part.indexOf('"');
                int start = part.indexOf("\r\n\r\n");
                if (q > 0 && start > 0 && !part.substring(0, start).contains("filename=")) {
                    int end = part.indexOf("\r\n--", start + 4);
                    out.put(part.substring(0, q), part.substring(start + 4, end < 0 ? part.length() : end));
                }
            }
            return out;
        }
        String query = ex.getRequestURI().getRawQuery();
        String form = (query == null ? "" : query) + "&" + (type.contains("form") ? text : "");
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
        server.stop(0);
        pool.shutdownNow();
    }
}
