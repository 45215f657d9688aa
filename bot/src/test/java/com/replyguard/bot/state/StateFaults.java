package com.replyguard.bot.state;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Storage faults on the bot's own connection to {@code bot-state.db}, for tests: SQLite itself refuses every write
 * ({@code PRAGMA query_only}), as it does when the disk is full, until the fault is cleared.
 */
public final class StateFaults {
    private StateFaults() {
    }

    public static void refuseWrites(BotStateDb db, boolean refuse) {
        synchronized (db.lock()) {
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA query_only = " + (refuse ? 1 : 0));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
