package com.replyguard.bot.app;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/** Records drafts served and agents' 👍/👎 in the knowledge base, which uses them for ranking and /stats. */
public final class KnowledgeFeedbackSink implements FeedbackSink {
    private final KnowledgeBase knowledge;

    public KnowledgeFeedbackSink(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void record(Feedback feedback) {
        knowledge.recordFeedback(feedback.entryId(), feedback.helpful(), feedback.actor());
    }

    @Override
    public void served(String actor, String entryId, Intent intent, Marketplace marketplace) {
        knowledge.recordServed(entryId, intent, marketplace, actor);
    }
}
