package com.replyguard.bot.access;

import java.util.Locale;

/**
 * What a user may do: agents draft and check, leads also curate, admins also manage the bot. {@link #GUEST} is
 * anyone not listed, who may only use commands opened to guests (for example /ask when the config opens it).
 */
public enum Role {
    GUEST, AGENT, LEAD, ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this role has at least the rights of {@code other}. */
    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    /** Parses a role a user can be given (agent, lead or admin; never guest). */
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r != GUEST && r.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s + "' (expected agent, lead or admin)");
    }

    @Override
    public String toString() {
        return id();
    }
}
