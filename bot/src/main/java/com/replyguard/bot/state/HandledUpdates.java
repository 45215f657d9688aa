package com.replyguard.bot.state;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The durable record of Telegram updates: how many replies of an update were already sent, and whether it is done.
 * The polling loop records progress here before it confirms an update to Telegram, so after a crash an update is
 * handled again (skipping replies already sent) and a finished one is never handled twice.
 *
 * <p>Thread safety: thread-safe.
 */
public final class HandledUpdates {
    private final BotStateDb db;
    private final Clock clock;

    public HandledUpdates(BotStateDb db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Progress of one update. */
    public record Progress(int sent, boolean done) {
        static final Progress NONE = new Progress(0, false);
    }

    public Progress progress(long updateId) {
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

    /** Records that the first {@code sent} replies of an update went out. */
    public void markSent(long updateId, int sent) {
        upsert(updateId, sent, false);
    }

    /** Records that an update is finished (all replies sent, or nothing to send). */
    public void markDone(long updateId, int sent) {
        upsert(updateId, sent, true);
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
        }
    }
}
