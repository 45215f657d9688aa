package com.replyguard.bot.soak;

/**
 * How often the fake Bot API misbehaves, per request (probabilities add up; the rest are answered normally).
 *
 * @param serverError 500/502/503 with an error body
 * @param tooManyRequests 429 with {@code parameters.retry_after}
 * @param dropped the connection closes half-way through the response
 * @param stall the answer comes after {@code stallMillis}
 * @param malformed 200 with a body that is not valid JSON
 * @param stallMillis how long a stall lasts
 * @param retryAfterSeconds the retry_after a 429 asks for
 */
public record Faults(double serverError, double tooManyRequests, double dropped, double stall, double malformed,
        int stallMillis, int retryAfterSeconds) {
    public Faults {
        double sum = serverError + tooManyRequests + dropped + stall + malformed;
        if (serverError < 0 || tooManyRequests < 0 || dropped < 0 || stall < 0 || malformed < 0 || sum > 1) {
            throw new IllegalArgumentException("fault probabilities must be >= 0 and add up to at most 1, got " + sum);
        }
        if (stallMillis < 0 || retryAfterSeconds < 0) {
            throw new IllegalArgumentException("stallMillis and retryAfterSeconds must be >= 0: " + stallMillis + ", " + retryAfterSeconds);
        }
    }

    /** A well-behaved server. */
    public static Faults none() {
        return new Faults(0, 0, 0, 0, 0, 0, 0);
    }

    /** The soak's mix: 10% 5xx, 5% 429 (retry after 1 s), 1% dropped, 0.5% 2-second stalls, 1% malformed JSON. */
    public static Faults soak() {
        return new Faults(0.10, 0.05, 0.01, 0.005, 0.01, 2_000, 1);
    }

    enum Kind { NONE, SERVER_ERROR, TOO_MANY, DROPPED, STALL, MALFORMED }

    Kind pick(double roll) {
        double edge = serverError;
        if (roll < edge) {
            return Kind.SERVER_ERROR;
        }
        if (roll < (edge += tooManyRequests)) {
            return Kind.TOO_MANY;
        }
        if (roll < (edge += dropped)) {
            return Kind.DROPPED;
        }
        if (roll < (edge += stall)) {
            return Kind.STALL;
        }
        if (roll < edge + malformed) {
            return Kind.MALFORMED;
        }
        return Kind.NONE;
    }
}
