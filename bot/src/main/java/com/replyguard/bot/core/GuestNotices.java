package com.replyguard.bot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * When an unknown user was last told the bot is not for them: they are told at most once per {@link #PERIOD}, so a
 * stranger who keeps writing (or a bot scanning for open bots) gets one polite sentence a day, not one per message.
 * The Telegram bot keeps it in {@code bot-state.db} so a restart does not reset it.
 *
 * <p>Thread safety: implementations are thread-safe.
 */
public interface GuestNotices {
    Duration PERIOD = Duration.ofDays(1);

    /** True, and recorded, when {@code userId} was not told within {@link #PERIOD} before {@code now}. */
    boolean claim(long userId, Instant now);

    /** Kept in memory only (the terminal, tests without a state file). */
    static GuestNotices inMemory() {
        ConcurrentMap<Long, Instant> told = new ConcurrentHashMap<>();
        return (userId, now) -> {
            boolean[] claimed = {false};
            told.compute(userId, (id, last) -> {
                if (last != null && now.isBefore(last.plus(PERIOD))) {
                    return last;
                }
                claimed[0] = true;
                return now;
            });
            return claimed[0];
        };
    }
}
