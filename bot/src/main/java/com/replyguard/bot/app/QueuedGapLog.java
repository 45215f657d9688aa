package com.replyguard.bot.app;

import com.replyguard.knowledge.gaps.Gap;
import com.replyguard.knowledge.gaps.GapLog;
import java.time.Instant;
import java.util.List;

/**
 * Records knowledge gaps off the reply's path: a durable write waits for the disk, and the next chat's draft would
 * wait behind it. Reading goes straight to the underlying log. A crash can lose the last few queued gaps.
 *
 * <p>Thread safety: thread-safe.
 */
public final class QueuedGapLog implements GapLog {
    private final GapLog log;
    private final BackgroundWriter writer = new BackgroundWriter("knowledge-gap");

    public QueuedGapLog(GapLog log) {
        this.log = log;
    }

    @Override
    public void record(Gap gap) {
        writer.submit(() -> log.record(gap));
    }

    @Override
    public List<Gap> since(Instant from) {
        return log.since(from);
    }

    /** Writes the gaps still queued (up to {@code millis}), for an orderly shutdown. */
    public void flush(long millis) throws InterruptedException {
        writer.flush(millis);
    }
}
