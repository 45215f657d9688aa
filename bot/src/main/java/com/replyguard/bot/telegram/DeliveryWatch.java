package com.replyguard.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the sender that Telegram accepted a message the moment its answer arrives on the HTTP connection, before
 * the library parses it and hands it back. The bot records a reply as sent from here, which leaves a kill the
 * shortest possible window to land between Telegram accepting a reply and the bot knowing it (a reply caught in
 * that window goes out again after the restart).
 *
 * <p>A message is recognised by its chat and text in the request body; one that is not (a document, or a library
 * that builds its requests differently) is simply recorded when the call returns, as before.
 *
 * <p>Thread safety: thread-safe; the interceptor runs on the HTTP client's threads.
 */
public final class DeliveryWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWatch.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Key(String chatId, String text) {
    }

    private final ConcurrentHashMap<Key, Expectation> expected = new ConcurrentHashMap<>();
    /** getUpdates calls on the wire: a stopping bot cancels them instead of waiting out the long poll. */
    private final java.util.Set<okhttp3.Call> polls = ConcurrentHashMap.newKeySet();

    /** One message being sent; close it when the call is over. */
    public final class Expectation implements AutoCloseable {
        private final Key key;
        private final Runnable onDelivered;
        private volatile boolean delivered;

        private Expectation(Key key, Runnable onDelivered) {
            this.key = key;
            this.onDelivered = onDelivered;
        }

        /** Whether Telegram's answer said the message was accepted. */
        public boolean delivered() {
            return delivered;
        }

        private void deliver() {
            if (delivered) {
                return;
            }
            delivered = true;
            try {
                onDelivered.run();
            } catch (RuntimeException e) {
                LOG.error("recording a delivered message failed: {}", e.getMessage());
            }
        }

        @Override
        public void close() {
            expected.remove(key, this);
        }
    }

    /** Watches for the message {@code text} to chat {@code chatId}; {@code onDelivered} runs once when accepted. */
    public Expectation expect(long chatId, String text, Runnable onDelivered) {
        Expectation e = new Expectation(new Key(Long.toString(chatId), text), onDelivered);
        expected.put(e.key, e);
        return e;
    }

    /**
     * The HTTP client's interceptor: reads each answer whole (see {@link TelegramClients#create(com.replyguard.bot.config.BotConfig,
     * DeliveryWatch)} for why) and
     * reports accepted messages that are being watched.
     */
    Interceptor interceptor() {
        return chain -> {
            Request request = chain.request();
            if (request.url().encodedPath().toLowerCase(Locale.ROOT).endsWith("/getupdates")) {
                polls.add(chain.call());
                try {
                    return readWhole(chain.proceed(request));
                } finally {
                    polls.remove(chain.call());
                }
            }
            Key key = expected.isEmpty() ? null : keyOf(request);
            Response response = chain.proceed(request);
            ResponseBody body = response.body();
            if (body == null) {
                return response;
            }
            byte[] bytes;
            try (body) {
                bytes = body.bytes();
            }
            if (key != null && response.code() == 200) {
                Expectation e = expected.get(key);
                if (e != null && accepted(bytes)) {
                    e.deliver();
                }
            }
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        };
    }

    private static Response readWhole(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        byte[] bytes;
        try (body) {
            bytes = body.bytes();
        }
        return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }

    /**
     * Cancels the long polls on the wire (a bot that is stopping): their calls fail at once instead of holding the
     * shutdown for the rest of the poll timeout. Messages being sent are left to finish.
     */
    public void cancelPolls() {
        polls.forEach(okhttp3.Call::cancel);
    }

    private static Key keyOf(Request request) {
        String path = request.url().encodedPath();
        if (!path.toLowerCase(Locale.ROOT).endsWith("/sendmessage") || request.body() == null) {
            return null;
        }
        try {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            JsonNode node = JSON.readTree(buffer.readUtf8());
            if (node == null || !node.hasNonNull("chat_id") || !node.hasNonNull("text")) {
                return null;
            }
            return new Key(node.get("chat_id").asText(), node.get("text").asText());
        } catch (IOException | RuntimeException e) {
            return null; // not a body this watch understands: the call's return records the message instead
        }
    }

    /** A whole answer saying {@code "ok": true}; a cut-off or garbled body proves nothing. */
    private static boolean accepted(byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(bytes);
            return node != null && node.path("ok").asBoolean(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
