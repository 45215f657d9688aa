package com.replyguard.bot.access;

/**
 * One token bucket: holds up to {@code capacity} tokens and refills continuously at {@code perSecond}; a request
 * takes one token. It is the project's single token-bucket implementation: {@link RateLimiter} (per user, refuses
 * when dry) and the Telegram sender's pacer (per chat and overall, waits when dry) are policies built on it. Time is
 * passed in as {@link System#nanoTime()}-style nanoseconds, so callers choose the clock and tests can drive it.
 *
 * <p>Thread safety: not thread-safe; callers hold their own lock.
 */
public final class TokenBucket {
    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    /** A full bucket at time {@code now}. */
    public TokenBucket(double perSecond, double capacity, long now) {
        if (!(perSecond > 0) || !(capacity >= 1)) {
            throw new IllegalArgumentException("a token bucket needs a rate > 0 and a capacity >= 1: " + perSecond
                    + "/s, capacity " + capacity);
        }
        this.perNano = perSecond / 1e9;
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = now;
    }

    /** Whether a token is there at {@code now} (after refilling); takes nothing. */
    public boolean available(long now) {
        refill(now);
        return tokens >= 1;
    }

    /** Takes one token; call only after {@link #available} said yes under the same lock. */
    public void take() {
        tokens -= 1;
    }

    /** Takes a token if one is there at {@code now}. */
    public boolean tryTake(long now) {
        if (available(now)) {
            take();
            return true;
        }
        return false;
    }

    /** Nanoseconds from {@code now} until a token is there (0 if one is now). */
    public long nanosUntilAvailable(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    /** The time of the last refill, that is of the last use. */
    public long lastUsed() {
        return last;
    }

    private void refill(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
