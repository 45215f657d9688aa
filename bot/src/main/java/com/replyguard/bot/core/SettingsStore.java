package com.replyguard.bot.core;

import com.replyguard.bot.access.Role;
import java.util.Optional;

/** Durable per-user settings and granted roles. Thread-safe. */
public interface SettingsStore {
    /** The user's saved settings, or empty when the user never changed anything. */
    Optional<UserSettings> find(long userId);

    void save(UserSettings settings);

    /** A role granted at run time (for example by an admin command), or empty. */
    Optional<Role> grantedRole(long userId);

    /** Grants {@code role} to a user; {@code null} revokes the grant. */
    void grantRole(long userId, Role role);
}
