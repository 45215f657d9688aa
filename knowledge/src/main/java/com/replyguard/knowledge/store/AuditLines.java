package com.replyguard.knowledge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit table's SQL: who did what to which entry, when. Callers hold the store's lock. */
final class AuditLines {
    static final String INSERT = "INSERT INTO audit (at, actor, action, entry_id, version, detail) VALUES (?, ?, ?, ?, ?, ?)";

    private AuditLines() {
    }

    static void bind(PreparedStatement p, String at, String actor, String action, String entryId, Integer version,
                     String detail) throws SQLException {
        p.setString(1, at);
        p.setString(2, actor);
        p.setString(3, action);
        p.setString(4, entryId);
        if (version == null) {
            p.setNull(5, Types.INTEGER);
        } else {
            p.setInt(5, version);
        }
        p.setString(6, detail);
    }

    static void append(Connection c, String at, String actor, String action, String entryId, Integer version,
                       String detail) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            bind(p, at, actor, action, entryId, version, detail);
            p.executeUpdate();
        }
    }

    /** Lines for one entry ({@code null}: all entries), oldest first, at most {@code limit}, newest kept. */
    static List<AuditRecord> read(Connection c, String entryId, int limit) throws SQLException {
        String q = "SELECT seq, at, actor, action, entry_id, version, detail FROM audit"
                + (entryId == null ? "" : " WHERE entry_id = ?") + " ORDER BY seq DESC LIMIT ?";
        try (PreparedStatement p = c.prepareStatement(q)) {
            int i = 1;
            if (entryId != null) {
                p.setString(i++, entryId);
            }
            p.setInt(i, limit);
            List<AuditRecord> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    int v = r.getInt(6);
                    out.add(new AuditRecord(r.getLong(1), Instant.parse(r.getString(2)), r.getString(3),
                            r.getString(4), r.getString(5), r.wasNull() ? null : v, r.getString(7)));
                }
            }
            return out.reversed();
        }
    }
}
