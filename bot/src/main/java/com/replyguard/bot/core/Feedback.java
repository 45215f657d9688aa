package com.replyguard.bot.core;

import com.replyguard.policy.Marketplace;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent's verdict on a draft: used it (helpful) or not helpful. {@code actor} names the user as
 * {@code role:telegram-id} (for example {@code agent:1001}), the form the knowledge base's logs use.
 */
public record Feedback(String actor, String entryId, boolean helpful, Marketplace marketplace, Instant at) {
    public Feedback {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(at, "at");
        if (entryId.isBlank()) {
            throw new IllegalArgumentException("entryId must not be blank");
        }
    }
}
