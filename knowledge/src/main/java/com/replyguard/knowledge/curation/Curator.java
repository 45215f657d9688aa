package com.replyguard.knowledge.curation;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.entry.Status;
import com.replyguard.knowledge.io.LineProblem;
import com.replyguard.knowledge.io.Progress;
import com.replyguard.knowledge.store.Change;
import com.replyguard.knowledge.store.KnowledgeStore;
import com.replyguard.knowledge.text.Notice;
import com.replyguard.policy.ComplianceChecker;
import com.replyguard.policy.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Every write to the knowledge base: add, propose, edit (optimistic), approve, reject, retire, revert and import.
 * Each write makes a new version, passes replies through the checker (a {@code block} finding keeps them out of
 * {@code approved}), is audited, is durable in the store, and is then handed to the index.
 *
 * <p>Thread safety: writes are serialised by one lock, so read-check-write sequences cannot interleave.
 */
public final class Curator {
    /** Told about each durable write so the search index can follow. */
    @FunctionalInterface
    public interface WriteListener {
        void written(List<Entry> entries, long seq);

        /**
         * A large write (an import): {@code save} makes it durable and returns its sequence number. A listener may
         * prepare its side of the write while the store saves, as long as nothing of it shows before {@code save}
         * has returned. The default saves, then follows.
         */
        default long writtenAlongside(List<Entry> entries, LongSupplier save) {
            long seq = save.getAsLong();
            written(entries, seq);
            return seq;
        }
    }

    private final KnowledgeStore store;
    private final Gate gate;
    private final WriteListener listener;
    private final ReentrantLock lock = new ReentrantLock();

    public Curator(KnowledgeStore store, ComplianceChecker checker, WriteListener listener) {
        this.store = store;
        this.gate = new Gate(checker);
        this.listener = listener;
    }

    /**
     * Adds a new entry at version 1 with the status it carries (approved only when the checker allows), authored by
     * {@code actor}.
     */
    public WriteResult add(Entry entry, String actor) {
        return create(entry, actor, entry.status(), "add");
    }

    /** Adds a new entry for review (status pending). */
    public WriteResult propose(Entry entry, String actor) {
        return create(entry, actor, Status.PENDING, "propose");
    }

