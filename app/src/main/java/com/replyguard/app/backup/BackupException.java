package com.replyguard.app.backup;

/** A backup or restore that cannot be done, with a message written for the person who asked for it. */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
