package com.replyguard.bot.core;

import java.util.List;

/** Handles one slash command; {@code args} is the text after the command name, trimmed (may be empty). */
@FunctionalInterface
public interface CommandHandler {
    List<Reply> handle(Context ctx, String args) throws Exception;
}
