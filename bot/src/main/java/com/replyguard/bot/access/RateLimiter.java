package com.replyguard.bot.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * A {@link TokenBucket} per user: {@code burst} requests at once, refilled at {@code perMinute}. When a user runs dry the
 * first refusal says so and later ones are silent, so a flood does not turn into a flood of warnings.
 *
 * <p>Thread safety: thread-safe.
 */
public final class RateLimiter {
    /** What to do with a request. */
    public enum Decision { ALLOW, REFUSE_AND_TELL, REFUSE_SILENTLY }

    private final double perSecond;
    private final double burst;
    private final Ticker ticker;
    private final Cache<Long, Bucket> buckets;

    public RateLimiter(int perMinute, int burst, Ticker ticker) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limit must be >= 1 per minute with burst >= 1: " + perMinute
                    + "/min, burst " + burst);
        }
        this.perSecond = perMinute / 60.0;
        this.burst = burst;
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).ticker(ticker).build();
    }

    public Decision acquire(long userId) {
        Bucket b = buckets.get(userId, id -> new Bucket(new TokenBucket(perSecond, burst, ticker.read())));
        synchronized (b) {
            if (b.tokens.tryTake(ticker.read())) {
                b.told = false;
                return Decision.ALLOW;
            }
            if (b.told) {
                return Decision.REFUSE_SILENTLY;
            }
            b.told = true;
            return Decision.REFUSE_AND_TELL;
        }
    }

    /** A user's tokens and whether that user was already told they ran dry. */
    private static final class Bucket {
        final TokenBucket tokens;
        boolean told;

        Bucket(TokenBucket tokens) {
            this.tokens = tokens;
        }
    }
}
