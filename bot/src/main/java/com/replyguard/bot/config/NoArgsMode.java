package com.replyguard.bot.config;

import java.util.Locale;

/** What {@code replyguard} does without arguments: the terminal chat, or the Telegram bot when a token is set. */
public enum NoArgsMode {
    CHAT, BOT;

    public static NoArgsMode parse(String s) {
        for (NoArgsMode m : values()) {
            if (m.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("no_args must be chat or bot, not '" + s + "'");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
