package com.replyguard.bot.app;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.KnowledgeBase;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;

/**
 * Records drafts served and agents' 👍/👎 in the knowledge base, which uses them for ranking and /stats. A 👍/👎 is
 * written before the agent is thanked; "served" counts are statistics nobody was told were saved, so they are
 * written by one background thread, off the reply's path (each write waits for the disk, and the next chat's draft
 * would wait behind it). A crash can lose the last few served counts, never a vote.
 */
public final class KnowledgeFeedbackSink implements FeedbackSink {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnowledgeFeedbackSink.class);
    /** Served counts waiting to be written; beyond this the oldest are dropped (a stuck disk must not eat memory). */
    private static final int MAX_QUEUED = 10_000;
    private final KnowledgeBase knowledge;
    private final java.util.concurrent.ThreadPoolExecutor writer = new java.util.concurrent.ThreadPoolExecutor(1, 1,
            0, java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.ArrayBlockingQueue<>(MAX_QUEUED),
            r -> {
                Thread t = new Thread(r, "replyguard-usage-writer");
                t.setDaemon(true);
                return t;
            }, new java.util.concurrent.ThreadPoolExecutor.DiscardOldestPolicy());

    public KnowledgeFeedbackSink(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void record(Feedback feedback) {
        knowledge.recordFeedback(feedback.entryId(), feedback.helpful(), feedback.actor());
    }

    @Override
    public void served(String actor, String entryId, Intent intent, Marketplace marketplace) {
        writer.execute(() -> {
            try {
                knowledge.recordServed(entryId, intent, marketplace, actor);
            } catch (RuntimeException e) {
                LOG.warn("could not record a served draft: {}", e.getMessage());
            }
        });
    }

    /** Writes the served counts still queued (up to {@code millis}), for an orderly shutdown. */
    public void flush(long millis) throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
