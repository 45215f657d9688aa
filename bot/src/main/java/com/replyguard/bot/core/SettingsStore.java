package com.replyguard.bot.core;

import com.replyguard.bot.access.Role;
import java.util.Optional;

/** Durable per-user settings and granted roles. Thread-safe. */
public interface SettingsStore {
    /** The user's saved settings, or empty when the user never changed anything. */
    Optional<UserSettings> find(long userId);

    /**
     * The user's signature for drafts: placeholder values such as {@code agent_name} and {@code store_name}
     * (empty when the user has set none).
     */
    java.util.Map<String, String> signature(long userId);

    /** Remembers the user's signature; a blank value is forgotten. */
    void saveSignature(long userId, String agentName, String storeName);

    void save(UserSettings settings);

    /** A role granted at run time (for example by an admin command), or empty. */
    Optional<Role> grantedRole(long userId);

    /** Grants {@code role} to a user; {@code null} revokes the grant. */
    void grantRole(long userId, Role role);
}
