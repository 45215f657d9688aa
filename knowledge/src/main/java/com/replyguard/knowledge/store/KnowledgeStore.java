package com.replyguard.knowledge.store;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.entry.Entry;
import com.replyguard.knowledge.io.EntryCodec;
import com.replyguard.knowledge.search.EntryFilter;
import com.replyguard.knowledge.text.Notice;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The SQLite source of truth ({@code knowledge.db}): every version of every entry, the current pointer, the audit
 * log, gaps and usage, and a change sequence number that grows with every write transaction (the index records the
 * number it has caught up to).
 *
 * <p>Durability: WAL journal with {@code synchronous=FULL}, so a write is on disk when {@link #write} returns; each
 * call is one transaction, so a failure (disk full, read-only file) leaves nothing half-applied.
 *
 * <p>Thread safety: one connection, every method synchronized.
 */
public final class KnowledgeStore implements AutoCloseable {
    private final Path file;
    private final Connection c;
    private final EntryCodec codec;
    private final boolean created;
    private final Sql sql;
    private final EntryReads reads;

    private KnowledgeStore(Path file, Connection c, EntryCodec codec, boolean created) {
        this.file = file;
        this.c = c;
        this.codec = codec;
        this.created = created;
        this.sql = new Sql(file);
        this.reads = new EntryReads(c, codec, sql);
    }

    /** Opens (creating and migrating when needed) the store at {@code file}. */
    public static KnowledgeStore open(Path file, EntryCodec codec) {
        StoreFile.Opened opened = StoreFile.open(file);
        return new KnowledgeStore(file, opened.connection(), codec, opened.created());
    }

    /** True when this open created the schema (a fresh data directory). */
    public boolean createdNow() {
        return created;
    }

    public Path file() {
        return file;
    }

    /** {@link #changeSeq()} as read at most {@value #RECENT_MILLIS} ms ago, or as this store last wrote it. */
    private volatile long recentSeq = -1;
    private volatile long recentAtNanos;
    private static final long RECENT_MILLIS = 1_000;

    /**
     * The change sequence number without waiting for a write in progress: this store's own writes show at once,
     * another process's (a {@code kb import} beside the bot) within {@value #RECENT_MILLIS} ms. For callers that
     * poll it on every request (drafting asks on every draft whether to rebuild); exact callers use
     * {@link #changeSeq()}.
     */
    public long recentChangeSeq() {
        long seq = recentSeq;
        if (seq >= 0 && System.nanoTime() - recentAtNanos < RECENT_MILLIS * 1_000_000L) {
            return seq;
        }
        seq = changeSeq();
        remember(seq);
        return seq;
    }

    private void remember(long seq) {
        recentAtNanos = System.nanoTime();
        recentSeq = seq;
    }

    public synchronized long changeSeq() {
        try {
            return Long.parseLong(meta("change_seq"));
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    public synchronized int schemaVersion() {
        try {
            return Migrations.current(c);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    public synchronized Optional<Entry> current(String id) {
        return reads.current(id);
    }

    public synchronized Optional<Entry> version(String id, int version) {
        return reads.version(id, version);
    }

    /** Every stored version of an entry, oldest first. */
    public synchronized List<Entry> versions(String id) {
        return reads.versions(id);
    }

    public synchronized int count() {
        return reads.count();
    }

    /** Current entries matching the filter, ordered by id. */
    public synchronized List<Entry> list(EntryFilter f) {
        return reads.list(f);
    }

    /** The current versions of those of {@code ids} that exist, by id. */
    public synchronized java.util.Map<String, Entry> currentMap(List<String> ids) {
        return reads.currentMap(ids);
    }

    /** Streams every current entry (for index rebuilds) without holding them all in memory. */
    public synchronized void forEachCurrent(Consumer<Entry> action) {
        reads.forEachCurrent(action);
    }

    /** Current entries written by a transaction after {@code seq}. */
    public synchronized List<Entry> changedSince(long seq) {
        return reads.changedSince(seq);
    }

    /**
     * Writes the given versions (each becomes the entry's current version) and their audit lines in one durable
     * transaction; returns the new change sequence number. All or nothing.
     */
    public synchronized long write(List<Change> changes) {
        if (changes.isEmpty()) {
            return changeSeq();
        }
        String at = Instant.now().toString();
        try {
            c.setAutoCommit(false);
            long seq = Long.parseLong(meta("change_seq")) + 1;
            try (ChangeRows rows = new ChangeRows(c)) {
                for (Change ch : changes) {
                    rows.add(ch, codec.toJsonLine(ch.entry()), at, seq);
                }
                rows.execute();
            }
            setMeta("change_seq", Long.toString(seq));
            c.commit();
            remember(seq);
            return seq;
        } catch (SQLException ex) {
            rollbackQuietly();
            if (ex.getMessage() != null && ex.getMessage().contains("PRIMARY KEY")) {
                throw new KnowledgeException(Notice.of("kb.save_race"), ex);
            }
            throw sql.translate("write", ex);
        } finally {
            autoCommit();
        }
    }

    /** Appends one audit line that is not tied to an entry write (for example an import that was refused). */
    public synchronized void audit(String actor, String action, String entryId, Integer version, String detail) {
        try {
            AuditLines.append(c, Instant.now().toString(), actor, action, entryId, version, detail);
        } catch (SQLException ex) {
            throw sql.translate("write", ex);
        }
    }

    /** Audit lines for one entry ({@code null}: all entries), oldest first, at most {@code limit}, newest kept. */
    public synchronized List<AuditRecord> auditLog(String entryId, int limit) {
        try {
            return AuditLines.read(c, entryId, limit);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    /** Runs {@code work} in one transaction on the store's connection (the gap and usage tables use this). */
    public synchronized <T> T withConnection(SqlWork<T> work, String what) {
        try {
            c.setAutoCommit(false);
            T t = work.run(c);
            c.commit();
            return t;
        } catch (SQLException ex) {
            rollbackQuietly();
            throw sql.translate(what, ex);
        } finally {
            autoCommit();
        }
    }

    /** Work on the store's connection inside one transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    public synchronized String metaValue(String key) {
        try {
            return meta(key);
        } catch (SQLException ex) {
            throw sql.translate("read", ex);
        }
    }

    public synchronized void putMeta(String key, String value) {
        try {
            setMeta(key, value);
        } catch (SQLException ex) {
            throw sql.translate("write", ex);
        }
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException ex) {
            throw sql.translate("close", ex);
        }
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is reported; SQLite rolls back an unfinished transaction by itself
        }
    }

    private void autoCommit() {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing more to undo
        }
    }
}
