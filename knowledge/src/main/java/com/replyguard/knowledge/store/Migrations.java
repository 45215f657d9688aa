package com.replyguard.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The numbered schema migrations of knowledge.db, applied in order, each in its own transaction, and recorded in
 * {@code schema_version}. Published migrations never change: add a new one instead.
 */
public final class Migrations {
    record Migration(int version, String name, List<String> statements) {
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "V1__entries_versions_audit_gaps_usage", List.of(
                    """
                    CREATE TABLE entry_versions (
                      id TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL,
                      status TEXT NOT NULL, actor TEXT, at TEXT NOT NULL, seq INTEGER NOT NULL,
                      PRIMARY KEY (id, version))""",
                    """
                    CREATE TABLE entries (
                      id TEXT PRIMARY KEY, version INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
                      language TEXT NOT NULL, intent TEXT, topic TEXT, marketplaces TEXT NOT NULL,
                      grp TEXT, json TEXT NOT NULL, seq INTEGER NOT NULL,
                      FOREIGN KEY (id, version) REFERENCES entry_versions (id, version))""",
                    "CREATE INDEX entries_seq ON entries (seq)",
                    "CREATE INDEX entries_status ON entries (status, kind)",
                    """
                    CREATE TABLE audit (
                      seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
                      action TEXT NOT NULL, entry_id TEXT, version INTEGER, detail TEXT)""",
                    "CREATE INDEX audit_entry ON audit (entry_id)",
                    """
                    CREATE TABLE gaps (
                      rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, masked_text TEXT NOT NULL,
                      intent_guess TEXT, marketplace TEXT, language TEXT, best_score REAL NOT NULL)""",
                    "CREATE INDEX gaps_at ON gaps (at_ms)",
                    """
                    CREATE TABLE usage (
                      rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, event TEXT NOT NULL,
                      entry_id TEXT NOT NULL, intent TEXT, marketplace TEXT, agent TEXT)""",
                    "CREATE INDEX usage_entry ON usage (entry_id)",
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "INSERT INTO meta (key, value) VALUES ('change_seq', '0')")),
            // The team's reports about the checker (false alarms and missed violations) and the lead's decisions.
            new Migration(2, "V2__reports", List.of(
                    """
                    CREATE TABLE reports (
                      id INTEGER PRIMARY KEY AUTOINCREMENT,
                      kind TEXT NOT NULL CHECK (kind IN ('false_alarm', 'missed')),
                      rule TEXT, category TEXT, marketplace TEXT NOT NULL, language TEXT NOT NULL,
                      text TEXT NOT NULL, reporter TEXT NOT NULL,
                      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
                      reason TEXT, created TEXT NOT NULL, decided_by TEXT, decided_at TEXT,
                      CHECK (kind <> 'false_alarm' OR rule IS NOT NULL),
                      CHECK (kind <> 'missed' OR category IS NOT NULL))""",
                    "CREATE INDEX reports_status ON reports (status, id)",
                    "CREATE INDEX reports_rule ON reports (rule)")));

    private Migrations() {
    }

    /** Applies the missing migrations; returns the version the database had before (0 for a new database). */
    static int apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    + "applied TEXT NOT NULL)");
        }
        int before = current(c);
        int latest = ALL.getLast().version();
        if (before > latest) {
            throw new SQLException("knowledge.db has schema version " + before + " but this ReplyGuard knows only up to "
                    + latest + "; use a newer ReplyGuard");
        }
        for (Migration m : ALL) {
            if (m.version() <= before) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements()) {
                    s.execute(sql);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.name());
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return before;
    }

    /**
     * Why the SQLite file {@code file} is not a knowledge store this ReplyGuard can open (another program's database,
     * an empty one, or a newer schema), or null when it is one. Opens the file read-only and changes nothing.
     */
    public static String problemOf(java.nio.file.Path file) {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                     + "('schema_version', 'entries', 'entry_versions', 'audit')")) {
            if (!r.next() || r.getInt(1) < 4) {
                return "it is not a ReplyGuard knowledge base (its tables are not ReplyGuard's)";
            }
            int version = current(c);
            int latest = ALL.getLast().version();
            if (version < 1) {
                return "it has no schema version, so it is not a ReplyGuard knowledge base";
            }
            if (version > latest) {
                return "it was written by a newer ReplyGuard (schema version " + version + "; this one knows up to "
                        + latest + "); restore it with that version";
            }
            return null;
        } catch (SQLException e) {
            return "it cannot be read as a knowledge base: " + e.getMessage();
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
