package com.replyguard.knowledge;

import com.replyguard.knowledge.curation.Curator;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.index.KnowledgeIndex;
import com.replyguard.knowledge.store.KnowledgeStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the derived index in step with the store. The store is written first, so the index can only lag: it then
 * catches up from the store's change sequence numbers, at the next write, at start-up, or at the next search after
 * another process (a {@code kb} command beside the running bot) wrote to the store ({@link #follow}).
 *
 * <p>A shared index (another process owns it, {@link KnowledgeIndex#shared()}) is never written here: its owner
 * follows the store.
 */
final class IndexSync implements Curator.WriteListener {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

    private final KnowledgeStore store;
    private final KnowledgeIndex index;

    /** Held by every index update; {@link #follow} only tries it, so a search never waits for an import. */
    private final ReentrantLock lock = new ReentrantLock();

    IndexSync(KnowledgeStore store, KnowledgeIndex index) {
        this.store = store;
        this.index = index;
    }

    /**
     * Before a search: when the store moved on without this index (another process wrote it), catch up. Cheap: the
     * store's sequence number is read at most once a second, and nothing is done while a write here is under way.
     */
    void follow() {
        if (index.shared() || store.recentChangeSeq() <= index.committedSeq() || !lock.tryLock()) {
            return;
        }
        try {
            catchUp();
        } catch (RuntimeException ex) {
            LOG.warn("the search index could not follow the store and will try again: {}", ex.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** After a durable store write: index exactly those entries, or catch up when the index had fallen behind. */
    @Override
    public void written(List<Entry> entries, long seq) {
        if (index.shared()) {
            return;
        }
        lock.lock();
        try {
            if (index.committedSeq() == seq - 1) {
                index.apply(entries, seq);
            } else {
                catchUp();
            }
        } catch (RuntimeException ex) {
            // The write itself is safe in the store; the index follows at the next write or start-up.
            LOG.warn("the search index could not follow a write and will catch up later: {}", ex.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /**
     * A large write: the index analyses the entries' documents while {@code save} makes them durable, and commits
     * them (showing them to searches) only after the store has them. If the store refuses the write, the prepared
     * documents are put back to what the store holds, so nothing the store does not have is ever committed.
     */
    @Override
    public long writtenAlongside(List<Entry> entries, LongSupplier save) {
        if (index.shared()) {
            return save.getAsLong();
        }
        lock.lock();
        try {
            return stagedWrite(entries, save);
        } finally {
            lock.unlock();
        }
    }

    private long stagedWrite(List<Entry> entries, LongSupplier save) {
        CompletableFuture<Void> staged = CompletableFuture.runAsync(() -> index.stage(entries));
        long seq;
        try {
            seq = save.getAsLong();
        } catch (RuntimeException ex) {
            unstage(entries, staged);
            throw ex;
        }
        try {
            staged.join();
            if (index.committedSeq() == seq - 1) {
                index.commitStaged(seq);
            } else {
                catchUp();
            }
        } catch (RuntimeException ex) {
            LOG.warn("the search index could not follow a write and will catch up later: {}", ex.getMessage());
        }
        return seq;
    }

    private void unstage(List<Entry> entries, CompletableFuture<Void> staged) {
        try {
            staged.join();
        } catch (RuntimeException ignored) {
            // whatever was staged is put back below
        }
        try {
            List<String> ids = entries.stream().map(Entry::id).toList();
            index.unstage(ids, store.currentMap(ids));
        } catch (RuntimeException ex) {
            // The index can no longer be trusted to match the store: the next start-up rebuilds it.
            LOG.warn("the search index could not be put back after a refused write: {}", ex.getMessage());
            index.markStale();
        }
    }

    /** Start-up: rebuild an empty, damaged or foreign index; replay what a lagging one missed; verify the count. */
    void reconcile() {
        if (index.shared()) {
            return; // its owner reconciled it
        }
        lock.lock();
        try {
            reconcileOwned();
        } finally {
            lock.unlock();
        }
    }

    private void reconcileOwned() {
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

    int rebuild() {
        lock.lock();
        try {
            long seq = store.changeSeq();
            index.rebuild(store::forEachCurrent, seq);
            return index.numDocs();
        } finally {
            lock.unlock();
        }
    }

    private void catchUp() {
        long seq = store.changeSeq();
        long at = index.committedSeq();
        if (at < seq) {
            index.apply(store.changedSince(at), seq);
        }
    }
}
