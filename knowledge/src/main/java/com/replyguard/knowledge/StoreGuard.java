package com.replyguard.knowledge;

import com.replyguard.knowledge.text.Notice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * Stops a knowledge base from being silently replaced: a {@code knowledge.db} that is missing or empty in a data
 * directory that held one (its marker file or its search index say so) stops start-up with the way
 * to restore, instead of being re-seeded with the defaults (the bot's own state file is no evidence: the bot
 * creates it before it first opens the knowledge base); and SQLite's {@code quick_check} runs at start and
 * before each import, so damage inside the file is found before anything is written into it.
 */
final class StoreGuard {
    /** Written once a knowledge base exists in a data directory; never removed by ReplyGuard. */
    static final String MARKER = ".knowledge-base";

    private StoreGuard() {
    }

    /** Before opening: refuses a missing or empty store where a knowledge base existed. */
    static void beforeOpen(Path dataDir) {
        Path db = dataDir.resolve("knowledge.db");
        long size;
        try {
            size = Files.exists(db) ? Files.size(db) : -1;
        } catch (IOException e) {
            throw new KnowledgeException(Notice.of("storage.cannot_read", db, e.getMessage()), e);
        }
        if (size > 0) {
            return;
        }
        Notice evidence = evidence(dataDir);
        if (evidence != null) {
            throw new KnowledgeException(Notice.of(size < 0 ? "storage.kb_missing" : "storage.kb_empty", db, evidence,
                    dataDir));
        }
    }

    /** After opening: notes that a knowledge base now exists here. */
    static void markExisting(Path dataDir) {
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker)) {
            return;
        }
        try {
            com.replyguard.knowledge.files.OwnerOnly.file(marker);
            Files.writeString(marker, "This data directory holds a ReplyGuard knowledge base (knowledge.db).\n");
        } catch (IOException e) {
            throw new KnowledgeException(Notice.of("storage.cannot_write", marker, e.getMessage()), e);
        }
    }

    /** SQLite's quick_check of the store; throws with the way to restore when the file is damaged. */
    static void check(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String first = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(first)) {
                throw damaged(db, first);
            }
        } catch (SQLException e) {
            throw damaged(db, e.getMessage());
        }
    }

    private static KnowledgeException damaged(Path db, String detail) {
        String d = detail == null ? "" : detail.length() > 200 ? detail.substring(0, 200) + "..." : detail;
        return new KnowledgeException(Notice.of("storage.kb_damaged", db, d));
    }

    private static Notice evidence(Path dataDir) {
        if (Files.exists(dataDir.resolve(MARKER))) {
            return Notice.of("storage.evidence.marker", MARKER);
        }
        Path index = dataDir.resolve("index");
        if (Files.isDirectory(index)) {
            try (Stream<Path> files = Files.list(index)) {
                if (files.anyMatch(p -> p.getFileName().toString().startsWith("segments"))) {
                    return Notice.of("storage.evidence.index");
                }
            } catch (IOException e) {
                return Notice.of("storage.evidence.index_folder");
            }
        }
        return null;
    }
}
