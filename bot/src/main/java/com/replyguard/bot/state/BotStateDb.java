package com.replyguard.bot.state;

import com.replyguard.knowledge.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bot's own SQLite file, {@code <data>/bot-state.db}: handled update ids, user settings, feedback and the
 * chats' memory (buttons and awaited text, see {@code SqliteChatMemory}).
 * Commits survive a killed process (WAL journal); one connection is shared under this object's lock.
 *
 * <p>Thread safety: callers synchronize on {@link #lock()} around each use of {@link #connection()}.
 */
public final class BotStateDb implements AutoCloseable {
    public static final String FILE_NAME = "bot-state.db";
    /** Deliveries not yet folded into the file (see {@code SentJournal}); it belongs with the file it amends. */
    public static final String SENT_JOURNAL = "bot-sent.journal";
    private final Connection connection;
    private final Path dataDir;
    private final Object lock = new Object();

    private BotStateDb(Connection connection, Path dataDir) {
        this.connection = connection;
        this.dataDir = dataDir;
    }

    /** Opens (creating when needed) the state file in {@code dataDir}. */
    public static BotStateDb open(Path dataDir) {
        try {
            if (!Files.exists(dataDir)) {
                OwnerOnly.directory(dataDir); // a data directory the bot creates is its owner's only
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            OwnerOnly.file(file); // SQLite gives its -wal and -shm files the database file's mode
            OwnerOnly.restrict(dataDir.resolve(FILE_NAME + "-wal"));
            OwnerOnly.restrict(dataDir.resolve(FILE_NAME + "-shm"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                // Deleted rows (a handled buyer message in the inbox) are overwritten with zeros, not just unlinked.
                s.execute("PRAGMA secure_delete=ON");
                s.execute("CREATE TABLE IF NOT EXISTS handled_updates (update_id INTEGER PRIMARY KEY,"
                        + " sent INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL)");
                // Updates received and not yet finished, as their JSON: stored before they are confirmed to
                // Telegram, so a slow chat's queue never holds the poll offset (and everyone else) back.
                s.execute("CREATE TABLE IF NOT EXISTS inbox (update_id INTEGER PRIMARY KEY, json TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS user_settings (user_id INTEGER PRIMARY KEY,"
                        + " marketplace TEXT NOT NULL, language TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS user_signature (user_id INTEGER PRIMARY KEY,"
                        + " agent_name TEXT, store_name TEXT)");
                s.execute("CREATE TABLE IF NOT EXISTS user_roles (user_id INTEGER PRIMARY KEY, role TEXT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " actor TEXT NOT NULL, entry_id TEXT NOT NULL, helpful INTEGER NOT NULL,"
                        + " marketplace TEXT NOT NULL, at TEXT NOT NULL)");
                // Chat memory (SqliteChatMemory): values behind buttons, per-chat values, awaited text per user.
                s.execute("CREATE TABLE IF NOT EXISTS chat_refs (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " chat_id INTEGER NOT NULL, type TEXT NOT NULL, json TEXT NOT NULL, at_ms INTEGER NOT NULL,"
                        + " messages TEXT NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS chat_refs_at ON chat_refs (at_ms)");
                s.execute("CREATE TABLE IF NOT EXISTS chat_values (chat_id INTEGER NOT NULL, key TEXT NOT NULL,"
                        + " type TEXT NOT NULL, json TEXT NOT NULL, at_ms INTEGER NOT NULL,"
                        + " PRIMARY KEY (chat_id, key))");
                s.execute("CREATE TABLE IF NOT EXISTS chat_awaiting (chat_id INTEGER NOT NULL,"
                        + " user_id INTEGER NOT NULL, mode TEXT NOT NULL, ref TEXT, at_ms INTEGER NOT NULL,"
                        + " PRIMARY KEY (chat_id, user_id))");
                s.execute("CREATE TABLE IF NOT EXISTS served (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " actor TEXT NOT NULL, entry_id TEXT NOT NULL, intent TEXT, marketplace TEXT NOT NULL,"
                        + " at TEXT NOT NULL)");
            }
            return new BotStateDb(c, dataDir);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the bot state file " + file + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    Object lock() {
        return lock;
    }

    /** Statements run in one transaction by {@link #inTransaction}. */
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs {@code work} as one transaction under this object's lock: all of it is written, or none of it. */
    void inTransaction(Work work) {
        synchronized (lock) {
            try {
                connection.setAutoCommit(false);
                work.run(connection);
                connection.commit();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the connection is in trouble already; the first error is the one to report
                }
                throw new IllegalStateException("cannot write the bot state: " + e.getMessage(), e);
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the next statement reports a broken connection
                }
            }
        }
    }

    /**
     * Moves the write-ahead log into the file and empties it ({@code wal_checkpoint(TRUNCATE)}): page images in the
     * log still hold rows deleted since (a handled buyer message), and this is what takes them off the disk. A
     * failure (a reader in another process holding an old snapshot) leaves it for the next call.
     */
    void checkpoint() {
        synchronized (lock) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                // the next update's end tries again
            }
        }
    }

    /** The data directory the file lives in (the sent journal sits beside it). */
    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        synchronized (lock) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing at shutdown: nothing useful left to do with the error
            }
        }
    }
}
