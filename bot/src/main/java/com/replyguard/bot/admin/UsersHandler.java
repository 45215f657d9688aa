package com.replyguard.bot.admin;

import com.replyguard.bot.access.Role;
import com.replyguard.bot.access.RoleGrants;
import com.replyguard.bot.core.Context;
import com.replyguard.bot.core.HandlerRegistry;
import com.replyguard.bot.core.Reply;
import com.replyguard.bot.core.RichText;
import com.replyguard.bot.core.UserError;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /users} for admins: list who may use the bot, and add, change and remove users and roles from the phone.
 * Roles given here live in the data directory and are audited; the config file's users are listed too but can only
 * be changed in the config file, which keeps the last word (so the operator can always lock someone out), and an
 * admin cannot change their own role (so the last admin cannot lock everyone out by mistake).
 *
 * <p>Usage: {@code new UsersHandler(config.users(), grants).register(registry)}.
 *
 * <p>Thread safety: keeps no state of its own.
 */
public final class UsersHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UsersHandler.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int AUDIT_SHOWN = 5;

    private final Map<Long, Role> configured;
    private final RoleGrants grants;

    public UsersHandler(Map<Long, Role> configured, RoleGrants grants) {
        this.configured = Map.copyOf(configured);
        this.grants = grants;
    }

    public HandlerRegistry register(HandlerRegistry r) {
        return r.command("users", Role.ADMIN, "cmd.users", true, this::users);
    }

    List<Reply> users(Context ctx, String args) {
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (words.length == 0) {
            return list(ctx);
        }
        String verb = words[0].toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "add", "role" -> {
                if (words.length != 3) {
                    throw new UserError(ctx.t("admin.users.usage"));
                }
                yield set(ctx, userId(ctx, words[1]), role(ctx, words[2]), verb.equals("add"));
            }
            case "remove" -> {
                if (words.length != 2) {
                    throw new UserError(ctx.t("admin.users.usage"));
                }
                yield remove(ctx, userId(ctx, words[1]));
            }
            default -> throw new UserError(ctx.t("admin.users.usage"));
        };
    }

    private List<Reply> list(Context ctx) {
        Map<Long, String> lines = new TreeMap<>();
        grants.all().forEach((id, role) -> lines.put(id, ctx.t("admin.users.line", id, role,
                ctx.t("admin.users.source.phone"))));
        configured.forEach((id, role) -> lines.put(id, ctx.t("admin.users.line", id, role,
                ctx.t("admin.users.source.config"))));
        RichText.Builder b = RichText.builder().bold(ctx.t("admin.users.title", lines.size())).newline();
        lines.values().forEach(l -> b.text("• " + l).newline());
        List<RoleGrants.Change> recent = grants.recent(AUDIT_SHOWN);
        if (!recent.isEmpty()) {
            b.newline().bold(ctx.t("admin.users.audit_title")).newline();
            for (RoleGrants.Change c : recent) {
                b.text(ctx.t("admin.users.audit_line", WHEN.format(c.at()), c.userId(),
                        c.from() == null ? "-" : c.from(), c.to() == null ? "-" : c.to(), c.actor()))
                        .newline();
            }
        }
        b.newline().italic(ctx.t("admin.users.usage"));
        return List.of(new Reply.Message(b.build()));
    }

    private List<Reply> set(Context ctx, long userId, Role role, boolean adding) {
        guard(ctx, userId);
        Optional<Role> before = grants.all().containsKey(userId) ? Optional.of(grants.all().get(userId))
                : Optional.empty();
        if (before.isPresent() && before.get() == role) {
            return List.of(Reply.text(ctx.t("admin.users.unchanged", userId, role)));
        }
        if (adding && before.isPresent()) {
            throw new UserError(ctx.t("admin.users.exists", userId, before.get()));
        }
        if (!adding && before.isEmpty()) {
            throw new UserError(ctx.t("admin.users.not_found", userId));
        }
        grants.set(userId, role, ctx.actor(), ctx.clock().instant());
        ctx.userChanged(userId);
        LOG.info("{} set the role of user {} to {} (was {})", ctx.actor(), userId, role.id(),
                before.map(Role::id).orElse("none"));
        return List.of(Reply.text(before.isEmpty() ? ctx.t("admin.users.added", userId, role)
                : ctx.t("admin.users.changed", userId, role, before.get())));
    }

    private List<Reply> remove(Context ctx, long userId) {
        guard(ctx, userId);
        if (!grants.all().containsKey(userId)) {
            throw new UserError(ctx.t("admin.users.not_found", userId));
        }
        Optional<Role> before = grants.set(userId, null, ctx.actor(), ctx.clock().instant());
        ctx.userChanged(userId);
        LOG.info("{} removed user {} (was {})", ctx.actor(), userId, before.map(Role::id).orElse("none"));
        return List.of(Reply.text(ctx.t("admin.users.removed", userId, before.<Object>map(r -> r).orElse("-"))));
    }

    /** The config file's users and the admin's own role are not changed from the chat. */
    private void guard(Context ctx, long userId) {
        if (configured.containsKey(userId)) {
            throw new UserError(ctx.t("admin.users.in_config", userId, configured.get(userId)));
        }
        if (userId == ctx.userId()) {
            throw new UserError(ctx.t("admin.users.not_self"));
        }
    }

    private static long userId(Context ctx, String s) {
        try {
            long id = Long.parseLong(s);
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new UserError(ctx.t("admin.users.bad_id", s));
        }
    }

    private static Role role(Context ctx, String s) {
        try {
            return Role.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UserError(ctx.t("admin.users.bad_role", s));
        }
    }
}
