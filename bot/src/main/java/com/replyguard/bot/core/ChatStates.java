package com.replyguard.bot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** The per-chat states, forgotten after a period without use. Thread-safe. */
public final class ChatStates {
    private final Cache<Long, ChatState> cache;

    public ChatStates(Duration idleExpiry, long maxChats, Ticker ticker) {
        this.cache = Caffeine.newBuilder().expireAfterAccess(idleExpiry).maximumSize(maxChats).ticker(ticker)
                .build();
    }

    public ChatStates(Duration idleExpiry) {
        this(idleExpiry, 100_000, Ticker.systemTicker());
    }

    public ChatState of(long chatId) {
        return cache.get(chatId, ChatState::new);
    }
}
