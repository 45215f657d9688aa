package com.replyguard.bot.core;

import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/** Where agents' 👍/👎 on drafts go, so the knowledge base can rank entries by use. Thread-safe. */
@FunctionalInterface
public interface FeedbackSink {
    void record(Feedback feedback);

    /** A draft built from {@code entryId} was shown to {@code userId}; sinks that keep usage statistics count it. */
    default void served(long userId, String entryId, Intent intent, Marketplace marketplace) {
    }
}
