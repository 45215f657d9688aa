package com.replyguard.bot.core;

import java.util.List;

/** Handles plain text: a pasted buyer message, or the text a pending mode waits for ({@code ref} may be null). */
@FunctionalInterface
public interface TextHandler {
    List<Reply> handle(Context ctx, String text, String ref) throws Exception;
}
