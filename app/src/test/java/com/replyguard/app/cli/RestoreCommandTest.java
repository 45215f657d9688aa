package com.replyguard.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreCommandTest {
    @TempDir
    Path tmp;

    @Test
    void restoresABackupIntoAnotherDataDirectoryAndSaysTheIndexWillBeRebuilt() throws Exception {
        Path zip = tmp.resolve("rg.zip");
        assertEquals(0, CliRun.of("backup", "--data", BackupCommandTest.dataDir(tmp.resolve("a")).toString(), zip.toString()).status());
        Path target = tmp.resolve("b");
        CliRun run = CliRun.of("restore", "--data", target.toString(), zip.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Restored knowledge.db") && run.out().contains("rebuilt"), run.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target.resolve("knowledge.db"));
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT v FROM t")) {
            assertTrue(r.next());
            assertEquals("kept", r.getString(1));
        }
    }

    @Test
    void refusesWhileTheDataIsInUseAndTellsHowToForce() throws Exception {
        Path data = BackupCommandTest.dataDir(tmp.resolve("live"));
        Path zip = tmp.resolve("rg.zip");
        assertEquals(0, CliRun.of("backup", "--data", data.toString(), zip.toString()).status());
        try (Connection running = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("knowledge.db"));
                Statement s = running.createStatement()) {
            s.executeQuery("SELECT count(*) FROM t").close();
            CliRun refused = CliRun.of("restore", "--data", data.toString(), zip.toString());
            assertEquals(1, refused.status());
            assertTrue(refused.err().contains("--force"), refused.err());
            CliRun forced = CliRun.of("restore", "--force", "--data", data.toString(), zip.toString());
            assertEquals(0, forced.status(), forced.err());
            assertTrue(forced.out().contains("restart it now"), forced.out());
        }
        assertTrue(Files.list(data).anyMatch(p -> p.getFileName().toString().startsWith("pre-restore-")));
    }
}
