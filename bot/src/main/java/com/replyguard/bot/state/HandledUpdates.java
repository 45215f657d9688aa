package com.replyguard.bot.state;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The durable record of Telegram updates: how many replies of an update were already sent, and whether it is done.
 * The polling loop records progress here before it confirms an update to Telegram, so after a crash an update is
 * handled again (skipping replies already sent) and a finished one is never handled twice.
 *
 * <p>Where it lives: finished updates and the inbox in {@code bot-state.db}; replies sent of unfinished updates in
 * the {@link SentJournal} beside it, folded into the database when this object is created.
 *
 * <p>Thread safety: thread-safe.
 */
public final class HandledUpdates {
    private final BotStateDb db;
    private final Clock clock;
    private final SentJournal journal;
    /** The highest update id in the file when this process opened it: any higher id is this process's own. */
    private final long startMax;
    /**
     * Progress recorded by this process, kept beside the files: the poller asks about every update it receives,
     * and must not wait behind another chat's write to the file to learn that a new update is new. Written after
     * the files, so it never claims more than they hold.
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, Progress> session =
            new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long prunedBelow = Long.MIN_VALUE;

    public HandledUpdates(BotStateDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
        Path journalFile = db.dataDir().resolve(BotStateDb.SENT_JOURNAL);
        foldIn(SentJournal.read(journalFile));
        this.journal = SentJournal.openEmpty(journalFile);
        this.startMax = maxAny();
    }

    /** Moves the last run's journal into the file (before the journal is emptied; repeating it is harmless). */
    private void foldIn(java.util.Map<Long, Integer> sent) {
        if (sent.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO handled_updates(update_id, sent, done, at) VALUES (?, ?, 0, ?)"
                            + " ON CONFLICT(update_id) DO UPDATE SET sent = MAX(sent, excluded.sent)"
                            + " WHERE done = 0")) {
                for (var e : sent.entrySet()) {
                    ps.setLong(1, e.getKey());
                    ps.setInt(2, e.getValue());
                    ps.setString(3, clock.instant().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private long maxAny() {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT MAX(m) FROM (SELECT MAX(update_id)"
                    + " AS m FROM handled_updates UNION ALL SELECT MAX(update_id) FROM inbox)");
                 ResultSet rs = ps.executeQuery()) {
                long v = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
                return rs.wasNull() ? Long.MIN_VALUE : v;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the bot state: " + e.getMessage(), e);
            }
        }
    }

    /** Progress of one update. */
    public record Progress(int sent, boolean done) {
        static final Progress NONE = new Progress(0, false);
    }

    public Progress progress(long updateId) {
        Progress known = session.get(updateId);
        if (known != null || updateId > startMax) {
            return known == null ? Progress.NONE : known;
        }
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT sent, done FROM handled_updates WHERE update_id = ?")) {
                ps.setLong(1, updateId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Progress(rs.getInt(1), rs.getInt(2) != 0) : Progress.NONE;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the bot state: " + e.getMessage(), e);
            }
        }
    }

    /** An update received and not finished: its JSON and how many of its replies went out. */
    public record Pending(long updateId, String json, int sent) {
    }

    /**
     * Stores updates as received (id to JSON), in one transaction, before the poller confirms them to Telegram:
     * from then on they survive a crash here, and {@link #inbox()} gives them back until each is done.
     */
    public void accept(java.util.Map<Long, String> updates) {
        if (updates.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO inbox(update_id, json) VALUES (?, ?)")) {
                for (var e : updates.entrySet()) {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Updates received (by this run or an earlier one) and not done yet, oldest first. */
    public java.util.List<Pending> inbox() {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT i.update_id, i.json, COALESCE(h.sent, 0) FROM inbox i LEFT JOIN handled_updates h"
                            + " ON h.update_id = i.update_id WHERE COALESCE(h.done, 0) = 0 ORDER BY i.update_id");
                 ResultSet rs = ps.executeQuery()) {
                java.util.List<Pending> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the bot state: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Records that the first {@code sent} replies of an update went out. The sender calls this the moment
     * Telegram's answer arrives, before that answer is even parsed, so a kill can repeat a reply only if it lands
     * in the microseconds between Telegram accepting it and this append (at-least-once: losing an answer would be
     * worse). It writes one line to the journal, not the database: no waiting behind other chats' writes. Calling
     * it again with the same or a lower count does nothing.
     */
    public void markSent(long updateId, int sent) {
        Progress before = session.get(updateId);
        if (before != null && (before.done() || before.sent() >= sent)) {
            return;
        }
        journal.append(updateId, sent);
        session.merge(updateId, new Progress(sent, false),
                (a, b) -> a.done() || a.sent() >= b.sent() ? a : b);
    }

    /** Records that an update is finished (all replies sent, or nothing to send). */
    public void markDone(long updateId, int sent) {
        upsert(updateId, sent, true);
        journal.forget(updateId);
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM inbox WHERE update_id = ?")) {
                ps.setLong(1, updateId);
                ps.executeUpdate();
            } catch (SQLException e) {
                // Done is recorded already and inbox() skips done updates: a leftover row is harmless.
            }
        }
        db.checkpoint(); // the buyer's text, zeroed in the file by secure_delete, leaves the write-ahead log too
    }

    /** The highest finished update id, or -1. */
    public long maxDone() {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT MAX(update_id) FROM handled_updates WHERE done = 1");
                 ResultSet rs = ps.executeQuery()) {
                long v = rs.next() ? rs.getLong(1) : -1;
                return rs.wasNull() ? -1 : v;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the bot state: " + e.getMessage(), e);
            }
        }
    }

    /** Forgets finished updates below {@code updateId}; Telegram will not send them again once confirmed. */
    public void pruneBelow(long updateId) {
        if (updateId < prunedBelow + 100) {
            return; // every hundred updates is enough: the table stays small, and the poller rarely writes
        }
        prunedBelow = updateId;
        session.entrySet().removeIf(e -> e.getKey() < updateId && e.getValue().done());
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "DELETE FROM handled_updates WHERE done = 1 AND update_id < ?")) {
                ps.setLong(1, updateId);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the bot state: " + e.getMessage(), e);
            }
        }
    }

    private void upsert(long updateId, int sent, boolean done) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO handled_updates(update_id, sent, done, at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT(update_id) DO UPDATE SET sent = excluded.sent, done = excluded.done,"
                            + " at = excluded.at")) {
                ps.setLong(1, updateId);
                ps.setInt(2, sent);
                ps.setInt(3, done ? 1 : 0);
                ps.setString(4, clock.instant().toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write the bot state: " + e.getMessage(), e);
            }
            session.put(updateId, new Progress(sent, done));
        }
    }
}
