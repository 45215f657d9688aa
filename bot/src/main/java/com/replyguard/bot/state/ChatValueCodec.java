package com.replyguard.bot.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the values chats remember (the features' records: a draft shown, an entry reference, a proposal...) into
 * JSON with their class name, and back. Only ReplyGuard's own classes and a few plain types are read back; a value
 * that no longer reads (a record changed by an upgrade) is treated as forgotten, so its button says it expired.
 *
 * <p>Thread safety: thread-safe.
 */
final class ChatValueCodec {
    private static final Logger LOG = LoggerFactory.getLogger(ChatValueCodec.class);
    private static final Set<String> PLAIN = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Integer",
            "java.lang.Long");
    private static final String OWN = "com.replyguard.";

    /** A value as stored: its class name and JSON. */
    record Encoded(String type, String json) {
    }

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    Encoded encode(Object value) {
        String type = value.getClass().getName();
        if (!readable(type)) {
            throw new IllegalArgumentException("chat memory cannot keep a " + type + " (only ReplyGuard records)");
        }
        try {
            return new Encoded(type, json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("chat memory cannot keep this " + type + ": " + e.getOriginalMessage(),
                    e);
        }
    }

    Optional<Object> decode(String type, String text) {
        if (!readable(type)) {
            return Optional.empty();
        }
        try {
            Class<?> c = Class.forName(type, false, ChatValueCodec.class.getClassLoader());
            return Optional.of(json.readValue(text, c));
        } catch (ClassNotFoundException | JsonProcessingException | RuntimeException e) {
            LOG.warn("a remembered {} cannot be read any more and is treated as expired: {}", type, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean readable(String type) {
        return PLAIN.contains(type) || type.startsWith(OWN);
    }
}
