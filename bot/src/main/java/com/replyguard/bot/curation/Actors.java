package com.replyguard.bot.curation;

import com.replyguard.bot.core.Context;
import java.util.OptionalLong;

/**
 * Audit actor names for bot users: curation writes are "tg:1002"; usage events from the agent features are
 * "role:id" ("agent:1001"). Both lead back to the Telegram user, so a rejected proposal reaches its author and
 * /stats counts one person once.
 */
final class Actors {
    static final String PREFIX = "tg:";

    private Actors() {
    }

    static String of(Context ctx) {
        return PREFIX + ctx.userId();
    }

    /** The Telegram user id behind an actor name ("tg:7", "agent:7", "lead:7", "admin:7"), when it is a bot user. */
    static OptionalLong userId(String actor) {
        if (actor == null) {
            return OptionalLong.empty();
        }
        int colon = actor.indexOf(':');
        String kind = colon < 0 ? "" : actor.substring(0, colon + 1);
        if (!java.util.Set.of(PREFIX, "agent:", "lead:", "admin:").contains(kind)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(actor.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** One name per person for reports: "tg:&lt;id&gt;" for bot users, the actor as is otherwise. */
    static String person(String actor) {
        OptionalLong id = userId(actor);
        return id.isPresent() ? PREFIX + id.getAsLong() : actor;
    }
}
