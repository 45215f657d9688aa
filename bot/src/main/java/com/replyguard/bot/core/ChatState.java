package com.replyguard.bot.core;

import java.util.Optional;

/**
 * One input's view of its chat's memory (see {@link ChatMemory}): values behind buttons, per-chat values, and the
 * text this user is expected to send next. A button press recalls only values its own message was sent with.
 *
 * <p>Thread safety: one view per input; the memory behind it is thread-safe.
 */
public final class ChatState {
    private final ChatMemory memory;
    private final long chatId;
    private final long userId;
    private final long messageId;

    /** {@code messageId}: the message a pressed button is on, 0 for other inputs. */
    public ChatState(ChatMemory memory, long chatId, long userId, long messageId) {
        this.memory = memory;
        this.chatId = chatId;
        this.userId = userId;
        this.messageId = messageId;
    }

    public long chatId() {
        return chatId;
    }

    /** Keeps {@code value} for later button presses and returns its short id (digits, never reused). */
    public String remember(Object value) {
        return memory.remember(chatId, value);
    }

    /** The value remembered under {@code id}, if it is still there, of the given type, and this input may see it. */
    public <T> Optional<T> recall(String id, Class<T> type) {
        return memory.recall(chatId, id, messageId).filter(type::isInstance).map(type::cast);
    }

    /** Makes this user's next plain text in this chat go to the text mode {@code mode} (with an optional ref). */
    public void awaitText(String mode, String ref) {
        memory.awaitText(chatId, userId, new Awaited(mode, ref));
    }

    /** This user's awaited text mode in this chat, cleared as it is taken. */
    public Optional<Awaited> takeAwaited() {
        return memory.takeAwaited(chatId, userId);
    }

    /** Free-form per-chat values for features (key names should start with the feature's name). */
    public void put(String key, Object value) {
        memory.put(chatId, key, value);
    }

    public <T> Optional<T> get(String key, Class<T> type) {
        return memory.get(chatId, key).filter(type::isInstance).map(type::cast);
    }

    /** A pending text mode and what it refers to ({@code ref} may be null). */
    public record Awaited(String mode, String ref) {
    }
}
