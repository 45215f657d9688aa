package com.replyguard.bot.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What a person is told about a storage failure, in plain words and their language: the disk is full, the data
 * directory cannot be written, the database is busy, or it is damaged. The library's own message (SQLite's, the
 * file system's) stays as a detail inside the localized sentence ({@link #sentence}), never alone.
 *
 * <p>Thread safety: immutable.
 */
public enum StorageProblem {
    FULL, NOT_WRITABLE, BUSY, DAMAGED, OTHER;

    /** SQLite's primary result codes (the low byte of an extended code). */
    private static final int BUSY_CODE = 5, LOCKED = 6, READONLY = 8, CORRUPT = 11, FULL_CODE = 13,
            CANTOPEN = 14, NOTADB = 26;

    /** The kind of {@code e}, looking through its causes; {@link #OTHER} when none says more. */
    public static StorageProblem of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                switch (s.getErrorCode() & 0xff) {
                    case FULL_CODE -> { return FULL; }
                    case READONLY, CANTOPEN -> { return NOT_WRITABLE; }
                    case BUSY_CODE, LOCKED -> { return BUSY; }
                    case CORRUPT, NOTADB -> { return DAMAGED; }
                    default -> { }
                }
            }
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException) {
                return NOT_WRITABLE;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if ((t instanceof IOException || t instanceof FileSystemException) && m.contains("no space left")) {
                return FULL;
            }
            if (t instanceof IOException && (m.contains("read-only file system") || m.contains("permission denied"))) {
                return NOT_WRITABLE;
            }
        }
        return OTHER;
    }

    /** The message key of this kind's sentence; {0} is the library's detail. */
    public String key() {
        return "storage." + name().toLowerCase(Locale.ROOT);
    }

    /** The sentence for {@code e} in the user's language, with the library's first line as its detail. */
    public static String sentence(Messages.Localized t, Throwable e) {
        return t.get(of(e).key(), detail(e));
    }

    /** The first line of the innermost message, where the library said what went wrong. */
    static String detail(Throwable e) {
        String found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                found = t.getMessage();
            }
        }
        return found == null ? e.getClass().getSimpleName() : found.strip().lines().findFirst().orElse(found);
    }
}
