package com.replyguard.knowledge.store;

import com.replyguard.knowledge.KnowledgeException;
import com.replyguard.knowledge.files.OwnerOnly;
import com.replyguard.knowledge.text.Notice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens {@code knowledge.db}: readable by its owner only, WAL journal with {@code synchronous=FULL} (a write is on disk
 * when it returns), a generous page cache for imports, and the schema migrated to this version.
 */
final class StoreFile {
    /** An open connection, and whether this open created the schema (a fresh data directory). */
    record Opened(Connection connection, boolean created) {
    }

    private StoreFile() {
    }

    static Opened open(Path file) {
        Sql errors = new Sql(file);
        Connection c = null;
        try {
            boolean existed = Files.exists(file);
            OwnerOnly.file(file); // SQLite gives its -wal and -shm files the database file's mode
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
                // 32 MiB of page cache (default 2 MiB): a large import updates three tables and their indexes in
                // one transaction, and with the default cache it re-reads index pages from disk over and over.
                s.execute("PRAGMA cache_size = -32768");
            }
            int before = Migrations.apply(c);
            for (String companion : new String[] {"-wal", "-shm"}) {
                OwnerOnly.restrict(file.resolveSibling(file.getFileName() + companion)); // left by an older version
            }
            return new Opened(c, !existed || before == 0);
        } catch (java.io.IOException ex) {
            throw new KnowledgeException(Notice.of("storage.kb_not_created", file, ex.getMessage()), ex);
        } catch (SQLException ex) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the open failure is what the user needs to hear about
                }
            }
            throw errors.translate("open", ex);
        }
    }
}
