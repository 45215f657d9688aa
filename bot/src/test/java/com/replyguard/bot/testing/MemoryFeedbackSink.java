package com.replyguard.bot.testing;

import com.replyguard.bot.core.Feedback;
import com.replyguard.bot.core.FeedbackSink;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.policy.Marketplace;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Drafts served and feedback kept in memory, for tests. */
public final class MemoryFeedbackSink implements FeedbackSink {
    public final List<Feedback> feedback = new CopyOnWriteArrayList<>();
    public final List<String> served = new CopyOnWriteArrayList<>();

    @Override
    public void record(Feedback f) {
        feedback.add(f);
    }

    @Override
    public void served(String actor, String entryId, Intent intent, Marketplace marketplace) {
        served.add(actor + " " + entryId);
    }
}
