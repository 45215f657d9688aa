package com.replyguard.bot.testing;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.core.SettingsStore;
import com.replyguard.bot.core.UserSettings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Settings in memory, for unit tests of the conversation. */
public final class MemorySettingsStore implements SettingsStore {
    private final Map<Long, UserSettings> settings = new ConcurrentHashMap<>();
    private final Map<Long, Role> roles = new ConcurrentHashMap<>();

    @Override
    public Optional<UserSettings> find(long userId) {
        return Optional.ofNullable(settings.get(userId));
    }

    @Override
    public void save(UserSettings s) {
        settings.put(s.userId(), s);
    }

    @Override
    public Optional<Role> grantedRole(long userId) {
        return Optional.ofNullable(roles.get(userId));
    }

    @Override
    public void grantRole(long userId, Role role) {
        if (role == null) {
            roles.remove(userId);
        } else {
            roles.put(userId, role);
        }
    }
}
