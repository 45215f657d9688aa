package com.replyguard.bot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Short-lived memory of one chat: what a button or the next pasted text refers to. Values behind buttons are kept
 * under short ids (callback data holds the id, never the text); the oldest are forgotten first.
 *
 * <p>Thread safety: synchronized; a chat is normally handled by one thread at a time anyway.
 */
public final class ChatState {
    private static final int MAX_REMEMBERED = 32;

    private final long chatId;
    private final Map<String, Object> remembered = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };
    private final Map<String, Object> attributes = new java.util.HashMap<>();
    private final Map<Long, Awaited> awaited = new java.util.HashMap<>();
    private final String epoch;
    private long nextId = 1;

    /**
     * {@code epoch} starts every id this state hands out: a value new for each run of the bot, so a button under a
     * message sent before a restart can never name what a new draft was remembered under.
     */
    public ChatState(long chatId, String epoch) {
        this.chatId = chatId;
        this.epoch = epoch;
    }

    public ChatState(long chatId) {
        this(chatId, "");
    }

    public long chatId() {
        return chatId;
    }

    /** Keeps {@code value} for later button presses and returns its short id (a few characters). */
    public synchronized String remember(Object value) {
        String id = epoch + Long.toString(nextId++, 36);
        remembered.put(id, value);
        return id;
    }

    /** The value remembered under {@code id}, if it is still there and of the given type. */
    public synchronized <T> Optional<T> recall(String id, Class<T> type) {
        Object v = remembered.get(id);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /**
     * Makes {@code userId}'s next plain text in this chat go to the text mode {@code mode} (with an optional
     * reference id). Kept per user: in a group, another member's text never answers what this user was asked.
     */
    public synchronized void awaitText(long userId, String mode, String ref) {
        awaited.put(userId, new Awaited(mode, ref));
    }

    /** The text mode {@code userId} was asked for, cleared as it is taken. */
    public synchronized Optional<Awaited> takeAwaited(long userId) {
        return Optional.ofNullable(awaited.remove(userId));
    }

    public synchronized Optional<String> awaitedMode(long userId) {
        Awaited a = awaited.get(userId);
        return a == null ? Optional.empty() : Optional.of(a.mode());
    }

    /** Free-form per-chat values for features (key names should start with the feature's name). */
    public synchronized void put(String key, Object value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    public synchronized <T> Optional<T> get(String key, Class<T> type) {
        Object v = attributes.get(key);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /** A pending text mode and what it refers to ({@code ref} may be null). */
    public record Awaited(String mode, String ref) {
    }
}
