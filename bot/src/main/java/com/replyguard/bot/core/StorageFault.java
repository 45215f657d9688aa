package com.replyguard.bot.core;

/**
 * A handler could not finish because the bot's storage refused a write or read (a full disk, a busy or read-only
 * database: an SQL or I/O error underneath). Nothing was answered yet, so the adapter may run the same input again
 * once the storage works, instead of answering with an internal error and losing the message.
 */
public final class StorageFault extends RuntimeException {
    public StorageFault(Exception cause) {
        super(cause.getMessage(), cause);
    }

    /** SQLite's primary result codes of a storage that may work again: busy, locked, read-only, I/O, full. */
    private static final java.util.Set<Integer> PASSING = java.util.Set.of(5, 6, 8, 10, 13, 14);

    /**
     * True when {@code e} or one of its causes is an I/O error or an SQLite error of the storage (busy, locked,
     * read-only, I/O, full, cannot open), not of the statement: a bug's SQL error is answered as an error, never
     * retried for ever.
     */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException
                    || t instanceof java.sql.SQLException s && PASSING.contains(s.getErrorCode() & 0xff)) {
                return true;
            }
        }
        return false;
    }
}
