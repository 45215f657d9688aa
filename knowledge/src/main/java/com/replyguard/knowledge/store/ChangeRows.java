package com.replyguard.knowledge.store;

import com.replyguard.knowledge.entry.Entry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;

/**
 * The rows one write transaction adds, batched: per change a new version, the entry's current row (inserted or
 * replaced) and an audit line. The caller owns the transaction.
 */
final class ChangeRows implements AutoCloseable {
    private final PreparedStatement versions;
    private final PreparedStatement current;
    private final PreparedStatement audit;

    ChangeRows(Connection c) throws SQLException {
        versions = c.prepareStatement("INSERT INTO entry_versions (id, version, json, status, actor, at, seq)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        current = c.prepareStatement("INSERT INTO entries (id, version, kind, status, language, intent, topic,"
                + " marketplaces, grp, json, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET version = excluded.version, kind = excluded.kind, "
                + "status = excluded.status, language = excluded.language, intent = excluded.intent, "
                + "topic = excluded.topic, marketplaces = excluded.marketplaces, grp = excluded.grp, "
                + "json = excluded.json, seq = excluded.seq");
        audit = c.prepareStatement(AuditLines.INSERT);
    }

    /** Adds one change, its entry already encoded as {@code json}, written at {@code at} by transaction {@code seq}. */
    void add(Change ch, String json, String at, long seq) throws SQLException {
        Entry en = ch.entry();
        versions.setString(1, en.id());
        versions.setInt(2, en.version());
        versions.setString(3, json);
        versions.setString(4, en.status().id());
        versions.setString(5, ch.actor());
        versions.setString(6, at);
        versions.setLong(7, seq);
        versions.addBatch();
        current.setString(1, en.id());
        current.setInt(2, en.version());
        current.setString(3, en.kind().id());
        current.setString(4, en.status().id());
        current.setString(5, en.language().code());
        current.setString(6, en.intent() == null ? null : en.intent().name());
        current.setString(7, en.topic() == null ? null : en.topic().name());
        current.setString(8, en.marketplaces().stream().map(m -> m.id()).collect(Collectors.joining("|", "|", "|")));
        current.setString(9, en.group());
        current.setString(10, json);
        current.setLong(11, seq);
        current.addBatch();
        AuditLines.bind(audit, at, ch.actor(), ch.action(), en.id(), en.version(), ch.detail());
        audit.addBatch();
    }

    /** Sends the batched rows (versions first: a duplicate version number fails before anything else changes). */
    void execute() throws SQLException {
        versions.executeBatch();
        current.executeBatch();
        audit.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        try (versions; current; audit) {
            // closes all three, reporting the first failure
        }
    }
}
