package com.replyguard.bot.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** The per-chat states, forgotten after a period without use. Thread-safe. */
public final class ChatStates {
    private final Cache<Long, ChatState> cache;
    /** New for every run (a restart or a deploy): ids of buttons sent before it can never be handed out again. */
    private final String epoch = epoch();

    public ChatStates(Duration idleExpiry, long maxChats, Ticker ticker) {
        this.cache = Caffeine.newBuilder().expireAfterAccess(idleExpiry).maximumSize(maxChats).ticker(ticker)
                .build();
    }

    public ChatStates(Duration idleExpiry) {
        this(idleExpiry, 100_000, Ticker.systemTicker());
    }

    public ChatState of(long chatId) {
        return cache.get(chatId, id -> new ChatState(id, epoch));
    }

    private static String epoch() {
        long r = new java.security.SecureRandom().nextLong() & 0x7fffffffffffL;
        String s = Long.toString(r, 36);
        return s.substring(0, Math.min(6, s.length())) + "-";
    }
}
