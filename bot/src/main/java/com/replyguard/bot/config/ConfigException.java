package com.replyguard.bot.config;

/** A mistake in the user's configuration (file or environment); the message names where and what. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
