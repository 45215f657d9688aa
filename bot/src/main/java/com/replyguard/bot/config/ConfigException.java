package com.replyguard.bot.config;

import com.replyguard.knowledge.text.Notice;

/**
 * A mistake in the user's configuration (file or environment); the message names where and what. Built from a
 * {@link Notice}, the operator reads it in their language (see {@code app.cli.OperatorLanguage}); the message is
 * then its English wording, for logs.
 */
public final class ConfigException extends RuntimeException {
    private final transient Notice notice;

    public ConfigException(String message) {
        super(message);
        this.notice = null;
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    public ConfigException(Notice notice) {
        super(notice.toString());
        this.notice = notice;
    }

    public ConfigException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    /** The sentence as a notice to show in the operator's language, or null when it exists only in English. */
    public Notice notice() {
        return notice;
    }
}
