package com.replyguard.bot.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for writes nobody waits for: statistics the bot keeps (drafts served, knowledge gaps) but
 * never told a user were saved. Each such write waits for the disk, and on a reply's path the next chat's draft
 * would wait behind it. A crash can lose the last few queued writes; a full queue (a stuck disk) drops the oldest
 * rather than eating memory.
 *
 * <p>Thread safety: thread-safe.
 */
final class BackgroundWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWriter.class);
    private static final int MAX_QUEUED = 10_000;
    private final String what;
    private final ThreadPoolExecutor writer;

    BackgroundWriter(String what) {
        this.what = what;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_QUEUED),
                r -> {
                    Thread t = new Thread(r, "replyguard-" + what + "-writer");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.DiscardOldestPolicy());
    }

    void submit(Runnable write) {
        try {
            writer.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    LOG.warn("could not record {}: {}", what, e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("could not record {}: shutting down", what);
        }
    }

    /** Writes what is still queued (up to {@code millis}) and stops; later submissions are dropped. */
    void flush(long millis) throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
