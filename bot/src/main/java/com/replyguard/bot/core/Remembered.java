package com.replyguard.bot.core;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A value behind buttons: the chat it belongs to, when it was remembered (epoch milliseconds), and the messages its
 * buttons were sent on (empty until the adapter reports them).
 */
public record Remembered(long chatId, Object value, long atMillis, Set<Long> messages) {
    public Remembered {
        messages = Set.copyOf(messages);
    }

    /** The same value, also bound to {@code messageId}. */
    public Remembered attach(long messageId) {
        Set<Long> more = new LinkedHashSet<>(messages);
        more.add(messageId);
        return new Remembered(chatId, value, atMillis, more);
    }

    /** True for a press in {@code chat} on one of its messages (any message while none is known). */
    public boolean fits(long chat, long messageId) {
        return chatId == chat && (messageId == 0 || messages.isEmpty() || messages.contains(messageId));
    }

    public boolean fresh(long nowMillis, Duration lifetime) {
        return nowMillis - atMillis < lifetime.toMillis();
    }
}
