package com.replyguard.knowledge;

import com.replyguard.knowledge.text.Notice;

/**
 * A failure the user can act on (disk full, read-only data directory, unknown entry, bad file); the message is a
 * complete sentence meant to be shown as it is, never a stack trace. When built from a {@link Notice}, {@link #notice()}
 * lets the bot show it in the user's language (the message is then its English wording).
 */
public class KnowledgeException extends RuntimeException {
    private final transient Notice notice;

    public KnowledgeException(String message) {
        super(message);
        this.notice = null;
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
        this.notice = null;
    }

    public KnowledgeException(Notice notice) {
        super(notice.toString());
        this.notice = notice;
    }

    public KnowledgeException(Notice notice, Throwable cause) {
        super(notice.toString(), cause);
        this.notice = notice;
    }

    /** The sentence as a notice to show in the reader's language, or null when it exists only in English. */
    public Notice notice() {
        return notice;
    }
}
