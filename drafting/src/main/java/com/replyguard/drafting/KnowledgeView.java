package com.replyguard.drafting;

import com.replyguard.drafting.classify.NeighbourIndex;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.search.EntrySource;
import com.replyguard.policy.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The drafting side's view of the knowledge base: an in-memory {@link NeighbourIndex} over every approved entry,
 * rebuilt when the source's generation changes. Small knowledge bases are rebuilt on the caller's thread (well
 * under a second), so a reply approved a moment ago is offered in the very next draft; from
 * {@value #BACKGROUND_FROM} entries on, rebuilds run on a background thread while drafts keep using the previous
 * index, so an approval in a large knowledge base never stalls an agent waiting for a draft.
 *
 * <p>Thread safety: the index is swapped atomically and at most one rebuild runs at a time.
 */
final class KnowledgeView {
    private record Snapshot(long generation, NeighbourIndex index) {
    }

    private final EntrySource source;
    private final TextAnalysis analysis;
    private final boolean background;
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Snapshot snapshot;
    /** From this many entries on, a rebuild takes seconds: it runs in the background. */
    static final int BACKGROUND_FROM = 20_000;

    KnowledgeView(EntrySource source, TextAnalysis analysis, boolean background) {
        this.source = source;
        this.analysis = analysis;
        this.background = background;
    }

    /** The current index, or null when there is no entry source. */
    NeighbourIndex index() {
        if (source == null) {
            return null;
        }
        long generation = source.generation();
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = build(generation);
                }
                return snapshot.index();
            }
        }
        if (s.generation() != generation && rebuilding.compareAndSet(false, true)) {
            if (background && s.index().size() >= BACKGROUND_FROM) {
                Thread.ofVirtual().name("replyguard-draft-index").start(() -> rebuild(generation));
            } else {
                rebuild(generation);
                return snapshot.index();
            }
        }
        return s.index();
    }

    private void rebuild(long generation) {
        try {
            snapshot = build(generation);
        } finally {
            rebuilding.set(false);
        }
    }

    private Snapshot build(long generation) {
        List<Entry> approved = new ArrayList<>();
        for (Entry e : source.approvedEntries()) {
            if (e.status() == Status.APPROVED) {
                approved.add(e);
            }
        }
        return new Snapshot(generation, new NeighbourIndex(approved, analysis));
    }
}
