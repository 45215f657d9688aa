package com.replyguard.bot.app;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/**
 * Records drafts served and agents' 👍/👎 in the knowledge base, which uses them for ranking and /stats. A 👍/👎 is
 * written before the agent is thanked; "served" counts are statistics nobody was told were saved, so a
 * {@link BackgroundWriter} writes them off the reply's path. A crash can lose the last few served counts, never a
 * vote.
 */
public final class KnowledgeFeedbackSink implements FeedbackSink {
    private final KnowledgeBase knowledge;
    private final BackgroundWriter writer = new BackgroundWriter("served-draft");

    public KnowledgeFeedbackSink(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void record(Feedback feedback) {
        knowledge.recordFeedback(feedback.entryId(), feedback.helpful(), feedback.actor());
    }

    @Override
    public com.replyguard.knowledge.curation.VoteChange vote(Feedback feedback) {
        return knowledge.vote(feedback.entryId(), feedback.helpful(), feedback.actor());
    }

    @Override
    public void served(String actor, String entryId, Intent intent, Marketplace marketplace) {
        writer.submit(() -> knowledge.recordServed(entryId, intent, marketplace, actor));
    }

    /** Writes the served counts still queued (up to {@code millis}), for an orderly shutdown. */
    public void flush(long millis) throws InterruptedException {
        writer.flush(millis);
    }
}
