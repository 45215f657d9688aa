package com.replyguard.bot.core;


import com.replyguard.knowledge.curation.VoteChange;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/** Where drafts shown and agents' 👍/👎 on them go, so the knowledge base can rank entries by use. Thread-safe. */
public interface FeedbackSink {
    void record(Feedback feedback);

    /**
     * Records the feedback as the agent's one choice for the draft's entry: the other button changes it, the same
     * button again changes nothing. Sinks that only append (tests) record every press.
     */
    default VoteChange vote(Feedback feedback) {
        record(feedback);
        return VoteChange.RECORDED;
    }

    /** A draft built from {@code entryId} was shown to {@code actor} (role:id). */
    void served(String actor, String entryId, Intent intent, Marketplace marketplace);
}
