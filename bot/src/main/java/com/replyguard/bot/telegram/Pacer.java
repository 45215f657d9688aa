package com.replyguard.bot.telegram;

import com.replyguard.bot.access.TokenBucket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps outgoing messages within Telegram's limits: about one message a second per chat (with a small burst, so
 * a draft and its verdict go out together) and 30 a second overall. {@link #acquire} blocks until a send is allowed.
 * The buckets are {@link TokenBucket}s, the same implementation the per-user rate limit uses.
 *
 * <p>Thread safety: thread-safe; waits happen outside the lock.
 */
final class Pacer {
    private final double perChatPerSecond;
    private final double chatBurst;
    private final double globalPerSecond;
    private final Map<Long, TokenBucket> chats = new HashMap<>();
    private final TokenBucket global;

    Pacer(double perChatPerSecond, int chatBurst, double globalPerSecond) {
        this.perChatPerSecond = perChatPerSecond;
        this.chatBurst = chatBurst;
        this.globalPerSecond = globalPerSecond;
        this.global = new TokenBucket(globalPerSecond, globalPerSecond, System.nanoTime());
    }

    static Pacer telegramDefaults() {
        return new Pacer(1.0, 3, 30.0);
    }

    void acquire(long chatId) throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                if (chats.size() > 10_000) {
                    chats.values().removeIf(b -> now - b.lastUsed() > TimeUnit.MINUTES.toNanos(1));
                }
                TokenBucket chat = chats.computeIfAbsent(chatId,
                        k -> new TokenBucket(perChatPerSecond, chatBurst, now));
                if (chat.available(now) && global.available(now)) {
                    chat.take();
                    global.take();
                    return;
                }
                waitNanos = Math.max(1_000_000L,
                        Math.max(chat.nanosUntilAvailable(now), global.nanosUntilAvailable(now)));
            }
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }
}
