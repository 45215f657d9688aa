package com.replyguard.bot.state;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.SettingsStore;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** User settings and granted roles in {@code bot-state.db}. Thread-safe. */
public final class SqliteSettingsStore implements SettingsStore {
    private final BotStateDb db;

    public SqliteSettingsStore(BotStateDb db) {
        this.db = db;
    }

    @Override
    public Optional<UserSettings> find(long userId) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT marketplace, language FROM user_settings WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new UserSettings(userId, Marketplace.parse(rs.getString(1)),
                            Language.parse(rs.getString(2))));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read user settings: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void save(UserSettings s) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO user_settings(user_id, marketplace, language) VALUES (?, ?, ?)"
                            + " ON CONFLICT(user_id) DO UPDATE SET marketplace = excluded.marketplace,"
                            + " language = excluded.language")) {
                ps.setLong(1, s.userId());
                ps.setString(2, s.marketplace().id());
                ps.setString(3, s.language().code());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save user settings: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Map<String, String> signature(long userId) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT agent_name, store_name FROM user_signature WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, String> out = new LinkedHashMap<>();
                    if (rs.next()) {
                        putIfSet(out, "agent_name", rs.getString(1));
                        putIfSet(out, "store_name", rs.getString(2));
                    }
                    return out;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the user's signature: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void saveSignature(long userId, String agentName, String storeName) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO user_signature(user_id, agent_name, store_name) VALUES (?, ?, ?)"
                            + " ON CONFLICT(user_id) DO UPDATE SET agent_name = excluded.agent_name,"
                            + " store_name = excluded.store_name")) {
                ps.setLong(1, userId);
                ps.setString(2, blankToNull(agentName));
                ps.setString(3, blankToNull(storeName));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save the user's signature: " + e.getMessage(), e);
            }
        }
    }

    private static void putIfSet(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Optional<Role> grantedRole(long userId) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT role FROM user_roles WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Role.parse(rs.getString(1))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read user roles: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void grantRole(long userId, Role role) {
        synchronized (db.lock()) {
            try (PreparedStatement ps = db.connection().prepareStatement(role == null
                    ? "DELETE FROM user_roles WHERE user_id = ?"
                    : "INSERT INTO user_roles(user_id, role) VALUES (?, ?)"
                            + " ON CONFLICT(user_id) DO UPDATE SET role = excluded.role")) {
                ps.setLong(1, userId);
                if (role != null) {
                    if (role == Role.GUEST) {
                        throw new IllegalArgumentException("guest is not a role to grant; revoke with null");
                    }
                    ps.setString(2, role.id());
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save user roles: " + e.getMessage(), e);
            }
        }
    }
}
