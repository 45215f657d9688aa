package com.replyguard.bot.state;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.SettingsStore;
import com.replyguard.bot.core.UserSettings;
import com.replyguard.policy.Marketplace;
import com.replyguard.policy.analysis.Language;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * User settings and granted roles in {@code bot-state.db}, with a write-through cache in front: every update reads
 * them, and a read must not wait behind another chat's write to the same database (it did, for up to 25 ms, which
 * was most of the bot's reply latency). Only the bot writes these tables; the cache still re-reads a user's rows
 * after {@value #CACHE_SECONDS} seconds. Thread-safe.
 */
public final class SqliteSettingsStore implements SettingsStore {
    static final int CACHE_SECONDS = 60;
    private final BotStateDb db;
    private final Cache<Long, Optional<UserSettings>> settings = cache();
    private final Cache<Long, Map<String, String>> signatures = cache();
    private final Cache<Long, Optional<Role>> roles = cache();

    public SqliteSettingsStore(BotStateDb db) {
        this.db = db;
    }

    private static <V> Cache<Long, V> cache() {
        return Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(CACHE_SECONDS)).build();
    }

    @Override
    public Optional<UserSettings> find(long userId) {
        return settings.get(userId, this::readSettings);
    }

    private Optional<UserSettings> readSettings(long userId) {
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
            settings.put(s.userId(), Optional.of(s));
        }
    }

    @Override
    public Map<String, String> signature(long userId) {
        return new LinkedHashMap<>(signatures.get(userId, this::readSignature));
    }

    private Map<String, String> readSignature(long userId) {
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
                    return java.util.Collections.unmodifiableMap(out);
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
            signatures.invalidate(userId);
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
        return roles.get(userId, this::readRole);
    }

    private Optional<Role> readRole(long userId) {
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
            roles.invalidate(userId);
        }
    }
}
