package com.replyguard.bot.state;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.access.RoleGrants;
import com.replyguard.bot.core.SettingsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link RoleGrants} in {@code bot-state.db}: the roles live in {@code user_roles} (written through the settings
 * store, so its cache sees the change at once) and each change is audited in {@code role_changes}, in one
 * transaction. Thread-safe.
 */
public final class SqliteRoleGrants implements RoleGrants {
    private final BotStateDb db;
    private final SettingsStore settings;

    /** {@code settings}: the store whose {@code user_roles} lookups the access list uses. */
    public SqliteRoleGrants(BotStateDb db, SettingsStore settings) {
        this.db = db;
        this.settings = settings;
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS role_changes (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        + " at_ms INTEGER NOT NULL, actor TEXT NOT NULL, user_id INTEGER NOT NULL, from_role TEXT,"
                        + " to_role TEXT)");
            }
        });
    }

    @Override
    public Map<Long, Role> all() {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT user_id, role FROM user_roles");
                 ResultSet rs = ps.executeQuery()) {
                Map<Long, Role> out = new TreeMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), Role.parse(rs.getString(2)));
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read user roles: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<Role> set(long userId, Role role, String actor, Instant at) {
        Role[] before = {null};
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT role FROM user_roles WHERE user_id = ?")) {
                q.setLong(1, userId);
                try (ResultSet rs = q.executeQuery()) {
                    before[0] = rs.next() ? Role.parse(rs.getString(1)) : null;
                }
            }
            settings.grantRole(userId, role); // same connection: part of this transaction
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO role_changes (at_ms, actor, user_id,"
                    + " from_role, to_role) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, actor);
                ps.setLong(3, userId);
                ps.setString(4, before[0] == null ? null : before[0].id());
                ps.setString(5, role == null ? null : role.id());
                ps.executeUpdate();
            }
        });
        return Optional.ofNullable(before[0]);
    }

    @Override
    public List<Change> recent(int n) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement("SELECT at_ms, actor, user_id, from_role,"
                    + " to_role FROM role_changes ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Change> out = new ArrayList<>();
                    while (rs.next()) {
                        String from = rs.getString(4);
                        String to = rs.getString(5);
                        out.add(new Change(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getLong(3),
                                from == null ? null : Role.parse(from), to == null ? null : Role.parse(to)));
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the role changes: " + e.getMessage(), e);
            }
        }
    }
}
