package com.replyguard.bot.core;

import java.util.List;

/** Handles presses on buttons whose callback data starts with the handler's prefix; gets the part after "prefix:". */
@FunctionalInterface
public interface CallbackHandler {
    List<Reply> handle(Context ctx, String payload) throws Exception;
}
