package com.replyguard.knowledge;

/**
 * A failure the user can act on (disk full, read-only data directory, unknown entry, bad file); the message is a
 * complete sentence meant to be shown as it is, never a stack trace.
 */
public class KnowledgeException extends RuntimeException {
    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
