package com.replyguard.bot.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Roles an admin gives from the chat, kept in the data directory beside the config's users (which win, see
 * {@link AccessList}), and the audit of every change: who changed whom, from what to what, when.
 *
 * <p>Thread safety: implementations are thread-safe.
 */
public interface RoleGrants {
    /** Every role granted from the chat, by user id. */
    Map<Long, Role> all();

    /**
     * Gives {@code userId} the role {@code role} ({@code null}: takes the granted role away), recording the change
     * with {@code actor} (role:id) in the audit in the same transaction; returns the role granted before.
     */
    Optional<Role> set(long userId, Role role, String actor, Instant at);

    /** The last {@code n} changes, newest first. */
    List<Change> recent(int n);

    /** One audited change; {@code from} or {@code to} is null when the user had or has no granted role. */
    record Change(Instant at, String actor, long userId, Role from, Role to) {
        public Change {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
