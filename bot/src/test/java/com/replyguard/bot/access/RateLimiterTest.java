package com.replyguard.bot.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.replyguard.bot.access.RateLimiter.Decision;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(6, 2, now::get);

    @Test
    void allowsTheBurstThenTellsOnceThenStaysSilentUntilRefilled() {
        assertEquals(Decision.ALLOW, limiter.acquire(1));
        assertEquals(Decision.ALLOW, limiter.acquire(1));
        assertEquals(Decision.REFUSE_AND_TELL, limiter.acquire(1));
        assertEquals(Decision.REFUSE_SILENTLY, limiter.acquire(1));
        assertEquals(Decision.ALLOW, limiter.acquire(2), "users have separate buckets");
        now.addAndGet(TimeUnit.SECONDS.toNanos(10)); // 6 per minute: one token every 10 s
        assertEquals(Decision.ALLOW, limiter.acquire(1));
        assertEquals(Decision.REFUSE_AND_TELL, limiter.acquire(1));
    }
}
