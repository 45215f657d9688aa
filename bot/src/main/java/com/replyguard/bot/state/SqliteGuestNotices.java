package com.replyguard.bot.state;

import com.replyguard.bot.core.GuestNotices;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** {@link GuestNotices} in {@code bot-state.db} (table {@code guest_notices}), so a restart does not reset it. */
public final class SqliteGuestNotices implements GuestNotices {
    private final BotStateDb db;

    public SqliteGuestNotices(BotStateDb db) {
        this.db = db;
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS guest_notices (user_id INTEGER PRIMARY KEY,"
                        + " at_ms INTEGER NOT NULL)");
            }
        });
    }

    @Override
    public boolean claim(long userId, Instant now) {
        boolean[] claimed = {false};
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT at_ms FROM guest_notices WHERE user_id = ?")) {
                q.setLong(1, userId);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && now.isBefore(Instant.ofEpochMilli(rs.getLong(1)).plus(PERIOD))) {
                        return;
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("INSERT INTO guest_notices (user_id, at_ms) VALUES (?, ?)"
                    + " ON CONFLICT(user_id) DO UPDATE SET at_ms = excluded.at_ms")) {
                u.setLong(1, userId);
                u.setLong(2, now.toEpochMilli());
                u.executeUpdate();
            }
            claimed[0] = true;
        });
        return claimed[0];
    }
}
