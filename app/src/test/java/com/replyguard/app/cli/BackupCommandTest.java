package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheBackupAndListsWhatItCopied() throws Exception {
        Path data = dataDir(tmp.resolve("data"));
        Path zip = tmp.resolve("out/rg.zip");
        CliRun run = CliRun.of("backup", "--data", data.toString(), zip.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("knowledge.db") && run.out().contains("Backed up"), run.out());
        assertTrue(Files.size(zip) > 0);
    }

    @Test
    void failuresAreOneClearSentenceWithStatus1AndAMissingFileIsAUsageError() {
        CliRun empty = CliRun.of("backup", "--data", tmp.resolve("nothing").toString(), tmp.resolve("x.zip").toString());
        assertEquals(1, empty.status());
        assertTrue(empty.err().startsWith("replyguard: Nothing to back up"), empty.err());
        assertFalse(empty.err().contains("Exception") || empty.err().contains("\tat "), "no stack trace: " + empty.err());
        CliRun usage = CliRun.of("backup");
        assertTrue(usage.status() != 0 && usage.err().contains("FILE"), "FILE is required: " + usage.err());
    }

    static Path dataDir(Path data) throws Exception {
        Files.createDirectories(data);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("knowledge.db"));
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t (v TEXT)");
            s.execute("INSERT INTO t VALUES ('kept')");
            // The tables restore looks for in a knowledge store.
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT)");
            s.execute("INSERT INTO schema_version VALUES (1, 'initial', 'now')");
            s.execute("CREATE TABLE entries (id TEXT)");
            s.execute("CREATE TABLE entry_versions (id TEXT)");
            s.execute("CREATE TABLE audit (id TEXT)");
        }
        return data;
    }
}
