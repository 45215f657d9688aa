package com.replyguard.bot.core;

import com.replyguard.bot.access.Role;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registered slash command: its name (without "/"), the lowest role allowed to use it, the message key of its
 * one-line description (shown in /help and Telegram's command menu when {@code inMenu}), and its handler.
 */
public record CommandSpec(String name, Role minRole, String descriptionKey, boolean inMenu, CommandHandler handler) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minRole, "minRole");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        Objects.requireNonNull(handler, "handler");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("command name must be 1-32 of a-z, 0-9, _: '" + name + "'");
        }
    }
}
