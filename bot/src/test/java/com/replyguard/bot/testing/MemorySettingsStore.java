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
    private final Map<Long, Map<String, String>> signatures = new ConcurrentHashMap<>();

    @Override
    public Optional<UserSettings> find(long userId) {
        return Optional.ofNullable(settings.get(userId));
    }

    @Override
    public void save(UserSettings s) {
        settings.put(s.userId(), s);
    }

    @Override
    public Map<String, String> signature(long userId) {
        return signatures.getOrDefault(userId, Map.of());
    }

    @Override
    public void saveSignature(long userId, String agentName, String storeName) {
        Map<String, String> s = new java.util.LinkedHashMap<>();
        if (agentName != null && !agentName.isBlank()) {
            s.put("agent_name", agentName.strip());
        }
        if (storeName != null && !storeName.isBlank()) {
            s.put("store_name", storeName.strip());
        }
        signatures.put(userId, s);
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
