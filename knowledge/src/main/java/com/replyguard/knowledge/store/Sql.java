package com.replyguard.knowledge.store;

import com.replyguard.knowledge.KnowledgeException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/** Turns SQLite failures into sentences a user can act on (disk full, read-only, locked, damaged). */
final class Sql {
    private final Path file;

    Sql(Path file) {
        this.file = file;
    }

    KnowledgeException translate(String what, SQLException ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage().toUpperCase(Locale.ROOT);
        String why;
        if (m.contains("SQLITE_FULL") || m.contains("DISK IS FULL")) {
            why = "the disk is full";
        } else if (m.contains("READONLY") || m.contains("READ-ONLY") || m.contains("READ ONLY")) {
            why = "the file or its folder is read-only";
        } else if (m.contains("CANTOPEN") || m.contains("UNABLE TO OPEN")) {
            why = "the file cannot be opened (check that the folder exists and is writable)";
        } else if (m.contains("BUSY") || m.contains("LOCKED")) {
            why = "another ReplyGuard process holds it locked";
        } else if (m.contains("CORRUPT") || m.contains("NOTADB") || m.contains("NOT A DATABASE")) {
            why = "the file is damaged or is not a ReplyGuard database";
        } else if (m.contains("IOERR")) {
            why = "the disk reported an input/output error";
        } else {
            why = ex.getMessage() == null ? ex.getClass().getSimpleName() : firstLine(ex.getMessage());
        }
        String prefix = switch (what) {
            case "write" -> "Could not save to the knowledge base " + file + ": " + why + ". Nothing was changed.";
            case "open" -> "Could not open the knowledge base " + file + ": " + why + ".";
            default -> "Could not " + what + " the knowledge base " + file + ": " + why + ".";
        };
        return new KnowledgeException(prefix, ex);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
