package com.replyguard.bot.core;

import com.replyguard.policy.Marketplace;
import java.time.Instant;
import java.util.Objects;

/** An agent's verdict on a draft: used it (helpful) or not helpful. */
public record Feedback(long userId, String entryId, boolean helpful, Marketplace marketplace, Instant at) {
    public Feedback {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(at, "at");
        if (entryId.isBlank()) {
            throw new IllegalArgumentException("entryId must not be blank");
        }
    }
}
