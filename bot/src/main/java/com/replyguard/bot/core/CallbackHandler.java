package com.replyguard.bot.core;

import java.util.List;

/** Handles presses on buttons of the handler's {@link ButtonAction}; gets the {@link CallbackData#payload()}. */
@FunctionalInterface
public interface CallbackHandler {
    List<Reply> handle(Context ctx, String payload) throws Exception;
}
