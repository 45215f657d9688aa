package com.replyguard.bot.core;

import java.util.List;

/** Handles a photo, sticker, document or other non-text message. */
@FunctionalInterface
public interface MediaHandler {
    List<Reply> handle(Context ctx, Input.Media media) throws Exception;
}
