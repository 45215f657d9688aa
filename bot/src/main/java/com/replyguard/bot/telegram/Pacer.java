package com.replyguard.bot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps outgoing messages within Telegram's limits: about one message a second per chat (with a small burst, so
 * a draft and its verdict go out together) and 30 a second overall. {@link #acquire} blocks until a send is allowed.
 *
 * <p>Thread safety: thread-safe; waits happen outside the lock.
 */
final class Pacer {
    private final double perChatPerSecond;
    private final double chatBurst;
    private final double globalPerSecond;
    private final Map<Long, Bucket> chats = new HashMap<>();
    private final Bucket global;

    Pacer(double perChatPerSecond, int chatBurst, double globalPerSecond) {
        this.perChatPerSecond = perChatPerSecond;
        this.chatBurst = chatBurst;
        this.globalPerSecond = globalPerSecond;
        this.global = new Bucket(globalPerSecond, System.nanoTime());
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
                    chats.values().removeIf(b -> now - b.last > TimeUnit.MINUTES.toNanos(1));
                }
                Bucket chat = chats.computeIfAbsent(chatId, k -> new Bucket(chatBurst, now));
                refill(chat, now, perChatPerSecond, chatBurst);
                refill(global, now, globalPerSecond, globalPerSecond);
                if (chat.tokens >= 1 && global.tokens >= 1) {
                    chat.tokens -= 1;
                    global.tokens -= 1;
                    return;
                }
                double need = Math.max(chat.tokens >= 1 ? 0 : (1 - chat.tokens) / perChatPerSecond,
                        global.tokens >= 1 ? 0 : (1 - global.tokens) / globalPerSecond);
                waitNanos = Math.max(1_000_000L, (long) (need * 1e9));
            }
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    private static void refill(Bucket bucket, long now, double rate, double cap) {
        bucket.tokens = Math.min(cap, bucket.tokens + (now - bucket.last) / 1e9 * rate);
        bucket.last = now;
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }
}