    private WriteResult create(Entry entry, String actor, Status status, String action) {
        requireActor(actor);
        lock.lock();
        try {
            store.current(entry.id()).ifPresent(cur -> {
                throw new KnowledgeException(Notice.of("kb.exists", entry.id(), cur.version()));
            });
            Instant now = Instant.now();
            // Whoever adds an entry is its author (and its approver when it goes straight to approved); only an
            // import keeps the authorship written in a file.
            Entry e = with(entry, status, actor, status == Status.APPROVED ? actor : null, 1, now, now);
            return save(e, actor, action, null);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies {@code changes} to the entry if it is still at {@code expectedVersion}; otherwise throws
     * {@link ConflictException} and writes nothing.
     */
    public WriteResult edit(String id, EntryChanges changes, String actor, int expectedVersion) {
        requireActor(actor);
        lock.lock();
        try {
            Entry cur = require(id);
            if (cur.version() != expectedVersion) {
                throw new ConflictException(id, expectedVersion, cur.version());
            }
            Entry next;
            try {
                next = changes.applyTo(cur, actor, Instant.now());
            } catch (IllegalArgumentException ex) {
                throw new KnowledgeException(Notice.of("kb.invalid_change", id, ex.getMessage()));
            }
            if (sameContent(cur, next)) {
                return new WriteResult(cur, false, List.of(), Notice.of("kb.write.unchanged", id));
            }
            if (next.status() == Status.APPROVED) {
                next = with(next, Status.APPROVED, next.author(), actor, next.version(), next.created(), next.updated());
            }
            return save(next, actor, "edit", null);
        } finally {
            lock.unlock();
        }
    }

    /** Approves a pending or draft entry, unless the checker blocks it (then nothing is written). */
    public WriteResult approve(String id, String actor) {
        requireActor(actor);
        lock.lock();
        try {
            Entry cur = require(id);
            if (cur.status() == Status.APPROVED) {
                return new WriteResult(cur, false, List.of(), Notice.of("kb.write.already", id, Status.APPROVED.id()));
            }
            List<Finding> blocking = gate.blocking(cur);
            if (!blocking.isEmpty()) {
                return new WriteResult(cur, false, blocking, Notice.of("kb.write.not_approved"));
            }
            Instant now = Instant.now();
            // The author stays who wrote the text; the approver and the audit log say who approved it.
            Entry next = with(cur, Status.APPROVED, cur.author(), actor, cur.version() + 1, cur.created(), now);
            return save(next, actor, "approve", null);
        } finally {
            lock.unlock();
        }
    }

    /** Sends a pending entry back to draft, recording the reason for its author. */
    public WriteResult reject(String id, String actor, String reason) {
        requireActor(actor);
        if (reason == null || reason.isBlank()) {
            throw new KnowledgeException(Notice.of("kb.reject_reason"));
        }
        return transition(id, actor, Status.DRAFT, "reject", reason.strip());
    }

    /** Takes an entry out of service; its history stays and it can be reverted. */
    public WriteResult retire(String id, String actor) {
        requireActor(actor);
        return transition(id, actor, Status.RETIRED, "retire", null);
    }

    private WriteResult transition(String id, String actor, Status status, String action, String detail) {
        lock.lock();
        try {
            Entry cur = require(id);
            if (cur.status() == status) {
                return new WriteResult(cur, false, List.of(), Notice.of("kb.write.already", id, status.id()));
            }
            // Status changes keep the text's author (the audit log records who made them), so a rejection can be
            // sent back to the agent who proposed the entry.
            Entry next = with(cur, status, cur.author(), null, cur.version() + 1, cur.created(), Instant.now());
            return save(next, actor, action, detail);
        } finally {
            lock.unlock();
        }
    }

    /** Makes the content and status of an earlier version current again, as a new version. */
    public WriteResult revert(String id, int version, String actor) {
        requireActor(actor);
        lock.lock();
        try {
            Entry cur = require(id);
            Entry old = store.version(id, version).orElseThrow(() -> new KnowledgeException(Notice.of("kb.no_version", id,
                    version, cur.version())));
            Entry next = with(old, old.status(), actor, old.status() == Status.APPROVED ? actor : null,
                    cur.version() + 1, cur.created(), Instant.now());
            return save(next, actor, "revert", "to version " + version);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies already validated entries in one transaction and one index commit. {@code problems} are the reader's
     * refusals: when there are any, nothing is applied. New entries are stored exactly as given (lossless restore);
     * a changed entry becomes a new version of the existing one.
     */
    public ImportSummary importEntries(List<Entry> entries, List<LineProblem> problems, boolean dryRun, String actor,
                                       Progress progress) {
        return importEntries(entries, problems, problems.size(), dryRun, actor, progress);
    }

    /** As above, with {@code problemCount} refusals in all, of which {@code problems} lists the first. */
    public ImportSummary importEntries(List<Entry> entries, List<LineProblem> problems, long problemCount,
                                       boolean dryRun, String actor, Progress progress) {
        requireActor(actor);
        lock.lock();
        try {
            Map<String, Entry> existing = store.currentMap(entries.stream().map(Entry::id).toList());
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            Map<String, String> heldBack = new LinkedHashMap<>();
            List<Change> changes = new ArrayList<>();
            Instant now = Instant.now();
            List<Entry> toWrite = new ArrayList<>();
            for (Entry e : entries) {
                Entry cur = existing.get(e.id());
                Entry next;
                if (cur == null) {
                    next = e;
                    added.add(e.id());
                } else if (sameContent(cur, e)) {
                    unchanged.add(e.id());
                    continue;
                } else {
                    next = with(e, e.status(), e.author() == null ? actor : e.author(), e.approver(),
                            Math.max(cur.version() + 1, e.version()), cur.created(), now);
                    changed.add(e.id());
                }
                toWrite.add(next);
            }
            // The checker is the slow part of a large import and is thread-safe: run it on every core.
            progress.update("checking", 0, toWrite.size());
            List<List<Finding>> verdicts = toWrite.parallelStream()
                    .map(e -> e.status() == Status.APPROVED ? gate.blocking(e) : List.<Finding>of()).toList();
            for (int i = 0; i < toWrite.size(); i++) {
                Entry next = toWrite.get(i);
                List<Finding> blocking = verdicts.get(i);
                if (!blocking.isEmpty()) {
                    heldBack.put(next.id(), Gate.explain(blocking));
                    next = with(next, Status.PENDING, next.author(), null, next.version(), next.created(),
                            next.updated());
                }
                changes.add(new Change(next, actor, "import", heldBack.get(next.id())));
            }
            boolean apply = !dryRun && problemCount == 0;
            if (apply && !changes.isEmpty()) {
                // The store write (one SQLite transaction) and the analysis of the index documents take about as
                // long as each other on different resources: they run side by side, and the index shows the
                // entries only once the store holds them.
                progress.update("saving", 0, changes.size());
                listener.writtenAlongside(changes.stream().map(Change::entry).toList(), () -> store.write(changes));
            }
            return new ImportSummary(dryRun, apply, added, changed, unchanged, problems, problemCount, heldBack);
        } finally {
            lock.unlock();
        }
    }

    private WriteResult save(Entry e, String actor, String action, String detail) {
        List<Finding> blocking = e.status() == Status.APPROVED ? gate.blocking(e) : List.of();
        Entry toWrite = e;
        Notice message = Notice.of("kb.write.saved", action, e.id(), e.version(), e.status().id());
        if (!blocking.isEmpty()) {
            toWrite = with(e, Status.PENDING, e.author(), null, e.version(), e.created(), e.updated());
            message = Notice.of("kb.write.kept_pending", action, e.id(), e.version());
            detail = (detail == null ? "" : detail + "; ") + "held back: " + Gate.explain(blocking);
        }
        long seq = store.write(List.of(new Change(toWrite, actor, action, detail)));
        listener.written(List.of(toWrite), seq);
        return new WriteResult(toWrite, true, blocking, message);
    }

    private Entry require(String id) {
        return store.current(id).orElseThrow(() -> new KnowledgeException(Notice.of("kb.no_entry", id)));
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor must name who makes the change");
        }
    }

    /** Same content and status: a re-import of it is not a change (authorship and times do not count). */
    static boolean sameContent(Entry a, Entry b) {
        return a.kind() == b.kind() && a.marketplaces().equals(b.marketplaces()) && a.language() == b.language()
                && a.intent() == b.intent() && a.topic() == b.topic() && Objects.equals(a.title(), b.title())
                && a.questions().equals(b.questions()) && a.body().equals(b.body()) && a.tags().equals(b.tags())
                && Objects.equals(a.source(), b.source()) && a.status() == b.status()
                && Objects.equals(a.group(), b.group());
    }

    static Entry with(Entry e, Status status, String author, String approver, int version, Instant created,
                      Instant updated) {
        return e.toBuilder().status(status).author(author).approver(approver).version(version).created(created)
                .updated(updated).build();
    }
}
