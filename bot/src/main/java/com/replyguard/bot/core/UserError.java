package com.replyguard.bot.core;

/** A problem with what the user asked for; its message is a sentence shown to the user as is. */
public final class UserError extends RuntimeException {
    public UserError(String sentence) {
        super(sentence);
    }
}
