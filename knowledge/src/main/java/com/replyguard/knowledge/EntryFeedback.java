package com.replyguard.knowledge;

import com.replyguard.knowledge.curation.VoteChange;
import com.replyguard.knowledge.entry.Intent;
import com.replyguard.knowledge.store.ActivityLog;
import com.replyguard.knowledge.store.KnowledgeStore;
import com.replyguard.knowledge.curation.UsageStats;
import com.replyguard.policy.Marketplace;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drafts served and agents' 👍/👎 on them: records each in the activity log (with the entry's intent), and gives each
 * entry its feedback score for ranking from a cache rebuilt when feedback arrives or after {@link #TTL}.
 *
 * <p>Thread safety: thread-safe.
 */
final class EntryFeedback {
    private static final Duration TTL = Duration.ofMinutes(5);

    private record Scores(Map<String, Double> byEntry, Instant at, long generation) {
    }

    private final KnowledgeStore store;
    private final ActivityLog activity;
    private final AtomicLong generation = new AtomicLong();
    private volatile Scores scores;

    EntryFeedback(KnowledgeStore store, ActivityLog activity) {
        this.store = store;
        this.activity = activity;
    }

    void recordServed(String entryId, Intent intent, Marketplace marketplace, String agent) {
        activity.recordUsage(ActivityLog.SERVED, entryId, intent == null ? null : intent.name(),
                marketplace == null ? null : marketplace.id(), agent);
    }

    void recordFeedback(String entryId, boolean helpful, String agent) {
        activity.recordUsage(helpful ? ActivityLog.HELPFUL : ActivityLog.NOT_HELPFUL, entryId, intentOf(entryId), null,
                agent);
        generation.incrementAndGet();
    }

    VoteChange vote(String entryId, boolean helpful, String agent) {
        VoteChange change = activity.recordVote(entryId, helpful, intentOf(entryId), agent);
        generation.incrementAndGet();
        return change;
    }

    private String intentOf(String entryId) {
        return store.current(entryId).map(e -> e.intent() == null ? null : e.intent().name()).orElse(null);
    }

    /** The entry's feedback score ({@link UsageStats.Counts#feedbackScore()}; 0 without feedback). */
    double score(String entryId) {
        Scores f = scores;
        long gen = generation.get();
        if (f == null || f.generation() != gen || f.at().plus(TTL).isBefore(Instant.now())) {
            Map<String, Double> m = new HashMap<>();
            countsByEntry().forEach((id, c) -> {
                if (c.helpful() + c.notHelpful() > 0) {
                    m.put(id, c.feedbackScore());
                }
            });
            f = new Scores(Map.copyOf(m), Instant.now(), gen);
            scores = f;
        }
        return f.byEntry().getOrDefault(entryId, 0.0);
    }

    /** Served/👍/👎 counts per entry id over all time (entries never served are absent). */
    Map<String, UsageStats.Counts> countsByEntry() {
        return activity.stats(null).perEntry();
    }
}
