package com.replyguard.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed backup leaves its hidden work folder next to the target; the next backup into that folder removes it,
 * and never the folder of a run that is still going (another process, or this one).
 */
class LeftoverWorkTest {
    @TempDir
    Path tmp;

    @Test
    void theNextBackupRemovesAKilledRunsFolderButNotALiveOnes() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        BackupsTest.createDb(data.resolve("knowledge.db"), 10);
        Path backups = tmp.resolve("backups");
        Files.createDirectories(backups);

        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldBackupWork.class.getName(), backups.toString())
                .redirectErrorStream(true).start();
        try {
            Path otherWork = Path.of(new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            Path mine = Files.createTempDirectory(backups, LeftoverWork.PREFIX);
            try (LeftoverWork.Running running = LeftoverWork.claim(mine)) {
                new Backups(data).backup(backups.resolve("b1.zip"), false);
                assertTrue(Files.isDirectory(otherWork), "another process's run still going is left alone");
                assertTrue(Files.isDirectory(mine), "a run of this process still going is left alone");
            }
            other.destroyForcibly(); // SIGKILL: no clean-up of its own
            assertTrue(other.waitFor(1, TimeUnit.MINUTES));
            assertTrue(Files.isDirectory(otherWork), "the killed run left its folder behind");

            new Backups(data).backup(backups.resolve("b2.zip"), false);
            assertFalse(Files.exists(otherWork), "the next backup removed the killed run's folder");
            assertFalse(Files.exists(mine), "and the folder of the finished one");
            try (var left = Files.list(backups)) {
                assertEquals(List.of("b1.zip", "b2.zip"), left.map(p -> p.getFileName().toString()).sorted().toList());
            }
        } finally {
            other.destroyForcibly();
        }
    }
}
