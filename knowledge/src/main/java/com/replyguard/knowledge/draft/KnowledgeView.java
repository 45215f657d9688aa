package com.replyguard.knowledge.draft;

import com.replyguard.knowledge.draft.classify.NeighbourIndex;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The drafting side's view of the knowledge base: an in-memory {@link NeighbourIndex} over every approved entry,
 * rebuilt only when the source's generation changes. Thread safety: the index is swapped atomically; concurrent
 * callers may both rebuild once after a change, which is harmless.
 */
final class KnowledgeView {
    private record Snapshot(long generation, NeighbourIndex index) {
    }

    private final EntrySource source;
    private final TextAnalysis analysis;
    private volatile Snapshot snapshot;

    KnowledgeView(EntrySource source, TextAnalysis analysis) {
        this.source = source;
        this.analysis = analysis;
    }

    /** The current index, or null when there is no entry source. */
    NeighbourIndex index() {
        if (source == null) {
            return null;
        }
        long generation = source.generation();
        Snapshot s = snapshot;
        if (s == null || s.generation() != generation) {
            List<Entry> approved = new ArrayList<>();
            for (Entry e : source.approvedEntries()) {
                if (e.status() == Status.APPROVED) {
                    approved.add(e);
                }
            }
            s = new Snapshot(generation, new NeighbourIndex(approved, analysis));
            snapshot = s;
        }
        return s.index();
    }
}
