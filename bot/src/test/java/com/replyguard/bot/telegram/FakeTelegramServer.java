package com.replyguard.bot.telegram;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fake Telegram Bot API on 127.0.0.1 for end-to-end tests, driven by the real bot through the real client.
 * It queues updates like Telegram (kept until a getUpdates offset confirms them, long poll held open), answers
 * sendMessage / answerCallbackQuery / setMyCommands / getFile / sendDocument (multipart) and serves files at
 * {@code /file/bot<token>/<path>}. Method names match case-insensitively. Every call is recorded; failures
 * (429 with retry_after, 5xx, other codes) can be queued per method.
 *
 * <p>Usage: {@code try (var api = FakeTelegramServer.start("123:abc")) { api.pushText(1001, "hi");
 * api.awaitCalls("sendMessage", c -> true, 1, Duration.ofSeconds(10)); }}
 *
 * <p>Thread safety: thread-safe.
 */
public final class FakeTelegramServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded API call: the method as sent, its parameters (files as byte[]), and when it arrived. */
    public record Call(String method, Map<String, Object> params, long atNanos) {
        public String text() {
            Object t = params.get("text");
            return t == null ? null : t.toString();
        }

        public long chatId() {
            Object c = params.get("chat_id");
            return c == null ? 0 : Long.parseLong(c.toString());
        }

        public boolean is(String name) {
            return method.equalsIgnoreCase(name);
        }

        /** The id Telegram gave the message this call sent (sendMessage, sendDocument), or 0. */
        public int messageId() {
            Object id = params.get(MESSAGE_ID);
            return id == null ? 0 : ((Number) id).intValue();
        }
    }

    /** Parameter under which a recorded send keeps the message id it was answered with. */
    private static final String MESSAGE_ID = "_message_id";

    private record Failure(int code, Integer retryAfter, String description) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String token;
    private final Object lock = new Object();
    /** A webhook set on the token ("" for none): like Telegram, getUpdates is refused with 409 while one is set. */
    private String webhookUrl = "";
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Call>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final Map<String, Integer> unreadable = new HashMap<>();
    private final Map<String, byte[]> filesByPath = new HashMap<>();
    private final Map<String, String> pathsById = new HashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private long confirmedBelow;

    private FakeTelegramServer(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-telegram");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeTelegramServer start(String token) throws IOException {
        return new FakeTelegramServer(token);
    }

    /** The base address to give the bot as TELEGRAM_API_URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- updates -------------------------------------------------------------------------------------------

    /** Queues a private text message from {@code userId}; returns the update id. */
    public int pushText(long userId, String text) {
        Map<String, Object> msg = message(userId, userId, "private");
        msg.put("text", text);
        return push("message", msg);
    }

    /** Queues a private text message from a user whose app is set to {@code languageCode} (Telegram's tag). */
    public int pushText(long userId, String text, String languageCode) {
        Map<String, Object> msg = message(userId, userId, "private");
        Map<String, Object> from = new LinkedHashMap<>(user(userId));
        from.put("language_code", languageCode);
        msg.put("from", from);
        msg.put("text", text);
        return push("message", msg);
    }

    /** Sets a webhook on the token, as another tool might have: getWebhookInfo reports it until deleteWebhook. */
    public void setWebhook(String url) {
        synchronized (lock) {
            webhookUrl = url;
        }
    }

    /** Queues a text message in a group chat. */
    public int pushGroupText(long userId, long groupId, String text) {
        Map<String, Object> msg = message(userId, groupId, "group");
        msg.put("text", text);
        return push("message", msg);
    }

    /** Queues a press on an inline button with {@code data}, under the message {@code under} sent to the chat. */
    public int pushCallback(long userId, String data, Call under) {
        return pushCallback(userId, data, under.messageId());
    }

    /** Queues a press by {@code userId} on a button with {@code data} under message {@code messageId} of a group. */
    public int pushGroupCallback(long userId, long groupId, String data, int messageId) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", "cb" + nextUpdateId.get());
        q.put("from", user(userId));
        Map<String, Object> msg = message(userId, groupId, "group");
        msg.put("message_id", messageId);
        msg.put("text", "(earlier bot message)");
        q.put("message", msg);
        q.put("chat_instance", "ci" + groupId);
        q.put("data", data);
        return push("callback_query", q);
    }

    /** Queues a press on an inline button with {@code data}, under message {@code messageId} of the user's chat. */
    public int pushCallback(long userId, String data, int messageId) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", "cb" + nextUpdateId.get());
        q.put("from", user(userId));
        Map<String, Object> msg = message(userId, userId, "private");
        msg.put("message_id", messageId);
        msg.put("text", "(earlier bot message)");
        q.put("message", msg);
        q.put("chat_instance", "ci" + userId);
        q.put("data", data);
        return push("callback_query", q);
    }

    public int pushPhoto(long userId) {
        Map<String, Object> msg = message(userId, userId, "private");
        msg.put("photo", List.of(Map.of("file_id", "ph1", "file_unique_id", "uph1", "width", 90, "height", 90,
                "file_size", 1200)));
        return push("message", msg);
    }

    public int pushSticker(long userId) {
        Map<String, Object> msg = message(userId, userId, "private");
        msg.put("sticker", Map.of("file_id", "st1", "file_unique_id", "ust1", "type", "regular", "width", 512,
                "height", 512, "is_animated", false, "is_video", false));
        return push("message", msg);
    }

    /** Queues a document message; the file is served through getFile and the file path. */
    public int pushDocument(long userId, String fileName, String mimeType, byte[] content) {
        String fileId = "doc" + nextUpdateId.get();
        addFile(fileId, "documents/" + fileName, content);
        Map<String, Object> msg = message(userId, userId, "private");
        msg.put("document", Map.of("file_id", fileId, "file_unique_id", "u" + fileId, "file_name", fileName,
                "mime_type", mimeType, "file_size", content.length));
        return push("message", msg);
    }

    /** Queues an update given as raw JSON without its update_id (which is added), for malformed updates. */
    public int pushRaw(String jsonWithoutUpdateId) {
        try {
            Map<String, Object> body = JSON.readValue(jsonWithoutUpdateId, new TypeReference<>() {
            });
            synchronized (lock) {
                int id = nextUpdateId.getAndIncrement();
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("update_id", id);
                u.putAll(body);
                pending.add(u);
                lock.notifyAll();
                return id;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Makes a file downloadable at {@code /file/bot<token>/<path>} and known to getFile. */
    public void addFile(String fileId, String path, byte[] content) {
        synchronized (lock) {
            filesByPath.put(path, content);
            pathsById.put(fileId, path);
        }
    }

    private int push(String kind, Map<String, Object> payload) {
        synchronized (lock) {
            int id = nextUpdateId.getAndIncrement();
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("update_id", id);
            u.put(kind, payload);
            pending.add(u);
            lock.notifyAll();
            return id;
        }
    }

    private Map<String, Object> message(long userId, long chatId, String chatType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message_id", nextMessageId.getAndIncrement());
        m.put("from", user(userId));
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (!"private".equals(chatType)) {
            chat.put("title", "Team chat");
        }
        m.put("chat", chat);
        m.put("date", (int) (System.currentTimeMillis() / 1000));
        return m;
    }

    private static Map<String, Object> user(long userId) {
        return Map.of("id", userId, "is_bot", false, "first_name", "Agent" + userId);
    }

    /** Updates not yet confirmed by an offset. */
    public int unconfirmed() {
        synchronized (lock) {
            return pending.size();
        }
    }

    // ---- failures and records ------------------------------------------------------------------------------

    /** The next {@code times} calls of {@code method} fail with {@code code} and Telegram's {@code description}. */
    public void failNextWith(String method, int code, String description, int times) {
        synchronized (lock) {
            Deque<Failure> q = failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                q.add(new Failure(code, null, description));
            }
        }
    }

    /** The next {@code times} calls of {@code method} fail with {@code code} ({@code retryAfter} for 429). */
    public void failNext(String method, int code, Integer retryAfter, int times) {
        synchronized (lock) {
            Deque<Failure> q = failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
            for (int i = 0; i < times; i++) {
                q.add(new Failure(code, retryAfter, code == 429 ? "Too Many Requests: retry after " + retryAfter
                        : code >= 500 ? "Internal Server Error" : "Bad Request: injected failure"));
            }
        }
    }

    /**
     * The next {@code times} calls of {@code method} succeed with an answer the library cannot map to its result
     * type ({@code "ok": true} with an empty list): accepted by "Telegram", unreadable for the client.
     */
    public void answerUnreadably(String method, int times) {
        synchronized (lock) {
            unreadable.merge(method.toLowerCase(Locale.ROOT), times, Integer::sum);
        }
    }

    /** Calls {@code listener} for every API call as it arrives (on the server's threads). */
    public void addListener(java.util.function.Consumer<Call> listener) {
        listeners.add(listener);
    }

    private void record(Call call) {
        calls.add(call);
        for (java.util.function.Consumer<Call> l : listeners) {
            l.accept(call);
        }
    }

    /** Whether to keep every call (turn off for long benchmarks so memory stays flat). */
    public void keepCalls(boolean keep) {
        this.keepCalls = keep;
    }

    private volatile boolean keepCalls = true;

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.is(method)).toList();
    }

    /** Messages sent to a chat, in order. */
    public List<Call> sentTo(long chatId) {
        return calls.stream().filter(c -> c.is("sendMessage") && c.chatId() == chatId).toList();
    }

    /** Waits until at least {@code count} calls of {@code method} match; returns them. */
    public List<Call> awaitCalls(String method, Predicate<Call> match, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls.stream().filter(c -> c.is(method) && match.test(c)).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + method + " calls, got " + found.size()
                        + "; all calls: " + summary());
            }
            Thread.sleep(20);
        }
    }

    /** A short list of the calls so far, for failure messages. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Call c : calls) {
            if (c.is("getUpdates")) {
                continue;
            }
            String t = c.text();
            sb.append("\n  ").append(c.method()).append(' ').append(c.params().get("chat_id")).append(' ')
                    .append(t == null ? "" : t.substring(0, Math.min(60, t.length())).replace('\n', ' '));
        }
        return sb.toString();
    }

    // ---- HTTP --------------------------------------------------------------------------------------------------

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String filePrefix = "/file/bot" + token + "/";
            if (path.startsWith(filePrefix)) {
                byte[] content;
                synchronized (lock) {
                    content = filesByPath.get(path.substring(filePrefix.length()));
                }
                record(new Call("download", Map.of("path", path.substring(filePrefix.length())),
                        System.nanoTime()));
                if (content == null) {
                    respond(ex, 404, error(404, "Not Found"));
                } else {
                    ex.sendResponseHeaders(200, content.length);
                    ex.getResponseBody().write(content);
                }
                return;
            }
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                respond(ex, 401, error(401, "Unauthorized"));
                return;
            }
            String method = path.substring(prefix.length());
            Map<String, Object> params = params(ex);
            String lower = method.toLowerCase(Locale.ROOT);
            if (lower.equals("sendmessage") || lower.equals("senddocument") || lower.equals("sendphoto")) {
                params.put(MESSAGE_ID, nextMessageId.getAndIncrement()); // known to the test with the call
            }
            Call call = new Call(method, params, System.nanoTime());
            if (keepCalls) {
                record(call);
            } else {
                for (java.util.function.Consumer<Call> l : listeners) {
                    l.accept(call);
                }
            }
            Failure f;
            synchronized (lock) {
                Deque<Failure> q = failures.get(method.toLowerCase(Locale.ROOT));
                f = q == null ? null : q.poll();
            }
            boolean garble;
            synchronized (lock) {
                garble = unreadable.getOrDefault(method.toLowerCase(Locale.ROOT), 0) > 0;
                if (garble) {
                    unreadable.merge(method.toLowerCase(Locale.ROOT), -1, Integer::sum);
                }
            }
            if (f == null && garble) {
                respond(ex, 200, Map.of("ok", true, "result", List.of()));
                return;
            }
            if (f != null) {
                Map<String, Object> body = error(f.code(), f.description());
                if (f.retryAfter() != null) {
                    body.put("parameters", Map.of("retry_after", f.retryAfter()));
                }
                respond(ex, f.code(), body);
                return;
            }
            String hook;
            synchronized (lock) {
                hook = webhookUrl;
            }
            if (lower.equals("getupdates") && !hook.isEmpty()) {
                respond(ex, 409, error(409, "Conflict: can't use getUpdates method while webhook is active;"
                        + " use deleteWebhook to delete the webhook first"));
                return;
            }
            Object result = switch (method.toLowerCase(Locale.ROOT)) {
                case "getupdates" -> getUpdates(params);
                case "sendmessage", "senddocument", "sendphoto", "editmessagetext" -> sentMessage(params);
                case "getfile" -> getFile(params);
                case "getwebhookinfo" -> webhookInfo();
                case "deletewebhook" -> {
                    synchronized (lock) {
                        webhookUrl = "";
                    }
                    yield Boolean.TRUE;
                }
                case "getme" -> Map.of("id", 42, "is_bot", true, "first_name", "ReplyGuard", "username",
                        "replyguard_test_bot");
                default -> Boolean.TRUE;
            };
            if (result == null) {
                respond(ex, 400, error(400, "Bad Request: invalid file_id"));
                return;
            }
            Map<String, Object> ok = new LinkedHashMap<>();
            ok.put("ok", true);
            ok.put("result", result);
            respond(ex, 200, ok);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<Map<String, Object>> getUpdates(Map<String, Object> p) throws InterruptedException {
        long offset = p.get("offset") == null ? 0 : Long.parseLong(p.get("offset").toString());
        int limit = p.get("limit") == null ? 100 : Integer.parseInt(p.get("limit").toString());
        long timeout = p.get("timeout") == null ? 0 : Long.parseLong(p.get("timeout").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        synchronized (lock) {
            if (offset > 0) {
                confirmedBelow = Math.max(confirmedBelow, offset);
                pending.removeIf(u -> ((Number) u.get("update_id")).longValue() < offset);
            }
            while (pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return List.of();
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return new ArrayList<>(pending.subList(0, Math.min(limit, pending.size())));
        }
    }

    private Map<String, Object> sentMessage(Map<String, Object> p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message_id", p.containsKey(MESSAGE_ID) ? p.get(MESSAGE_ID) : nextMessageId.getAndIncrement());
        Object chatId = p.getOrDefault("chat_id", "0");
        m.put("chat", Map.of("id", Long.parseLong(chatId.toString()), "type", "private"));
        m.put("date", (int) (System.currentTimeMillis() / 1000));
        m.put("from", Map.of("id", 42, "is_bot", true, "first_name", "ReplyGuard"));
        if (p.get("text") != null) {
            m.put("text", p.get("text").toString());
        }
        if (p.get("document") instanceof byte[]) {
            m.put("document", Map.of("file_id", "sent" + m.get("message_id"), "file_unique_id",
                    "usent" + m.get("message_id")));
        }
        return m;
    }

    private Map<String, Object> webhookInfo() {
        synchronized (lock) {
            return Map.of("url", webhookUrl, "has_custom_certificate", false, "pending_update_count", pending.size());
        }
    }

    private Map<String, Object> getFile(Map<String, Object> p) {
        String id = String.valueOf(p.get("file_id"));
        synchronized (lock) {
            String path = pathsById.get(id);
            if (path == null) {
                return null;
            }
            return Map.of("file_id", id, "file_unique_id", "u" + id, "file_size", filesByPath.get(path).length,
                    "file_path", path);
        }
    }

    private static Map<String, Object> error(int code, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", false);
        m.put("error_code", code);
        m.put("description", description);
        return m;
    }

    private static void respond(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static Map<String, Object> params(HttpExchange ex) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        String query = ex.getRequestURI().getRawQuery();
        if (query != null) {
            out.putAll(form(query));
        }
        byte[] body = readAll(ex.getRequestBody());
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        type = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return out;
        }
        if (type.startsWith("application/json")) {
            Map<String, Object> json = JSON.readValue(body, new TypeReference<>() {
            });
            json.forEach((k, v) -> out.put(k, v instanceof Map || v instanceof List ? toJson(v) : v));
        } else if (type.startsWith("multipart/form-data")) {
            String raw = ex.getRequestHeaders().getFirst("Content-Type");
            String boundary = raw.substring(raw.toLowerCase(Locale.ROOT).indexOf("boundary=") + 9).replace("\"", "");
            int semi = boundary.indexOf(';');
            Map<String, Object> parts = Multipart.parse(body, semi < 0 ? boundary : boundary.substring(0, semi));
            out.putAll(parts);
            // The Bot API lets a field name another part: document=attach://name. Resolve it like Telegram does.
            for (Map.Entry<String, Object> e : parts.entrySet()) {
                if (e.getValue() instanceof String v && v.startsWith("attach://")) {
                    String ref = v.substring("attach://".length());
                    if (parts.get(ref) instanceof byte[] bytes) {
                        out.put(e.getKey(), bytes);
                        out.put(e.getKey() + ".filename", parts.getOrDefault(ref + ".filename", ref));
                    }
                }
            }
        } else {
            out.putAll(form(new String(body, StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static String toJson(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> form(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        in.transferTo(bos);
        return bos.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
