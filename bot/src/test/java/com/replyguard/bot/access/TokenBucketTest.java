package com.replyguard.bot.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void startsFullThenRefillsAtItsRateUpToItsCapacity() {
        TokenBucket b = new TokenBucket(2, 3, 0); // two a second, three at once
        assertTrue(b.tryTake(0));
        assertTrue(b.tryTake(0));
        assertTrue(b.tryTake(0));
        assertFalse(b.tryTake(0), "a burst of three, no more");
        assertEquals(SECOND / 2, b.nanosUntilAvailable(0), "the next token comes in half a second");
        assertFalse(b.tryTake(SECOND / 4));
        assertTrue(b.tryTake(SECOND / 2));
        assertTrue(b.available(100 * SECOND));
        for (int i = 0; i < 3; i++) {
            assertTrue(b.tryTake(100 * SECOND));
        }
        assertFalse(b.tryTake(100 * SECOND), "a long idle time refills to the capacity, not beyond");
        assertEquals(100 * SECOND, b.lastUsed());
    }

    @Test
    void availableTakesNothingAndTimeGoingBackwardsRefillsNothing() {
        TokenBucket b = new TokenBucket(1, 1, 10 * SECOND);
        assertTrue(b.available(10 * SECOND));
        assertTrue(b.available(10 * SECOND));
        b.take();
        assertFalse(b.available(10 * SECOND), "the one token was taken");
        assertEquals(0, b.nanosUntilAvailable(11 * SECOND));
        b.take();
        assertEquals(SECOND, b.nanosUntilAvailable(5 * SECOND), "an earlier time does not refill");
        assertEquals(11 * SECOND, b.lastUsed());
    }

    @Test
    void refusesANonsenseRateOrCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(Double.NaN, 3, 0));
    }
}
