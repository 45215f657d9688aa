package com.replyguard.bot.access;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Who may use the bot: users listed in the configuration (with {@code REPLYGUARD_USERS} merged over it), then roles
 * granted at run time. Everyone else is a {@link Role#GUEST}.
 *
 * <p>Thread safety: immutable; the grant lookup must be thread-safe.
 */
public final class AccessList {
    private final Map<Long, Role> configured;
    private final LongFunction<Optional<Role>> granted;
    private final boolean openAsk;

    public AccessList(Map<Long, Role> configured, LongFunction<Optional<Role>> granted, boolean openAsk) {
        this.configured = Map.copyOf(configured);
        this.granted = granted;
        this.openAsk = openAsk;
    }

    /** The user's role; configured roles win over granted ones so the operator keeps the last word. */
    public Role roleOf(long userId) {
        Role r = configured.get(userId);
        if (r != null) {
            return r;
        }
        return granted.apply(userId).orElse(Role.GUEST);
    }

    /** True when guests may ask policy questions (/ask). */
    public boolean openAsk() {
        return openAsk;
    }

    public Map<Long, Role> configured() {
        return configured;
    }
}
