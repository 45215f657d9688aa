package com.replyguard.bot.core;

/**
 * Told when a user's role or chosen language changed (an admin's /users, the user's /lang), so an adapter can bring
 * what it shows that user up to date at once (Telegram: the user's command menu).
 */
@FunctionalInterface
public interface UserChanges {
    UserChanges NONE = userId -> { };

    void changed(long userId);
}
