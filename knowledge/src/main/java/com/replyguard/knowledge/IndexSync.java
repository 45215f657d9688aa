package com.replyguard.knowledge;

import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.index.KnowledgeIndex;
import com.replyguard.knowledge.store.KnowledgeStore;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the derived index in step with the store. The store is written first, so the index can only lag: it then
 * catches up from the store's change sequence numbers, at the next write or at start-up.
 */
final class IndexSync {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

    private final KnowledgeStore store;
    private final KnowledgeIndex index;

    IndexSync(KnowledgeStore store, KnowledgeIndex index) {
        this.store = store;
        this.index = index;
    }

    /** After a durable store write: index exactly those entries, or catch up when the index had fallen behind. */
    synchronized void written(List<Entry> entries, long seq) {
        try {
            if (index.committedSeq() == seq - 1) {
                index.apply(entries, seq);
            } else {
                catchUp();
            }
        } catch (RuntimeException ex) {
            // The write itself is safe in the store; the index follows at the next write or start-up.
            LOG.warn("the search index could not follow a write and will catch up later: {}", ex.getMessage());
        }
    }

    /** Start-up: rebuild an empty, damaged or foreign index; replay what a lagging one missed; verify the count. */
    synchronized void reconcile() {
        long storeSeq = store.changeSeq();
        long indexSeq = index.committedSeq();
        if (indexSeq < 0 || indexSeq > storeSeq) {
            rebuild();
            return;
        }
        if (indexSeq < storeSeq) {
            catchUp();
        }
        if (index.numDocs() != store.count()) {
            LOG.warn("the search index holds {} entries but the store {}; rebuilding it", index.numDocs(),
                    store.count());
            rebuild();
        }
    }

    synchronized int rebuild() {
        long seq = store.changeSeq();
        index.rebuild(store::forEachCurrent, seq);
        return index.numDocs();
    }

    private void catchUp() {
        long seq = store.changeSeq();
        long at = index.committedSeq();
        if (at < seq) {
            index.apply(store.changedSince(at), seq);
        }
    }
}
