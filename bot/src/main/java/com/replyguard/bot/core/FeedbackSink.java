package com.replyguard.bot.core;

/** Where agents' 👍/👎 on drafts go, so the knowledge base can rank entries by use. Thread-safe. */
@FunctionalInterface
public interface FeedbackSink {
    void record(Feedback feedback);
}
