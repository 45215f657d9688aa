package com.replyguard.bot.core;


import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/** Where drafts shown and agents' 👍/👎 on them go, so the knowledge base can rank entries by use. Thread-safe. */
public interface FeedbackSink {
    void record(Feedback feedback);

    /** A draft built from {@code entryId} was shown to {@code actor} (role:id). */
    void served(String actor, String entryId, Intent intent, Marketplace marketplace);
}
