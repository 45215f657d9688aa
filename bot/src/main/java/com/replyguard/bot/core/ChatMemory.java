package com.replyguard.bot.core;

import java.util.Optional;

/**
 * What chats remember between inputs: values behind buttons (under ids unique for the life of the data directory,
 * each bound to the messages its buttons were sent on), free-form per-chat values, and the text each user of a
 * chat is expected to send next. Entries live for the configured chat memory time.
 *
 * <p>Implementations: {@code state.SqliteChatMemory} (durable, in {@code bot-state.db}) and
 * {@link MemoryChatMemory} (one process, for tests). Thread-safe.
 */
public interface ChatMemory {
    /** Keeps {@code value} for buttons in {@code chatId} and returns its id (digits only, never reused). */
    String remember(long chatId, Object value);

    /**
     * The value under {@code id}, when it belongs to {@code chatId}, is still within its lifetime and, once bound to
     * messages, {@code messageId} is one of them ({@code 0}: the adapter does not know the message).
     */
    Optional<Object> recall(long chatId, String id, long messageId);

    /** Records that buttons referring to {@code id} were sent on message {@code messageId} of {@code chatId}. */
    void attach(long chatId, String id, long messageId);

    /** Sets a per-chat value; {@code null} removes it. */
    void put(long chatId, String key, Object value);

    Optional<Object> get(long chatId, String key);

    /** Makes {@code userId}'s next plain text in {@code chatId} go to a text mode; {@code null} cancels. */
    void awaitText(long chatId, long userId, ChatState.Awaited awaited);

    /** The text mode {@code userId} is in within {@code chatId}, cleared as it is taken. */
    Optional<ChatState.Awaited> takeAwaited(long chatId, long userId);

    /** The numeric id in a button's payload, or null for anything else (a marketplace name, a crafted string). */
    static Long parseId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(id);
    }

    /** Ids start above the clock's milliseconds, so they never repeat, even after the state file was restored. */
    static long firstId(long nowMillis, long highestIssued) {
        return Math.max(nowMillis, highestIssued + 1);
    }
}
