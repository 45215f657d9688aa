package com.replyguard.bot.telegram;

/**
 * Told when Telegram refuses the bot's token (getUpdates answers 401: revoked or replaced, at start or while the bot
 * runs) and when it accepts it again, so the operator reads it in their language (the command line prints it); the
 * bot keeps asking meanwhile. Called on the polling thread, once per change.
 */
public interface TokenListener {
    /** Telegram answered 401 Unauthorized. */
    void rejected();

    /** Telegram answered again after a refusal. */
    void acceptedAgain();

    /** Tells nobody (the log still says what failed). */
    TokenListener NONE = new TokenListener() {
        @Override
        public void rejected() {
        }

        @Override
        public void acceptedAgain() {
        }
    };
}
