package com.replyguard.bot.curation;

import com.replyguard.bot.core.Context;
import java.util.OptionalLong;

/** Audit actor names for bot users ("tg:1002") and back, so a rejected proposal can reach its author. */
final class Actors {
    static final String PREFIX = "tg:";

    private Actors() {
    }

    static String of(Context ctx) {
        return PREFIX + ctx.userId();
    }

    /** The Telegram user id behind an actor name, when it is a bot user. */
    static OptionalLong userId(String actor) {
        if (actor == null || !actor.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(actor.substring(PREFIX.length())));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
