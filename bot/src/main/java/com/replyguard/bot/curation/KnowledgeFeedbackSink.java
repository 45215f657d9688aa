package com.replyguard.bot.curation;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/**
 * Sends drafts served and agents' 👍/👎 to the knowledge base (for /stats and for drafting's ranking), after the
 * bot's own record. Thread-safe.
 */
public final class KnowledgeFeedbackSink implements FeedbackSink {
    private final FeedbackSink local;
    private final KnowledgeBase kb;

    public KnowledgeFeedbackSink(FeedbackSink local, KnowledgeBase kb) {
        this.local = local;
        this.kb = kb;
    }

    @Override
    public void record(Feedback f) {
        local.record(f);
        kb.recordFeedback(f.entryId(), f.helpful(), Actors.PREFIX + f.userId());
    }

    @Override
    public void served(long userId, String entryId, Intent intent, Marketplace marketplace) {
        local.served(userId, entryId, intent, marketplace);
        kb.recordServed(entryId, intent, marketplace, Actors.PREFIX + userId);
    }
}
