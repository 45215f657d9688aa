package com.replyguard.bot.telegram;

/** A Bot API call that failed for good (after retries, or refused by Telegram); the message never holds the token. */
public final class SendFailedException extends Exception {
    private final Integer errorCode;

    SendFailedException(String message, Integer errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** Telegram's error code (400, 403...), or null for network failures. */
    public Integer errorCode() {
        return errorCode;
    }
}
