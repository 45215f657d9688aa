package com.replyguard.bot.reports;

import com.replyguard.bot.core.Context;
import java.util.OptionalLong;

/** Reports and decisions from Telegram are recorded as {@code tg:<user id>}, like the curation writes. */
final class ReportActors {
    private static final String PREFIX = "tg:";

    private ReportActors() {
    }

    static String of(Context ctx) {
        return PREFIX + ctx.userId();
    }

    /** The Telegram user behind a reporter name, when it is one ({@code cli:sam} is not). */
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
